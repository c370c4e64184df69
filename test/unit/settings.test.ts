import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, settingsSchema } from '../../storage/settings';

// The content script reads settings with a hand-written reader (no zod in its bundle): it must agree
// with the schema wherever the schema accepts a value, and fall back field by field elsewhere.

describe('parseSettings', () => {
  it('reads what the schema reads', () => {
    for (const raw of [{}, { panelCollapsed: true }, { panelCollapsed: false }, { panelCollapsed: true, extra: 1 }]) {
      expect(parseSettings(raw)).toStrictEqual(settingsSchema.parse(raw));
    }
  });

  it('falls back to the defaults for anything unreadable', () => {
    for (const raw of [null, undefined, 'x', 3, [], { panelCollapsed: 'yes' }]) expect(parseSettings(raw)).toStrictEqual(defaultSettings);
  });

  it('agrees with the schema on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = settingsSchema.safeParse(raw);
        if (parsed.success) expect(parseSettings(raw)).toStrictEqual(parsed.data);
        else expect(typeof parseSettings(raw).panelCollapsed).toBe('boolean');
      }),
    );
  });
});
