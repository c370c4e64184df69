import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// docs/store/ is what gets pasted into the stores: it must say what the code and docs/privacy.md say.

const text = (path: string) => readFileSync(path, 'utf8');
const privacyDoc = text('docs/privacy.md');
const privacy = text('docs/store/privacy.md');

/** The storage keys named in the first column of a Markdown table (| `key` | … |). */
const tableKeys = (markdown: string) => [...markdown.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);

/** The permissions wxt.config.ts asks for, required and optional. */
function configuredPermissions(): string[] {
  const config = text('wxt.config.ts');
  return ['permissions', 'host_permissions', 'optional_permissions', 'optional_host_permissions'].flatMap((key) => {
    const list = new RegExp(`\\n\\s+${key}: \\[([^\\]]*)\\]`).exec(config)?.[1] ?? '';
    return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  });
}

describe('docs/store', () => {
  it('the privacy statement lists exactly the stored keys docs/privacy.md lists', () => {
    const fromReadme = tableKeys(privacyDoc);
    expect(fromReadme.length).toBeGreaterThan(0);
    expect(tableKeys(privacy)).toEqual(fromReadme);
  });

  it('the privacy statement and the listings name every permission the manifest asks for', () => {
    const permissions = configuredPermissions();
    expect(permissions).toEqual(expect.arrayContaining(['storage', 'https://mp.weixin.qq.com/*']));
    for (const file of ['docs/store/privacy.md', 'docs/store/listing.en.md', 'docs/store/listing.zh_CN.md']) {
      for (const permission of permissions) expect(text(file), `${permission} in ${file}`).toContain(permission);
    }
  });

  it('the privacy statement makes docs/privacy.md’s promises: no network requests, no IDs, passwords or codes, no token', () => {
    expect(privacyDoc).toContain('**No network requests** of our own');
    expect(privacy).toContain('No network requests of its own');
    expect(privacy).toContain('No ID or passport numbers, passwords, SMS or captcha codes');
    expect(privacy).toContain('session `token` is removed');
  });

  it('each listing’s summary is the manifest’s description in that language', () => {
    for (const [locale, file] of [
      ['en', 'listing.en.md'],
      ['zh_CN', 'listing.zh_CN.md'],
    ] as const) {
      const { extDescription } = JSON.parse(text(`public/_locales/${locale}/messages.json`)) as Record<string, { message: string }>;
      expect(text(`docs/store/${file}`)).toContain(extDescription!.message);
    }
  });

  it('the store screenshots are PNGs at 1280×800', () => {
    const shots = readdirSync('docs/store/screenshots').filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const shot of shots) {
      const bytes = readFileSync(`docs/store/screenshots/${shot}`);
      expect(bytes.subarray(12, 16).toString('latin1'), shot).toBe('IHDR');
      expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }, shot).toEqual({ width: 1280, height: 800 });
    }
  });
});
