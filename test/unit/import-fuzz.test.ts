import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, parseImport } from '../../storage/exchange';
import { profileSchema } from '../../storage/profiles';
import { handleMessage } from '../../storage/service';

// Import files come from colleagues and from anywhere: parseImport never throws, and a file it
// refuses changes nothing (no profile, no backup). Guards storage/exchange.ts and the import handler.

const AT = '2025-01-02T03:04:05.000Z';
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');
const profileKey = fc.constantFrom(...Object.keys(profileSchema.shape));
/** Any JSON value, including objects with hostile keys (built as text: JSON.parse makes them own keys). */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(hostileKey, profileKey, fc.string()), tie('value')), { maxLength: 5 })
      .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;
/** A file with the right header and random profiles: the hardest kind to refuse correctly. */
const wellFormedHeader = fc
  .array(jsonText, { maxLength: 4 })
  .map((profiles) => `{"format":"${EXCHANGE_FORMAT}","version":${EXCHANGE_VERSION},"profiles":[${profiles.join(',')}]}`);
/** Profiles with every field of a random type. */
const wrongTypes = fc
  .array(fc.dictionary(profileKey, fc.anything({ maxDepth: 1 }), { maxKeys: 8 }), { minLength: 1, maxLength: 3 })
  .map((profiles) => JSON.stringify({ format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, profiles }));
const anyFile = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json(), jsonText, wellFormedHeader, wrongTypes);

beforeEach(() => fakeBrowser.reset());

describe('import fuzzing', () => {
  it('never throws; accepts only valid profiles; never pollutes prototypes', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyFile, (text) => {
        const parsed = parseImport(text);
        if (parsed.ok) for (const profile of parsed.profiles) expect(profileSchema.safeParse(profile).success).toBe(true);
        else expect(parsed.error).toEqual(expect.any(String));
      }),
      { numRuns: 600 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('changes nothing, backups included, when it refuses a file', { timeout: 60_000 }, async () => {
    await handleMessage({ type: 'profiles.save', profile: { label: 'Acme HK', companyName: 'ACME LIMITED' } });
    const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(anyFile, async (text) => {
        const reply = await handleMessage({ type: 'profiles.import', text, confirmOverwrite: true });
        if (reply.ok) {
          fakeBrowser.reset(); // it imported valid profiles: start over from the same data
          await fakeBrowser.storage.local.set(JSON.parse(before));
        } else {
          expect(reply.error).toEqual(expect.any(String));
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a 10 MB file quickly, without parsing it', () => {
    const profile = { id: 'p-1', label: 'x', createdAt: AT, updatedAt: AT, notes: 'n'.repeat(10 * 1024 * 1024) };
    const text = JSON.stringify({ format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, profiles: [profile] });
    const started = process.cpuUsage(); // CPU time: other tests running alongside do not count
    expect(parseImport(text)).toMatchObject({ ok: false, error: expect.stringMatching(/too large \(10\.0 MB\)/) });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(200);
  });

  it('does not let hostile keys reach objects or prototypes', () => {
    const text = `{"format":"${EXCHANGE_FORMAT}","version":${EXCHANGE_VERSION},"profiles":[{"id":"p-1","label":"L","createdAt":"${AT}","updatedAt":"${AT}","__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}}}]}`;
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [profile] = parsed.profiles as unknown as Record<string, unknown>[];
    expect(Object.getPrototypeOf(profile)).toBe(Object.prototype);
    expect(profile!.isAdmin).toBeUndefined();
    expect(Object.keys(profile!)).not.toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
