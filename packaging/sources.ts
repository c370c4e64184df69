import { readFileSync } from 'node:fs';

// What the sources archive (npm run zip, for addons.mozilla.org) leaves out. Generated output — demo
// screenshots, test results, builds, temporary bench files — is what .gitignore ignores, so .gitignore
// is the one list: each of its patterns becomes an exclusion here. test/e2e/store.spec.ts checks the
// archive holds no file git ignores.

/** A .gitignore line as a glob over the project: "dir/" → "dir/**", "*.log" → "**\/*.log". */
export function gitignoreToGlob(line: string): string | null {
  const pattern = line.trim();
  if (!pattern || pattern.startsWith('#') || pattern.startsWith('!')) return null;
  const anchored = pattern.startsWith('/') || pattern.replace(/\/$/, '').includes('/');
  const body = pattern.replace(/^\//, '');
  const glob = body.endsWith('/') ? `${body}**` : body;
  return anchored ? glob : `**/${glob}`;
}

/** The globs the sources archive excludes: everything .gitignore ignores, and docs/ (screenshots, store texts). */
export function sourcesExcluded(gitignore = readFileSync('.gitignore', 'utf8')): string[] {
  const ignored = gitignore.split('\n').flatMap((line) => gitignoreToGlob(line) ?? []);
  return [...ignored, 'docs/**'];
}
