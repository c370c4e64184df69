import { describe, expect, it } from 'vitest';
import { pageRules } from '../../rules';
import { documentChecklists } from '../../rules/documents';
import { facts } from '../../rules/facts';
import { flowPaths } from '../../rules/flows';

// Every domain fact must reach the user somewhere: a page's guidance, a check's checklist, or a
// progress step of the tracker. A fact nobody carries is guidance we promised and never give.

function carriedFacts(): Map<string, string[]> {
  const carriers = new Map<string, string[]>();
  const add = (fact: string, where: string) => carriers.set(fact, [...(carriers.get(fact) ?? []), where]);
  for (const rule of pageRules) for (const item of rule.guidance) for (const fact of item.facts) add(fact, `${rule.id} guidance`);
  for (const path of flowPaths) {
    for (const step of path.steps) {
      for (const fact of step.facts) add(fact, `${path.id} step ${step.id}`);
      for (const deadline of step.deadlines ?? []) for (const fact of deadline.facts ?? []) add(fact, `${path.id} deadline ${deadline.id}`);
    }
  }
  for (const [type, items] of Object.entries(documentChecklists)) for (const item of items) for (const fact of item.facts) add(fact, `documents for ${type}`);
  return carriers;
}

describe('fact coverage', () => {
  it('carries every fact in at least one page guidance, checklist or progress step', () => {
    const carried = carriedFacts();
    expect(facts.filter((fact) => !carried.has(fact.id)).map((fact) => fact.id)).toEqual([]);
  });

  it('cites only facts that exist', () => {
    const known = new Set(facts.map((f) => f.id));
    expect([...carriedFacts().keys()].filter((id) => !known.has(id as never))).toEqual([]);
  });
});
