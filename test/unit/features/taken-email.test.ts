// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { consoleNotes } from '../../../content/features/console-notes';
import { MAX_PER_PAGE, takenEmail } from '../../../content/features/taken-email';
import { fakeContext, fieldOf, profile, scanOf, type FakeContext } from '../../support/guide-context';

// An email the console says is taken is recorded for the active client, only when the user typed it.

function takenPage(active = true) {
  const ctx = fakeContext('register.account/current', { profiles: { profiles: [profile({ id: 'a' })], activeId: active ? 'a' : null } });
  const email = fieldOf(ctx, 'email');
  const error = ctx.doc.createElement('p');
  error.textContent = '该邮箱已被占用，请更换其他邮箱';
  email.row.append(error);
  consoleNotes.page!(ctx, ctx.detection!);
  return { ctx, control: email.control as HTMLInputElement };
}

/** What the field-checks feature records when the user types (the `typed` map), without it. */
function userTypes(ctx: FakeContext, control: HTMLInputElement, value: string) {
  control.value = value;
  ctx.values.typed.set('email', value);
}

describe('taken-email feature', () => {
  it('records the typed address once, trimmed', () => {
    const { ctx, control } = takenPage();
    userTypes(ctx, control, ' Taken@Example.com ');
    takenEmail.shown!(ctx, ctx.detection!, scanOf());
    takenEmail.shown!(ctx, ctx.detection!, scanOf());
    expect(ctx.source.recordTakenEmail.mock.calls).toEqual([['Taken@Example.com']]);
  });

  it('records nothing for a value a page script put there', () => {
    const { ctx, control } = takenPage();
    control.value = 'planted@example.com';
    takenEmail.shown!(ctx, ctx.detection!, scanOf());
    expect(ctx.source.recordTakenEmail).not.toHaveBeenCalled();
  });

  it("records nothing without an active client or without the console's message", () => {
    const { ctx, control } = takenPage(false);
    userTypes(ctx, control, 'taken@example.com');
    takenEmail.shown!(ctx, ctx.detection!, scanOf());
    expect(ctx.source.recordTakenEmail).not.toHaveBeenCalled();
    const quiet = fakeContext('register.account/current', { profiles: { profiles: [profile({ id: 'a' })], activeId: 'a' } });
    consoleNotes.page!(quiet, quiet.detection!);
    userTypes(quiet, fieldOf(quiet, 'email').control as HTMLInputElement, 'taken@example.com');
    takenEmail.shown!(quiet, quiet.detection!, scanOf());
    expect(quiet.source.recordTakenEmail).not.toHaveBeenCalled();
  });

  it('records at most MAX_PER_PAGE addresses per page load', () => {
    const { ctx, control } = takenPage();
    for (let i = 0; i < 10; i++) {
      userTypes(ctx, control, `taken${i}@example.com`);
      takenEmail.shown!(ctx, ctx.detection!, scanOf());
    }
    expect(ctx.source.recordTakenEmail.mock.calls.map(([address]) => address)).toEqual(Array.from({ length: MAX_PER_PAGE }, (_, i) => `taken${i}@example.com`));
  });
});
