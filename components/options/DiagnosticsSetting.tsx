import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../../storage/client';
import { parseSettings, readSettings } from '../../storage/settings';
import { useTranslator } from '../locale-context';

/**
 * The diagnostics switch (off by default): with it on, the field tips' hosts on the console carry
 * every check's code, client-derived ones included, where the console page can read them — for
 * bug reports and tests only (docs/privacy.md).
 */
export function DiagnosticsSetting() {
  const t = useTranslator();
  const id = useId();
  const [on, setOn] = useState(false);
  useEffect(() => {
    void readSettings().then((settings) => setOn(settings.diagnostics === true));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && 'settings' in changes) setOn(parseSettings(changes.settings?.newValue).diagnostics === true);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return (
    <section className="diagnostics-setting" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options.diagnostics.heading')}</h2>
      <p className="check">
        <input
          id={`${id}-switch`}
          type="checkbox"
          checked={on}
          aria-describedby={`${id}-warning`}
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setOn(next);
            void send({ type: 'settings.update', patch: { diagnostics: next } });
          }}
        />
        <label htmlFor={`${id}-switch`}>{t('options.diagnostics.label')}</label>
      </p>
      <p id={`${id}-warning`} className="hint">
        {t('options.diagnostics.warning')}
      </p>
    </section>
  );
}
