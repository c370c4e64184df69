#!/usr/bin/env node
// First step of `npm test` and `npm run demo`: stop at once, with what to install, on a Node.js older
// than package.json's "engines" (scripts/node-version.mjs).
import { readFileSync } from 'node:fs';
import { nodeProblem } from './node-version.mjs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const problem = nodeProblem(process.version, engines.node);
if (problem) {
  console.error(`\n${problem}\n`);
  process.exit(4);
}
