import type { Translate } from '../locales';
import type { PageRule } from '../rules/schema';

export interface GuidePanelProps {
  rule: PageRule;
  t: Translate;
  englishConsole: boolean;
  translated: boolean;
  collapsed: boolean;
  fieldsFound: number;
  fieldsTotal: number;
  onToggle(): void;
  /** Copies the diagnostics (no personal data) for a bug report; resolves to whether it worked. */
  onCopyDiagnostics(): Promise<boolean>;
  copied: 'idle' | 'done' | 'failed';
  /** Page-specific warnings for this client (e.g. filing does not apply to overseas entities). */
  notices?: string[];
  /** A checklist tied to the page's fields (the verification documents). */
  checklist?: { title: string; items: { key: string; text: string; state: 'ok' | 'problem' | 'todo' }[] };
}

const CHECK_MARK = { ok: '✓', problem: '!', todo: '○' } as const;

/** The step's guide: title, what it needs, and the facts that matter here, in plain English. */
export function GuidePanel(props: GuidePanelProps) {
  const { rule, t, englishConsole, translated, collapsed, fieldsFound, fieldsTotal, onToggle, onCopyDiagnostics, copied, notices = [], checklist } = props;
  const title = t(rule.title);
  const incomplete = fieldsFound < fieldsTotal;
  return (
    <aside className={collapsed ? 'panel collapsed' : 'panel'} aria-label={`${t('panel.brand')}: ${title}`} data-mpg-panel-page={rule.id}>
      <header className="head">
        <span className="brand">{t('panel.brand')}</span>
        <button
          type="button"
          className="toggle"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('panel.expand') : t('panel.collapse')}
          onClick={onToggle}
        >
          {collapsed ? '▴' : '▾'}
        </button>
      </header>
      <h2 className="title">{title}</h2>
      {!collapsed && (
        <div className="body">
          {notices.map((notice) => (
            <p key={notice} className="note notice" role="status">
              {notice}
            </p>
          ))}
          {translated && <p className="note translated">{t('panel.translated-note')}</p>}
          {englishConsole && <p className="note lang-note">{t('panel.language-note')}</p>}
          <h3>{t('panel.needs')}</h3>
          <ol className="needs">
            {rule.needs.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ol>
          <h3>{t('panel.good-to-know')}</h3>
          <ul className="guidance">
            {rule.guidance.map((item) => (
              <li key={item.key} data-facts={item.facts.join(' ')}>
                {t(item.key)}
                {item.facts.length > 0 && <span className="facts">{item.facts.join(' · ')}</span>}
              </li>
            ))}
          </ul>
          {checklist && checklist.items.length > 0 && (
            <>
              <h3>{checklist.title}</h3>
              <ul className="checklist">
                {checklist.items.map((item) => (
                  <li key={item.key} className={item.state} data-state={item.state}>
                    <span className="mark" aria-hidden="true">
                      {CHECK_MARK[item.state]}
                    </span>
                    {item.text}
                    <span className="sr-only"> ({t(`panel.checklist-${item.state}`)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {fieldsTotal > 0 && (
            <div className={incomplete ? 'fields-found incomplete' : 'fields-found'}>
              <span>{t(incomplete ? 'panel.fields-partial' : 'panel.fields-found', { found: fieldsFound, total: fieldsTotal })}</span>
              {incomplete && (
                <button type="button" className="diagnostics" onClick={() => void onCopyDiagnostics()}>
                  {t(copied === 'done' ? 'panel.diagnostics-copied' : copied === 'failed' ? 'panel.diagnostics-failed' : 'panel.copy-diagnostics')}
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </aside>
  );
}
