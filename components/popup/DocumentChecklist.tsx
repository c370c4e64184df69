import type { Translate } from '../../locales';
import type { DocumentItem } from '../../rules/flows';

export interface DocumentChecklistProps {
  items: readonly DocumentItem[];
  ready: readonly string[];
  t: Translate;
  onToggle(documentId: string, ready: boolean): void;
}

/** What the verification step needs for this entity type; ticks are saved per client. */
export function DocumentChecklist({ items, ready, t, onToggle }: DocumentChecklistProps) {
  const required = items.filter((item) => !item.optional);
  const readyCount = required.filter((item) => ready.includes(item.id)).length;
  return (
    <section className="documents" aria-labelledby="documents-heading">
      <h2 id="documents-heading">
        {t('popup.documents.heading')} <span className="count">{t('popup.documents.count', { ready: readyCount, total: required.length })}</span>
      </h2>
      <p className="help">{t('popup.documents.format')}</p>
      <ul>
        {items.map((item) => {
          const id = `doc-${item.id}`;
          return (
            <li key={item.id}>
              <input id={id} type="checkbox" checked={ready.includes(item.id)} onChange={(event) => onToggle(item.id, event.currentTarget.checked)} />
              <label htmlFor={id}>
                {t(`doc.${item.id}`)} {item.optional && <span className="muted">{t('popup.documents.optional')}</span>}
                <span className="facts">{item.facts.join(' · ')}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
