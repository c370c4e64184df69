#!/usr/bin/env node
// `web-ext lint` (addons.mozilla.org's own linter) on the Firefox build, as part of `npm test`.
// Fails on any error or notice, and on any warning except those docs/store-packages.md lists as not removable
// ("Store packages"), each recognised by the code it points at, not by its file name alone.
//   node scripts/lint-firefox.mjs [ZIP_OR_DIR]   (default: the Firefox package `npm run zip` made)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';
import { packagePath } from '../packaging/packages.mjs';
import { unzipToTemp } from '../packaging/unzip.mjs';

const target = resolve(process.argv[2] ?? packagePath('firefox'));
if (!existsSync(target)) {
  console.error(`No Firefox package at ${target}: run "npm run zip" first.`);
  process.exit(2);
}
const sourceDir = statSync(target).isDirectory() ? target : await unzipToTemp(target, 'mpg-firefox-');

/** The source text around a finding (minified files put everything on one line). */
function around(finding, before = 120, after = 40) {
  const line = readFileSync(join(sourceDir, finding.file), 'utf8').split('\n')[finding.line - 1] ?? '';
  return line.slice(Math.max(0, finding.column - before), finding.column + after);
}

/** Warnings that cannot be removed, with the reason docs/store-packages.md gives. */
const accepted = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // React DOM's own `dangerouslySetInnerHTML` support (`node.innerHTML = props.dangerouslySetInnerHTML.__html`).
    matches: (finding) => /\.__html/.test(around(finding)) && /\.innerHTML=/.test(around(finding, 20, 20)),
    reason: "React DOM's dangerouslySetInnerHTML, which our code never uses (test/unit/sanitize.test.ts)",
  },
];

const result = await webExt.cmd.lint({ sourceDir, output: 'none', boring: true }, { shouldExitProgram: false });
const problems = [];
const explained = [];
for (const kind of ['errors', 'notices', 'warnings']) {
  for (const finding of result[kind]) {
    const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}:${finding.column}` : ''}` : 'manifest';
    const known = kind === 'warnings' ? accepted.find((a) => a.code === finding.code && finding.file && a.matches(finding)) : undefined;
    if (known) explained.push(`  accepted warning ${finding.code} at ${where}: ${known.reason}`);
    else problems.push(`  ${kind.slice(0, -1)} ${finding.code} at ${where}: ${finding.message}`);
  }
}
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint ${target}: ${errors} errors, ${warnings} warnings (${explained.length} accepted, see docs/store-packages.md), ${notices} notices`);
if (explained.length) console.log(explained.join('\n'));
if (problems.length) {
  console.error(`Not accepted:\n${problems.join('\n')}`);
  process.exit(1);
}
