import { buildCatalog, type Messages } from './catalog';

// The texts the overlay on the console shows (panel, tips, checks, console messages), without the
// popup's, the options page's or the facts' texts: they would only weigh on every console page.
// test/unit/locales.test.ts checks that every key the overlay uses is here.

export { htmlLang, type Locale } from './ids';
export type { Messages, Translate } from './catalog';

const files = import.meta.glob<Messages>('./*/{checks,console-messages,fields,guide,guide-console,guide-verify,presenter}.json', {
  eager: true,
  import: 'default',
});

export const { checkMessages, translator } = buildCatalog(files);
