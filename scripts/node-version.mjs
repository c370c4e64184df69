// The Node.js this project needs (package.json "engines"), checked before the demo and the tests so
// an older Node stops with one clear sentence instead of a build error deep inside vite or rolldown.
// Plain syntax only: this file must itself run on old versions of Node.

/** "20.19.0" → [20, 19, 0] */
const parse = (version) =>
  version
    .replace(/^v/, '')
    .split('.')
    .map((n) => parseInt(n, 10) || 0);

/**
 * A sentence saying what to install when `version` is older than `range` (">=MAJOR.MINOR[.PATCH]"), else null.
 * @param {string} version @param {string} range
 */
export function nodeProblem(version, range) {
  const match = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(range.trim());
  if (!match) throw new Error(`engines.node must be ">=X.Y.Z", not "${range}"`);
  const have = parse(version);
  const need = parse(match[1]);
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) > (need[i] ?? 0)) return null;
    if ((have[i] ?? 0) < (need[i] ?? 0)) {
      return `MP Console Guide needs Node.js ${match[1]} or later (package.json "engines"); this is Node.js ${version.replace(/^v/, '')}. Install Node 20.19+ or 22+ (with nvm: "nvm install" reads .nvmrc), then run "npm ci" again.`;
    }
  }
  return null;
}
