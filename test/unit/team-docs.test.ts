import { describe, expect, it } from 'vitest';
import { profileSchema, type Profile } from '../../storage/profiles';
import { serverOrigin } from '../../storage/team-config';
import { choose, fromDoc, localValues, mergeRevisions, parseDoc, withLocalEdits, type ClientDoc } from '../../storage/team-docs';

// Team sync's documents and their merge (storage/team-docs.ts): nothing is lost when two staff edit
// the same client, a clash is kept for the user to choose, and nothing malformed is used.

const T0 = '2026-12-07T01:00:00.000Z';
const T1 = '2026-12-07T02:00:00.000Z';
const T2 = '2026-12-07T03:00:00.000Z';
const T3 = '2026-12-07T04:00:00.000Z';

const profile = (patch: Partial<Profile> = {}): Profile =>
  profileSchema.parse({ id: 'p-acme', label: 'Acme HK', companyName: 'ACME LIMITED', createdAt: T0, updatedAt: T0, ...patch });

function edit(doc: ClientDoc | null, base: ClientDoc | null, p: Profile, at: string, by: string, steps: Record<string, { at: string }> = {}): ClientDoc {
  const result = withLocalEdits(doc, base, { profileId: p.id, values: localValues(p, undefined), emails: p.emails, steps, createdAt: p.createdAt }, { at, by });
  if (!result) throw new Error('no change');
  return result;
}

describe('team documents', () => {
  const original = edit(null, null, profile(), T0, 'Ana');

  it('stamps every field of a new client with its time and staff name, and leaves defaults out', () => {
    expect(original.fields.label).toEqual({ value: 'Acme HK', at: T0, by: 'Ana' });
    expect(original.fields.companyName).toEqual({ value: 'ACME LIMITED', at: T0, by: 'Ana' });
    expect(original.fields.notes).toBeUndefined();
    expect(parseDoc(original).ok).toBe(true);
  });

  it('writes nothing when nothing changed here, and stamps only the fields edited here', () => {
    expect(
      withLocalEdits(
        original,
        original,
        { profileId: 'p-acme', values: localValues(profile(), undefined), emails: [], steps: {}, createdAt: T0 },
        { at: T1, by: 'Ana' },
      ),
    ).toBeNull();
    const next = edit(original, original, profile({ notes: 'call back' }), T1, 'Ana');
    expect(next.fields.notes).toEqual({ value: 'call back', at: T1, by: 'Ana' });
    expect(next.fields.companyName?.at).toBe(T0);
  });

  it('does not stamp a colleague’s newer value back to this browser’s old one', () => {
    const theirs = edit(original, original, profile({ registrationNumber: '87654321' }), T1, 'Ben');
    // This browser still shows the value it took in (the default): it did not edit the field.
    const ours = withLocalEdits(
      theirs,
      original,
      { profileId: 'p-acme', values: localValues(profile(), undefined), emails: [], steps: {}, createdAt: T0 },
      { at: T2, by: 'Ana' },
    );
    expect(ours).toBeNull();
  });

  it('merges concurrent revisions field by field, the latest edit winning', () => {
    const ana = edit(original, original, profile({ notes: 'Ana was here' }), T1, 'Ana');
    const ben = edit(original, original, profile({ registrationNumber: '87654321' }), T2, 'Ben');
    const { doc, disputed } = mergeRevisions([ana, ben], original);
    expect(doc.fields.notes?.value).toBe('Ana was here');
    expect(doc.fields.registrationNumber?.value).toBe('87654321');
    expect(disputed).toEqual([]);
    expect(doc.disputes).toEqual([]);
  });

  it('keeps both values of a field both changed, for the user to choose; the choice closes it', () => {
    const ana = edit(original, original, profile({ companyName: 'ACME HOLDINGS' }), T1, 'Ana');
    const ben = edit(original, original, profile({ companyName: 'ACME GROUP' }), T2, 'Ben');
    const { doc, disputed } = mergeRevisions([ana, ben], original);
    expect(disputed).toEqual(['companyName']);
    expect(doc.fields.companyName?.value).toBe('ACME GROUP');
    expect(doc.disputes[0]?.values.map((v) => [v.value, v.by]).sort()).toEqual([
      ['ACME GROUP', 'Ben'],
      ['ACME HOLDINGS', 'Ana'],
    ]);
    // The same merge in the other order, on the other browser, gives the same document.
    expect(mergeRevisions([ben, ana], original).doc.fields).toEqual(doc.fields);
    const chosen = choose(doc, 'companyName', doc.disputes[0]!.values.find((v) => v.by === 'Ana')!.value, { at: T3, by: 'Ben' });
    expect(chosen.disputes).toEqual([]);
    expect(chosen.fields.companyName?.value).toBe('ACME HOLDINGS');
    // Meanwhile a colleague edited another field on top of the disputed revision: the choice stays made.
    const other = edit(doc, doc, { ...profile({ companyName: 'ACME GROUP' }), notes: 'meanwhile' }, T3, 'Ana');
    const again = mergeRevisions([chosen, other], doc).doc;
    expect(again.disputes).toEqual([]);
    expect(again.fields.companyName?.value).toBe('ACME HOLDINGS');
    expect(again.fields.notes?.value).toBe('meanwhile');
  });

  it('an edit made here before a colleague’s edit of the same field arrived is a clash, not an overwrite', () => {
    // Ana's change is on the document this browser just pulled; this browser took in `original` and has
    // since changed the same field itself, not yet written to any revision.
    const ana = edit(original, original, profile({ companyName: 'ACME HOLDINGS' }), T1, 'Ana');
    const ben = edit(ana, original, profile({ companyName: 'ACME GROUP' }), T2, 'Ben');
    expect(ben.fields.companyName).toEqual({ value: 'ACME GROUP', at: T2, by: 'Ben' });
    expect(ben.disputes.map((d) => [d.field, d.values.map((v) => [v.value, v.by])])).toEqual([
      [
        'companyName',
        [
          ['ACME HOLDINGS', 'Ana'],
          ['ACME GROUP', 'Ben'],
        ],
      ],
    ]);
    expect(parseDoc(ben).ok).toBe(true);
    // A field only one side changed is no clash; the same value on both sides neither.
    const notes = edit(ana, original, profile({ companyName: 'ACME HOLDINGS', notes: 'Ben was here' }), T2, 'Ben');
    expect(notes.disputes).toEqual([]);
    expect(notes.fields.notes?.value).toBe('Ben was here');
  });

  it('without the common ancestor, any two different stamped values are shown as a clash (never dropped)', () => {
    const ana = edit(original, original, profile({ companyName: 'ACME HOLDINGS' }), T1, 'Ana');
    const ben = edit(original, original, profile({ companyName: 'ACME GROUP' }), T2, 'Ben');
    expect(mergeRevisions([ana, ben], null).disputed).toEqual(['companyName']);
  });

  it('unites the email ledgers (taken beats used) and the completed steps (the earliest date stays)', () => {
    const ana = edit(original, original, profile({ emails: [{ address: 'a@acme.example', status: 'used', at: T1 }] }), T1, 'Ana', {
      'register-account': { at: T1 },
    });
    const ben = edit(
      original,
      original,
      profile({
        emails: [
          { address: 'A@acme.example', status: 'taken', at: T2 },
          { address: 'b@acme.example', status: 'used', at: T2 },
        ],
      }),
      T2,
      'Ben',
      { 'register-account': { at: T2 }, 'activate-email': { at: T2 } },
    );
    const { doc } = mergeRevisions([ana, ben], original);
    expect(doc.emails.map((e) => [e.address.toLowerCase(), e.status]).sort()).toEqual([
      ['a@acme.example', 'taken'],
      ['b@acme.example', 'used'],
    ]);
    expect(doc.steps['register-account']?.at).toBe(T1);
    expect(Object.keys(doc.steps).sort()).toEqual(['activate-email', 'register-account']);
  });

  it('turns a document back into a profile with who changed it last, keeping this browser’s own records', () => {
    const doc = edit(original, original, profile({ notes: 'x', emails: [{ address: 'b@acme.example', status: 'used', at: T1 }] }), T1, 'Ben');
    const local = profile({ emails: [{ address: 'a@acme.example', status: 'used', at: T0 }] });
    const result = fromDoc(doc, local, undefined)!;
    expect(result.profile.updatedBy).toBe('Ben');
    expect(result.profile.updatedAt).toBe(T1);
    expect(result.profile.emails.map((e) => [e.address, e.by])).toEqual([
      ['a@acme.example', undefined],
      ['b@acme.example', 'Ben'],
    ]);
  });

  it('refuses malformed and hostile documents, naming what is wrong', () => {
    const cases: unknown[] = [
      null,
      { _id: 'client:x', type: 'client', v: 1, fields: { label: { value: 42 } }, emails: [], steps: {}, disputes: [] },
      { ...original, v: 2 },
      { ...original, _id: 'client:../../etc' },
      { ...original, fields: { ...original.fields, label: { value: 'x'.repeat(201), at: T0, by: 'Ana' } } },
      { ...original, fields: { ...original.fields, companyName: { value: 'x', at: 'yesterday', by: 'Ana' } } },
      { ...original, emails: 'all' },
      {
        ...original,
        disputes: [
          {
            field: 'label',
            values: [
              { value: 1, at: T0, by: 'a' },
              { value: 2, at: T0, by: 'b' },
            ],
          },
        ],
      },
    ];
    for (const raw of cases) {
      const parsed = parseDoc(raw);
      expect(parsed.ok, JSON.stringify(raw)?.slice(0, 80)).toBe(false);
      if (!parsed.ok) expect(parsed.detail.length).toBeGreaterThan(0);
    }
  });
});

describe('the server address', () => {
  it('takes HTTPS, plain HTTP on this computer only, and an origin without path or credentials', () => {
    expect(serverOrigin('https://couch.agency.example/')).toEqual({ ok: true, origin: 'https://couch.agency.example' });
    expect(serverOrigin('http://127.0.0.1:5984')).toEqual({ ok: true, origin: 'http://127.0.0.1:5984' });
    expect(serverOrigin('http://localhost:5984')).toEqual({ ok: true, origin: 'http://localhost:5984' });
    expect(serverOrigin('http://couch.agency.example')).toEqual({ ok: false, problem: 'not-https' });
    expect(serverOrigin('https://couch.agency.example/agency')).toEqual({ ok: false, problem: 'has-path' });
    expect(serverOrigin('https://ana:pw@couch.agency.example')).toEqual({ ok: false, problem: 'has-credentials' });
    expect(serverOrigin('couch')).toEqual({ ok: false, problem: 'invalid' });
  });
});
