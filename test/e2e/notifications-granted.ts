import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from '../support/browser.mjs';

// Deadline notifications need the `notifications` permission, which the options page asks for with
// permissions.request: the browser then shows its own prompt, which headless Chromium cannot answer
// (no flag or DevTools command grants an extension's optional API permission, and the DevTools grant
// of the web Notification permission is not it). So the notifications spec loads a copy of the build
// whose manifest also lists `notifications` as granted, as if the user had pressed Allow: the same
// request from the options page then resolves true at once. The build itself keeps `notifications` optional (security.spec.ts).

let copy: string | null = null;

/** A copy of the built extension with `notifications` granted up front; made once per test run. */
export function buildWithNotificationsGranted(): string {
  if (copy) return copy;
  const dir = mkdtempSync(join(tmpdir(), 'mpg-notifications-granted-'));
  cpSync(extensionDir, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { permissions?: string[]; optional_permissions?: string[] };
  if (!manifest.optional_permissions?.includes('notifications')) throw new Error('the build does not declare notifications as an optional permission');
  manifest.permissions = [...(manifest.permissions ?? []), 'notifications'];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  copy = dir;
  return dir;
}
