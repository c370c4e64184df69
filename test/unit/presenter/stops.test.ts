// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTextTarget } from '../../../content/presenter-targets';
import { practiceSteps } from '../../../practice/practice-flow';
import { locales } from '../../../locales';
import { pageRuleById } from '../../../rules';
import { consolePageIds } from '../../../rules/facts';
import { PANEL_TARGET, presenterStops } from '../../../rules/presenter';
import { replicaByName, replicas } from '../../../replicas/replicas.mjs';
import { parseDocument, renderedReplica } from '../../support/dom';
import { readFixture } from '../../support/serve.mjs';

// Presenter mode's talking points are data: each stop must point at something the page has, and
// its text must exist, or a trainer meets a centred callout or a raw key in front of a room.

/** The replicas a trainer presents each page on: the practice console's, else every one of the page. */
function presentedReplicas(pageId: string) {
  const step = practiceSteps.find((s) => s.page === pageId);
  if (!step) return replicas.filter((r) => r.page === pageId);
  return [step.replica, step.mainland].filter((name): name is string => !!name).map((name) => replicaByName(name));
}

/** Every step (template) of a replica, rendered as the console renders it. */
function renderedSteps(replica: ReturnType<typeof replicaByName>): Document[] {
  const steps = Array.from(
    parseDocument(readFixture(replica.file)).querySelectorAll('template[data-replica-step]'),
    (t) => t.getAttribute('data-replica-step') ?? undefined,
  );
  return steps.length ? steps.map((step) => renderedReplica(replica, step)) : [renderedReplica(replica)];
}

describe('presenter stops', () => {
  it('exist for every console page', () => {
    for (const id of consolePageIds) expect(presenterStops[id].length, id).toBeGreaterThan(0);
  });

  it('have their talking points in the English locale', () => {
    for (const [page, stops] of Object.entries(presenterStops)) {
      for (const stop of stops) expect(locales.en[stop.point], `${page}: ${stop.point}`).toBeTruthy();
    }
  });

  for (const id of consolePageIds) {
    it(`point at what ${id} shows`, () => {
      const rule = pageRuleById(id)!;
      for (const stop of presenterStops[id]) {
        if (stop.target === PANEL_TARGET) continue;
        if (/^[a-z0-9-]+$/.test(stop.target)) {
          expect(
            rule.fields.map((f) => f.id),
            `${stop.target} is a field of ${id}`,
          ).toContain(stop.target);
          continue;
        }
        for (const replica of presentedReplicas(id)) {
          const found = renderedSteps(replica).some((doc) => findTextTarget(doc, stop.target) !== null);
          expect(found, `"${stop.target}" on ${replica.name}`).toBe(true);
        }
      }
    });
  }
});
