// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fieldChecks } from '../../../content/features/field-checks';
import { consoleNotes } from '../../../content/features/console-notes';
import { fakeContext, fieldOf, insertByPage, pressKey, profile, tipOf, type, type FakeContext } from '../../support/guide-context';

// The field checks in a field's tip: only once the field was left, client data only for values the
// user typed, the fill button, and client data masked in presenter mode.

const HK = profile({
  id: 'hk',
  companyName: '翠嶺貿易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED',
  countryRegion: 'HK',
  emails: [{ address: 'old@jaderidge.example', status: 'used', at: '2026-01-05T09:00:00.000Z' }],
});
const withHk = { profiles: { profiles: [HK], activeId: 'hk' } };

let ctx: FakeContext;
afterEach(() => ctx?.stop());

function onPage(name: string, options = {}) {
  ctx = fakeContext(name, options);
  fieldChecks.page!(ctx, ctx.detection!);
  return ctx;
}
const tip = (id: string) => tipOf(ctx, [consoleNotes, fieldChecks], id);
const control = (id: string) => fieldOf(ctx, id).control as HTMLInputElement;

describe('field checks feature', () => {
  it('shows no status before the field is left, then the findings, and asks for a repaint on leaving', () => {
    onPage('register.account/current');
    type(control('email'), 'ｍe@example.com');
    expect(tip('email').status).toBeUndefined();
    control('email').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(ctx.invalidate).toHaveBeenCalledWith('both');
    // The email is checked against clients' emails: its verdicts are in the inline frame only.
    const checked = tip('email');
    expect(checked.status).toBeUndefined();
    expect(checked.inline?.status).toBe('error');
    expect(checked.inline?.findings.map((f) => f.code)).toContain('email.format');
  });

  it('re-checks on every keystroke once the field was left', () => {
    onPage('register.account/current');
    control('email').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    ctx.invalidate.mockClear();
    type(control('email'), 'a@b.example');
    expect(ctx.invalidate).toHaveBeenCalledWith('tips');
  });

  it("consults the client's emails only for an address the user typed", () => {
    onPage('register.account/current', withHk);
    ctx.values.touched.add('email');
    control('email').value = 'old@jaderidge.example'; // set by a page script: no trusted event
    expect(tip('email').inline?.findings.map((f) => f.code)).not.toContain('email.used-before');
    type(control('email'), 'old@jaderidge.example');
    expect(tip('email').inline?.findings.map((f) => f.code)).toContain('email.used-before');
  });

  it("does not consult the client's emails for a page's execCommand (trusted input, no key)", () => {
    onPage('register.account/current', withHk);
    ctx.values.touched.add('email');
    insertByPage(control('email'), 'old@jaderidge.example');
    expect(tip('email').inline?.findings.map((f) => f.code)).not.toContain('email.used-before');
  });

  it('does not check a probe the page swaps in around one real key press', () => {
    onPage('register.account/current', withHk);
    ctx.values.touched.add('email');
    pressKey(control('email'), 'e', () => insertByPage(control('email'), 'old@jaderidge.exampl'));
    expect(control('email').value).toBe('old@jaderidge.example');
    expect(tip('email').inline?.findings.map((f) => f.code)).not.toContain('email.used-before');
    // The user's own keys from an empty field are theirs.
    type(control('email'), '');
    for (const key of 'old@jaderidge.example') pressKey(control('email'), key);
    expect(tip('email').inline?.findings.map((f) => f.code)).toContain('email.used-before');
  });

  it('keeps client-derived verdicts out of the page part of the tip and its attributes, unless diagnostics are on', () => {
    onPage('register.account/current', withHk);
    ctx.values.touched.add('email');
    type(control('email'), 'old@jaderidge.example');
    expect(tip('email').findings ?? []).toEqual([]);
    expect(tip('email').diagnostics).toBe(false);
    ctx.stop();
    onPage('register.account/current', { ...withHk, settings: { diagnostics: true } });
    ctx.values.touched.add('email');
    type(control('email'), 'old@jaderidge.example');
    expect(tip('email').diagnostics).toBe(true);
  });

  it('offers to fill in the exact registered name, and the filled value counts as typed', () => {
    onPage('register.entity/overseas/current', withHk);
    ctx.values.touched.add('company-name');
    type(control('company-name'), '翠嶺貿易(香港)有限公司 Jade Ridge Trading (Hong Kong) Limited');
    const model = tip('company-name').inline!;
    expect(model.findings.map((f) => f.code)).toContain('company-name.case');
    expect(model.fill?.label).toBe('Fill in the exact registered name');
    model.fill!.run();
    expect(control('company-name').value).toBe(HK.companyName);
    expect(ctx.values.typed.get('company-name')).toBe(HK.companyName);
    expect(ctx.invalidate).toHaveBeenCalledWith('tips');
    expect(tip('company-name').inline?.status).toBe('ok');
  });

  it("never spells the client's name out in presenter mode", () => {
    onPage('register.entity/overseas/current', { ...withHk, settings: { presenter: true } });
    ctx.values.touched.add('company-name');
    type(control('company-name'), '翠嶺貿易(香港)有限公司 Jade Ridge Trading (Hong Kong) Limited');
    const texts = tip('company-name')
      .inline!.findings.map((f) => f.text)
      .join(' ');
    expect(texts).not.toContain('JADE RIDGE');
  });

  it('binds each field once, however often the page is recognised', () => {
    onPage('register.account/current');
    fieldChecks.page!(ctx, ctx.detection!);
    control('email').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(ctx.invalidate).toHaveBeenCalledTimes(1);
  });
});
