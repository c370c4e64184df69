import type { Translate } from '../../locales';

// The console showed another AppID than the one in the client's profile (a typo, a profile filled
// from the wrong client, or a page that planted one): neither is kept silently; the user chooses.

export interface AppIdQuestionProps {
  /** The AppID in the profile. */
  stored: string;
  /** The AppID the console's own page showed. */
  seen: string;
  t: Translate;
  onChoose(use: 'console' | 'profile'): void;
}

export function AppIdQuestion({ stored, seen, t, onChoose }: AppIdQuestionProps) {
  return (
    <div role="group" aria-labelledby="appid-question" className="notice error-notice appid-question">
      <p id="appid-question">
        <strong>{t('popup.appid.question')}</strong>
      </p>
      <p>{t('popup.appid.explain', { seen, stored })}</p>
      <p>
        <button type="button" className="button small" onClick={() => onChoose('console')}>
          {t('popup.appid.use-seen', { appId: seen })}
        </button>{' '}
        <button type="button" className="button small" onClick={() => onChoose('profile')}>
          {t('popup.appid.keep', { appId: stored })}
        </button>
      </p>
    </div>
  );
}
