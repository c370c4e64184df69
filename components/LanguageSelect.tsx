import { useId, useState } from 'react';
import { htmlLang, localeIds, localeNames, type Locale } from '../locales';
import { send } from '../storage/client';
import { useTranslator } from './locale-context';

/**
 * The UI language, for the popup and the options page. The label is in both languages so that
 * whoever opens the extension in the wrong one can still find it. The background stores the choice;
 * every open page follows it through LocaleProvider.
 */
export function LanguageSelect() {
  const t = useTranslator();
  const id = useId();
  const [error, setError] = useState('');

  const choose = async (locale: Locale) => {
    setError('');
    const reply = await send({ type: 'settings.update', patch: { locale } });
    if (!reply.ok) setError(t('language.failed', { error: String(reply.error) }));
  };

  return (
    <div className="language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={t.locale} onChange={(event) => void choose(event.currentTarget.value as Locale)}>
        {localeIds.map((locale) => (
          <option key={locale} value={locale} lang={htmlLang[locale]}>
            {localeNames[locale]}
          </option>
        ))}
      </select>
      {error && (
        <p className="notice error-notice" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
