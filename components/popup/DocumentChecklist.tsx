import { checkMessages, type Translate } from '../../locales';
import type { ChecklistItem } from '../../rules/documents';

export interface DocumentChecklistProps {
  items: readonly ChecklistItem[];
  ready: readonly string[];
  t: Translate;
  onToggle(documentId: ChecklistItem['kind'], ready: boolean): void;
}

/** The document's name as the verification checks word it (locales/<locale>/checks.json), variant first. */
function documentName(item: ChecklistItem, t: Translate): string {
  const names = checkMessages[t.locale];
  return (item.variant && names[`documents.${item.kind}:${item.variant}`]) || names[`documents.${item.kind}`] || item.kind;
}

/** What the verification step needs for this entity type (rules/documents.ts); ticks are saved per client. */
export function DocumentChecklist({ items, ready, t, onToggle }: DocumentChecklistProps) {
  const required = items.filter((item) => !item.when);
  const readyCount = required.filter((item) => ready.includes(item.kind)).length;
  return (
    <section className="documents" aria-labelledby="documents-heading">
      <h2 id="documents-heading">
        {t('popup.documents.heading')} <span className="count">{t('popup.documents.count', { ready: readyCount, total: required.length })}</span>
      </h2>
      <p className="help">{t('popup.documents.format')}</p>
      <ul>
        {items.map((item) => {
          const id = `doc-${item.kind}`;
          return (
            <li key={item.kind}>
              <input id={id} type="checkbox" checked={ready.includes(item.kind)} onChange={(event) => onToggle(item.kind, event.currentTarget.checked)} />
              <label htmlFor={id}>
                {documentName(item, t)} {item.when && <span className="muted">{t('popup.documents.optional')}</span>}
                <span className="facts">{item.facts.join(' · ')}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
