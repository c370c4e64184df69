import { useId, useState } from 'react';
import { documentRequest } from '../../engine/document-request';
import { checkMessages, localeNames, translator, type Translate } from '../../locales';

type RequestLanguage = 'en' | 'zh_CN';

/**
 * The message asking the client for the verification documents still missing (engine/document-request.ts),
 * in English or Chinese whatever the interface language, shown as it will be sent and copied in one click.
 */
export function DocumentRequest({
  entityType,
  companyName,
  ready,
  t,
  onNotice,
}: {
  entityType: string;
  companyName: string;
  ready: readonly string[];
  t: Translate;
  onNotice(text: string, kind?: 'status' | 'alert'): void;
}) {
  const [language, setLanguage] = useState<RequestLanguage>(t.locale === 'zh_CN' ? 'zh_CN' : 'en');
  const id = useId();
  const text = documentRequest({ entityType, ready, companyName, t: translator(language), names: checkMessages[language] });
  if (!text) return <p className="muted request-none">{t('popup.request.none')}</p>;
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => onNotice(t('popup.request.copied')),
      () => onNotice(t('popup.summary.copy-failed'), 'alert'),
    );
  return (
    <div className="request" data-testid="document-request">
      <h3 id={`${id}-heading`}>{t('popup.request.heading')}</h3>
      <div className="request-tools">
        <label htmlFor={`${id}-language`}>{t('popup.request.language')}</label>
        <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.currentTarget.value as RequestLanguage)}>
          {(['en', 'zh_CN'] as const).map((l) => (
            <option key={l} value={l}>
              {localeNames[l]}
            </option>
          ))}
        </select>
        <button type="button" className="button small" onClick={() => void copy()}>
          {t('popup.request.copy')}
        </button>
      </div>
      <textarea readOnly rows={6} value={text} aria-labelledby={`${id}-heading`} lang={language === 'zh_CN' ? 'zh-CN' : 'en'} />
    </div>
  );
}
