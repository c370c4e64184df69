import { useId } from 'react';
import type { Translate } from '../../locales';
import { badgeScopes, type BadgeScope } from '../../storage/settings';

/** What the toolbar badge counts: the active client's pressing deadlines (default) or every client's. */
export function BadgeScopeSetting({ scope, t, onChoose }: { scope: BadgeScope; t: Translate; onChoose(scope: BadgeScope): void }) {
  const id = useId();
  return (
    <section className="badge-setting" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('overview.badge.heading')}</h2>
      <fieldset>
        <legend>{t('overview.badge.legend')}</legend>
        {badgeScopes.map((value) => (
          <p className="check" key={value}>
            <input id={`${id}-${value}`} type="radio" name={`${id}-scope`} value={value} checked={scope === value} onChange={() => onChoose(value)} />
            <label htmlFor={`${id}-${value}`}>{t(`overview.badge.${value}`)}</label>
          </p>
        ))}
      </fieldset>
    </section>
  );
}
