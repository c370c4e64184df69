#!/usr/bin/env node
// npm run replica -- shape.json [--name <slug>]
// Turns a page shape a user copied ("Copy page shape") into a replica page and a detection test to
// complete, so the page becomes a fixture within minutes (docs/console-notes.md, "From a user's page to a
// fixture"). Writes replicas/pages/shapes/<slug>.html and test/unit/shapes/<slug>.test.ts and prints the
// line to add to replicas/replicas.mjs. Refuses to overwrite an existing file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestLine, parseShape, shapeSlug, shapeToHtml, testStub } from '../replicas/shape-replica.mjs';

// REPLICA_ROOT: another project root to write into (the tests use a temporary one).
const rootDir = process.env.REPLICA_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const input = args.find((a) => !a.startsWith('--'));
const nameAt = args.indexOf('--name');
if (!input) {
  console.error('Usage: npm run replica -- <shape.json> [--name <slug>]');
  process.exit(2);
}

let shape;
try {
  shape = parseShape(readFileSync(input, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const slug = nameAt >= 0 && args[nameAt + 1] ? args[nameAt + 1].replace(/[^a-z0-9-]/gi, '-').toLowerCase() : shapeSlug(shape);
const file = `pages/shapes/${slug}.html`;
const page = join(rootDir, 'replicas', file);
const test = join(rootDir, 'test', 'unit', 'shapes', `${slug}.test.ts`);
for (const target of [page, test]) {
  if (existsSync(target)) {
    console.error(`${relative(rootDir, target)} exists already: choose another name with --name, or remove it first.`);
    process.exit(1);
  }
}
mkdirSync(dirname(page), { recursive: true });
mkdirSync(dirname(test), { recursive: true });
writeFileSync(page, shapeToHtml(shape, `Made from ${relative(process.cwd(), input)}.`));
writeFileSync(test, testStub(shape, slug, file));
console.log(
  `Wrote ${relative(rootDir, page)}\nWrote ${relative(rootDir, test)} (fails until you set PAGE)\n\nAdd to replicas/replicas.mjs:\n  ${manifestLine(shape, slug, file)}`,
);
