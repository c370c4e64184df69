import { describe, expect, it } from 'vitest';
import { localeIds, locales } from '../../locales';
import { checkMessages, translator } from '../../locales/overlay';
import { pageRules } from '../../rules';
import { consoleMessageKeys, consoleMessages } from '../../rules/messages';

// The content script bundles only the overlay's locale files (locales/overlay.ts). Every text the
// overlay shows must be among them, in every language.

const overlayKeys = [
  ...pageRules.flatMap((rule) => [rule.title, ...rule.needs, ...rule.guidance.map((g) => g.key)]),
  ...pageRules.flatMap((rule) => rule.fields.flatMap((f) => [`field.${f.id}.name`, `field.${f.id}.about`])),
  ...consoleMessages.flatMap((m) => Object.values(consoleMessageKeys(m.id))),
  ...Object.keys(locales.en).filter((key) => /^(panel|tip|notice)\./.test(key)),
];

describe('overlay locale files', () => {
  it.each(localeIds)('hold every text the overlay shows in %s', (locale) => {
    const t = translator(locale);
    expect(overlayKeys.filter((key) => t(key) === key || t(key) !== locales[locale][key])).toEqual([]);
  });

  it('hold the check messages of every language', () => {
    for (const locale of localeIds) expect(Object.keys(checkMessages[locale]).length).toBeGreaterThan(50);
  });
});
