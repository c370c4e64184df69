// Browsers for the team-sync tests (test/e2e/team-sync.spec.ts): the built extension as launchConsole
// loads it (the overlay's shadow roots open for the tests), in a copy whose manifest already grants
// http://127.0.0.1/*, where the tests' CouchDB-compatible server listens. A test cannot click the
// browser's own permission prompt, so the origin the options page asks for (permissions.request) is
// granted at install instead: the request then resolves at once, and every other step is the user's.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir, launchConsole } from './browser.mjs';

let copy = null;

function teamCopy() {
  if (copy) return copy;
  const dir = mkdtempSync(join(tmpdir(), 'mpg-team-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // As launchConsole's own test copy: the content scripts open the overlay's shadow roots for the tests.
  for (const script of new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))) {
    const file = join(dir, script);
    writeFileSync(file, `globalThis.__mpgOpenShadowRootsForTests = true;\n${readFileSync(file, 'utf8')}`);
  }
  copy = dir;
  return dir;
}

/**
 * One staff member's browser: its own profile, the extension with the test server's origin granted,
 * and requests to `server` (the tests' CouchDB origin) let through to it; every other host stays
 * blocked and recorded in `foreignRequests`, as in every browser test.
 */
export async function launchTeamBrowser(server, options = {}) {
  const launched = await launchConsole({ shareRenderers: true, ...options, extensionPath: teamCopy() });
  await launched.context.route(
    (url) => url.origin === server,
    (route) => route.continue(),
  );
  return launched;
}
