import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../locales';
import { facts } from '../../rules/facts';
import { factsDoc } from '../../rules/facts-doc';

// docs/facts.md is generated from rules/facts.ts: it must show every fact's source and check date.
const PAGE = resolve(__dirname, '../../docs/facts.md');

describe('docs/facts.md', () => {
  it('is up to date with rules/facts.ts (UPDATE_FACTS_DOC=1 rewrites it)', () => {
    const wanted = factsDoc(locales.en);
    if (process.env.UPDATE_FACTS_DOC === '1') writeFileSync(PAGE, wanted);
    expect(existsSync(PAGE)).toBe(true);
    expect(readFileSync(PAGE, 'utf8')).toBe(wanted);
  });

  it('shows the source and the day checked of every fact', () => {
    const page = factsDoc(locales.en);
    for (const fact of facts) {
      const row = page.split('\n').find((line) => line.startsWith(`| ${fact.id} |`));
      expect(row, fact.id).toBeDefined();
      expect(row, fact.id).toContain(`| ${fact.checked} |`);
      expect(row, fact.id).toContain(fact.source.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim());
    }
  });
});
