import { describe, expect, it } from 'vitest';
import { profileNameNotes } from '../../engine/profile-name';

// A profile's registered name against its own region, as typed in the options page: notes
// (warn/info), never errors — the certificate is authoritative.

describe('profile name notes', () => {
  it('warns about simplified characters and lower case in a Hong Kong name', () => {
    const notes = profileNameNotes('翠岭贸易(香港)有限公司 jade ridge trading (hong kong) limited', 'HK');
    expect(notes.map((n) => [n.kind, n.severity])).toEqual([
      ['wrong-script', 'warn'],
      ['lower-case', 'info'],
    ]);
    expect(notes[0]!.found).toContain('岭');
    expect(notes[0]!.expected).toContain('嶺');
  });

  it('is silent on a Hong Kong name in its own traditional forms and capitals', () => {
    expect(profileNameNotes('翠嶺貿易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED', 'HK')).toEqual([]);
    expect(profileNameNotes('Jade Ridge Trading Limited', 'HK')).toEqual([]);
  });

  it('warns about traditional characters in a mainland name, and says nothing for regions without a script rule', () => {
    expect(profileNameNotes('深圳市翠嶺貿易有限公司', 'CN').map((n) => n.kind)).toEqual(['wrong-script']);
    expect(profileNameNotes('深圳市翠岭贸易有限公司', 'CN')).toEqual([]);
    expect(profileNameNotes('翠岭贸易有限公司', 'US')).toEqual([]);
    expect(profileNameNotes('', 'HK')).toEqual([]);
  });
});
