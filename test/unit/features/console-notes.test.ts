// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { consoleNotes } from '../../../content/features/console-notes';
import { fakeContext, fieldOf, tipOf } from '../../support/guide-context';

// The console's own messages in a field's row, in Chinese and English with what to do, in the tip.

describe('console notes feature', () => {
  it("reads the messages in each field's row when the page is recognised and shows them in its tip", () => {
    const ctx = fakeContext('register.account/current');
    const row = fieldOf(ctx, 'email').row;
    const error = ctx.doc.createElement('p');
    error.textContent = '该邮箱已被占用，请更换其他邮箱';
    row.append(error);
    consoleNotes.page!(ctx, ctx.detection!);
    expect(ctx.notes.get('email')?.some((m) => m.marksEmailTaken)).toBe(true);
    const notes = tipOf(ctx, [consoleNotes], 'email').consoleNotes;
    const taken = notes.find((n) => n.zh.includes('已被占用'));
    expect(taken?.en).toMatch(/already/i);
    expect(taken?.action).toBeTruthy();
  });

  it('forgets the messages of the previous look at the page', () => {
    const ctx = fakeContext('register.account/current');
    ctx.notes.set('gone', []);
    consoleNotes.page!(ctx, ctx.detection!);
    expect(ctx.notes.has('gone')).toBe(false);
  });
});
