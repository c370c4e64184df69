// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { passwordChecklist } from '../../../content/features/password-checklist';
import { fakeContext, fieldOf, tipOf } from '../../support/guide-context';

// The password rules as a checklist in the password's tip, once its checks are due.

describe('password checklist feature', () => {
  it('appears once the field was left, each rule ticked or not for the value', () => {
    const ctx = fakeContext('register.account/current');
    (fieldOf(ctx, 'password').control as HTMLInputElement).value = 'abc';
    expect(tipOf(ctx, [passwordChecklist], 'password').checklist).toBeUndefined();
    ctx.values.touched.add('password');
    const list = tipOf(ctx, [passwordChecklist], 'password').checklist!;
    expect(list.length).toBeGreaterThan(1);
    expect(list.every((item) => item.label.length > 0)).toBe(true);
    expect(list.some((item) => !item.ok)).toBe(true);
    (fieldOf(ctx, 'password').control as HTMLInputElement).value = 'Abcdef12345';
    expect(tipOf(ctx, [passwordChecklist], 'password').checklist!.every((item) => item.ok)).toBe(true);
  });

  it("stays out of other fields' tips", () => {
    const ctx = fakeContext('register.account/current');
    ctx.values.touched.add('email');
    expect(tipOf(ctx, [passwordChecklist], 'email').checklist).toBeUndefined();
  });
});
