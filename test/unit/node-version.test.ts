import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeProblem } from '../../scripts/node-version.mjs';

// The demo and the tests stop with one sentence on a Node older than "engines" (scripts/require-node.mjs).

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };

describe('the Node.js version check', () => {
  it('refuses what is older than the range and says what to install', () => {
    for (const old of ['v18.20.4', 'v20.18.3', '20.9.0', 'v16.0.0']) {
      expect(nodeProblem(old, '>=20.19')).toMatch(/needs Node\.js 20\.19 or later .* this is Node\.js \d/);
    }
  });

  it('accepts the range itself and anything newer', () => {
    for (const ok of ['v20.19.0', 'v20.20.2', 'v22.12.0', 'v24.1.0']) expect(nodeProblem(ok, '>=20.19')).toBeNull();
  });

  it('the project declares the Node it is tested on, and both commands check it first', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('20');
    expect(nodeProblem(process.version, pkg.engines.node)).toBeNull();
    expect(pkg.scripts.test).toMatch(/^node scripts\/require-node\.mjs && /);
    expect(pkg.scripts.demo).toMatch(/^node scripts\/require-node\.mjs && /);
  });
});
