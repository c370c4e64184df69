// @vitest-environment happy-dom
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../engine/detect';
import { pageShape, shapeJson, type ShapeNode } from '../../engine/page-shape';
import { pageRules } from '../../rules';
import { replicaByName } from '../../replicas/replicas.mjs';
import { parseShape, shapeToHtml } from '../../replicas/shape-replica.mjs';
import { parseDocument, renderedReplica } from '../support/dom';

// Issue 20, item 5: a shape becomes a replica; a replica's own shape turns back into an equivalent replica.

/** Texts compared without whitespace (the replica joins a text and its children's texts afresh). */
const normalised = (node: ShapeNode): ShapeNode => ({
  ...node,
  ...(node.text !== undefined ? { text: node.text.replace(/\s+/g, '') } : {}),
  ...(node.children ? { children: node.children.map(normalised) } : {}),
});

const ROUND_TRIP = [
  'verify.documents/2026-enterprise/current',
  'verify.documents/2026-face/current',
  'verify.documents/2026-individual/current',
  'profile.basic/first-time-2026',
  'register.account/legacy',
  'verify.documents/enterprise/legacy',
  'unknown/verify-contact',
];

describe('replica from a page shape', () => {
  for (const name of ROUND_TRIP) {
    it(`turns the shape of ${name} back into an equivalent replica`, () => {
      const replica = replicaByName(name);
      const shape = pageShape(renderedReplica(replica), replica.url);
      const again = parseDocument(shapeToHtml(parseShape(shapeJson(shape))));
      const second = pageShape(again, replica.url);
      expect(normalised(second.body)).toEqual(normalised(shape.body));
      expect(second.url).toBe(shape.url);
    });
  }

  it('keeps what the detection needs on the verification forms: the same page, the same fields', () => {
    for (const name of ROUND_TRIP.slice(0, 3)) {
      const replica = replicaByName(name);
      const original = detectPage(pageRules, replica.url, renderedReplica(replica))!;
      const shape = pageShape(renderedReplica(replica), replica.url);
      const again = detectPage(pageRules, replica.url, parseDocument(shapeToHtml(shape)));
      expect(again?.rule.id, name).toBe(original.rule.id);
      expect(again?.fields.map((f) => f.id).sort(), name).toEqual(original.fields.map((f) => f.id).sort());
    }
  });

  it('refuses what is not a shape, with a message saying what it expects', () => {
    expect(() => parseShape('{"format":"mp-console-guide/profiles"}')).toThrow(/Not a page shape/);
    expect(() => parseShape('not json')).toThrow();
  });

  it('npm run replica writes the replica and a detection test to complete, and never overwrites', () => {
    const root = mkdtempSync(join(tmpdir(), 'mpg-replica-'));
    const replica = replicaByName('unknown/verify-contact');
    const input = join(root, 'shape.json');
    writeFileSync(input, shapeJson(pageShape(renderedReplica(replica), replica.url)));
    const run = () =>
      execFileSync('node', ['scripts/replica-from-shape.mjs', input, '--name', 'contact-change'], {
        env: { ...process.env, REPLICA_ROOT: root },
        encoding: 'utf8',
      });
    expect(run()).toContain("name: 'shape/contact-change'");
    const html = readFileSync(join(root, 'replicas/pages/shapes/contact-change.html'), 'utf8');
    expect(html).toContain('联系人邮箱');
    expect(readFileSync(join(root, 'test/unit/shapes/contact-change.test.ts'), 'utf8')).toContain("const PAGE: string | null = 'TODO: the page id';");
    expect(run).toThrow();
  }, 30_000);
});
