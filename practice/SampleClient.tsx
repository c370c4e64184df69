import { useId } from 'react';
import type { Translate } from '../locales';
import { regionByCode } from '../rules/regions';
import { activeProfile } from '../storage/active-profile';
import type { ProfilesState } from '../storage/profiles';

export interface SampleClientProps {
  profiles: ProfilesState;
  /** While presenting, client data is hidden here as it is in the overlay. */
  masked: boolean;
  onChoose(id: string): void;
  t: Translate;
}

/** Chooses the sample client the guide checks against, and shows what the guide knows of it. */
export function SampleClient({ profiles, masked, onChoose, t }: SampleClientProps) {
  const id = useId();
  const profile = activeProfile(profiles);
  const hidden = t('practice.hidden');
  const emails = profile?.emails ?? [];
  return (
    <section className="practice-client" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('practice.client-card')}</h2>
      <label htmlFor={`${id}-choose`}>{t('practice.client')}</label>
      <select id={`${id}-choose`} value={profiles.activeId ?? ''} onChange={(event) => onChoose(event.target.value)}>
        {profiles.profiles.map((p, index) => (
          <option key={p.id} value={p.id}>
            {masked ? t('practice.client-hidden', { n: index + 1 }) : p.label}
          </option>
        ))}
      </select>
      {profile && (
        <dl>
          <dt>{t('practice.company')}</dt>
          <dd data-practice="company">{masked ? hidden : profile.companyName}</dd>
          <dt>{t('practice.number')}</dt>
          <dd>{masked ? hidden : profile.registrationNumber}</dd>
          <dt>{t('practice.region')}</dt>
          <dd>{regionByCode(profile.countryRegion)?.en ?? profile.countryRegion}</dd>
          <dt>{t('practice.emails')}</dt>
          <dd data-practice="emails">
            {masked ? (
              hidden
            ) : emails.length === 0 ? (
              t('practice.emails-none')
            ) : (
              <ul>
                {emails.map((email) => (
                  <li key={email.address}>{t(email.status === 'taken' ? 'practice.email-taken' : 'practice.email-used', { address: email.address })}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      )}
    </section>
  );
}
