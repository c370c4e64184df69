import { facts, factTextKey } from './facts';

// docs/facts.md, generated from rules/facts.ts and the facts' English texts: every fact with its
// source and the day it was checked. test/unit/facts-doc.test.ts fails when the page is out of date
// and rewrites it when run with UPDATE_FACTS_DOC=1.

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The whole page, from the facts and a lookup of their English texts (locales/en/facts.json). */
export function factsDoc(texts: Readonly<Record<string, string>>): string {
  const rows = [...facts]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((fact) => `| ${fact.id} | ${cell(texts[factTextKey(fact.id)] ?? '')} | ${cell(fact.source)} | ${fact.checked} |`);
  return [
    '# Facts',
    '',
    'Generated from `rules/facts.ts` and `locales/en/facts.json` (the Chinese texts are in',
    '`locales/zh_CN/facts.json`); do not edit by hand. After changing a fact, run',
    '`UPDATE_FACTS_DOC=1 npx vitest run test/unit/facts-doc.test.ts` to rewrite this page; the same test',
    'fails while the page is out of date. Every fact names its source and the day it was last checked',
    'against it (YYYY-MM-DD). Facts corrected by the independent audit of 2026-12-06 cite',
    '`docs/console-notes.md §18`.',
    '',
    '| Id | Fact | Source | Checked |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
