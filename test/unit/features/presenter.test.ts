// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { presenter } from '../../../content/features/presenter';
import { fakeContext, scanOf, type FakeContext } from '../../support/guide-context';

// Presenter mode follows the setting and the page; leaving it switches the setting off.

let ctx: FakeContext;
afterEach(() => ctx?.stop());

describe('presenter feature', () => {
  it('presents the recognised page while the setting is on, and not once it is off', () => {
    ctx = fakeContext('register.account/current', { settings: { presenter: true } });
    presenter.start!(ctx);
    presenter.shown!(ctx, ctx.detection!, scanOf());
    expect(ctx.doc.querySelector('[data-mpg-host="presenter"]')).not.toBeNull();
    ctx.settings = { ...ctx.settings, presenter: false };
    presenter.settings!(ctx);
    expect(ctx.doc.querySelector('[data-mpg-host="presenter"]')).toBeNull();
  });

  it('hides when the page is no longer recognised', () => {
    ctx = fakeContext('register.account/current', { settings: { presenter: true } });
    presenter.start!(ctx);
    presenter.shown!(ctx, ctx.detection!, scanOf());
    ctx.detection = null;
    presenter.leave!(ctx);
    expect(ctx.doc.querySelector('[data-mpg-host="presenter"]')).toBeNull();
  });

  it('switches the setting off and repaints the tips on Esc', () => {
    ctx = fakeContext('register.account/current', { settings: { presenter: true } });
    presenter.start!(ctx);
    presenter.shown!(ctx, ctx.detection!, scanOf());
    // A page script's Escape does nothing; the user's (a trusted event) leaves.
    ctx.doc.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ctx.updateSettings).not.toHaveBeenCalled();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'isTrusted', { value: true });
    ctx.doc.body.dispatchEvent(escape);
    expect(ctx.updateSettings).toHaveBeenCalledWith({ presenter: false });
    expect(ctx.settings.presenter).toBe(false);
    expect(ctx.invalidate).toHaveBeenCalledWith('tips');
  });
});
