import { describe, expect, it } from 'vitest';
import { detectPage, evaluateRule } from '../../engine/detect';
import { indexLabels, labelLookup } from '../../engine/locate';
import { pageText } from '../../engine/text';
import { pageRules } from '../../rules';
import { replicas } from '../fixtures/replicas.mjs';
import { parseDocument, renderedReplica } from '../support/dom';

// The cross-matrix: every replica is recognised as its own page and as no other, and the negative
// pages as nothing (github-url-detection's habit, applied to page ids and replica fixtures).

const lookup = labelLookup(pageRules);

describe('detection cross-matrix', () => {
  it('has replicas for every page rule and some negative pages', () => {
    const covered = new Set(replicas.map((r) => r.page));
    for (const rule of pageRules) expect(covered.has(rule.id), rule.id).toBe(true);
    expect(replicas.filter((r) => r.page === null).length).toBeGreaterThanOrEqual(3);
  });

  for (const replica of replicas) {
    it(`${replica.name} is ${replica.page ?? 'no page'}, and no other`, () => {
      const doc = renderedReplica(replica);
      expect(detectPage(pageRules, replica.url, doc)?.rule.id ?? null).toBe(replica.page);
      const url = new URL(replica.url);
      const text = pageText(doc);
      const labels = indexLabels(doc.body, lookup);
      const others = pageRules.filter((rule) => rule.id !== replica.page && evaluateRule(rule, url, text, doc, labels));
      expect(others.map((rule) => rule.id)).toEqual([]);
    });
  }

  it('recognises nothing before a late-rendered page has rendered', () => {
    for (const replica of replicas.filter((r) => r.render === 'current')) {
      const shell = parseDocument(renderedReplica(replica, '__none__').documentElement.outerHTML);
      const app = shell.getElementById('app');
      if (app && app.childElementCount === 0) expect(detectPage(pageRules, replica.url, shell), replica.name).toBeNull();
    }
  });

  it('finds every required field of the recognised page (but those a variant deliberately lacks)', () => {
    for (const replica of replicas.filter((r) => r.page)) {
      const detection = detectPage(pageRules, replica.url, renderedReplica(replica))!;
      const missing = detection.rule.fields.filter((f) => !f.optional && !detection.fields.some((x) => x.id === f.id));
      expect(missing.map((f) => f.id), replica.name).toEqual(replica.missing ?? []);
    }
  }, 30_000); // every replica rendered: beyond the default 5 s on a loaded machine

  it('locates exactly the fields a replica lists, each in its own row (the per-entity verification forms)', () => {
    for (const replica of replicas.filter((r) => r.fields)) {
      const detection = detectPage(pageRules, replica.url, renderedReplica(replica))!;
      expect(detection.fields.map((f) => f.id).sort(), replica.name).toEqual([...replica.fields!].sort());
      const rows = detection.fields.map((f) => f.row);
      expect(new Set(rows).size, `${replica.name}: one row per field`).toBe(rows.length);
    }
  }, 30_000);

  it('survives a URL it cannot parse and an empty document', () => {
    expect(detectPage(pageRules, 'not a url', parseDocument('<p>邮箱</p>'))).toBeNull();
    expect(detectPage(pageRules, 'https://mp.weixin.qq.com/', parseDocument(''))).toBeNull();
  });
});
