import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { htmlLang, translator, type Locale, type Translate } from '../locales';
import { parseSettings, settingsItem } from '../storage/settings';

// The popup's and options page's UI language: settings.locale, followed live, so choosing a
// language in one place re-renders every open extension page without a reload.

const TranslatorContext = createContext<Translate>(translator());

/** The chosen language's translator (`t.locale` names it); English outside a LocaleProvider. */
export function useTranslator(): Translate {
  return useContext(TranslatorContext);
}

export function LocaleProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState(initial);
  useEffect(() => settingsItem.watch((value) => setLocale(parseSettings(value).locale)), []);
  const t = useMemo(() => translator(locale), [locale]);
  useEffect(() => {
    // Screen readers choose their voice from it.
    document.documentElement.lang = htmlLang[locale];
  }, [locale]);
  return <TranslatorContext value={t}>{children}</TranslatorContext>;
}
