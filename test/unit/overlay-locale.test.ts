import { describe, expect, it } from 'vitest';
import { localeIds, locales } from '../../locales';
import { buildCatalog, type Messages } from '../../locales/catalog';
import { OVERLAY_FILES } from '../../locales/overlay-files';

// What the content script has in each language: English bundled, others from the build's
// locales/overlay-<id>.json, both made of the same OVERLAY_FILES.
const files = import.meta.glob<Messages>('../../locales/*/*.json', { eager: true, import: 'default' });
const overlayFiles = Object.fromEntries(Object.entries(files).filter(([path]) => OVERLAY_FILES.some((name) => path.endsWith(`/${name}.json`))));
const { checkMessages, translator } = buildCatalog(overlayFiles);
import { pageRules } from '../../rules';
import { consoleMessageKeys, consoleMessages } from '../../rules/messages';
import { pageTextKey, pageTexts } from '../../rules/page-texts';

// The content script bundles only the overlay's locale files (locales/overlay.ts). Every text the
// overlay shows must be among them, in every language.

const overlayKeys = [
  ...pageRules.flatMap((rule) => [rule.title, ...(rule.stepBar ? [rule.stepBar.title] : []), ...rule.needs, ...rule.guidance.map((g) => g.key)]),
  ...pageRules.flatMap((rule) => rule.fields.flatMap((f) => [`field.${f.id}.name`, `field.${f.id}.about`])),
  ...consoleMessages.flatMap((m) => Object.values(consoleMessageKeys(m.id))),
  ...pageTexts.map((text) => pageTextKey(text.id)),
  ...Object.keys(locales.en).filter((key) => /^(panel|tip|notice|presenter)\./.test(key)),
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
