// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPEN_FOR_TESTS } from '../../../components/shadow-mode';
import { createPresenter } from '../../../content/presenter';
import { detectPage } from '../../../engine/detect';
import { translator } from '../../../locales';
import { pageRules } from '../../../rules';
import { presenterStops } from '../../../rules/presenter';
import { replicaByName } from '../../../replicas/replicas.mjs';
import { renderedReplica } from '../../support/dom';

// The presenter on a rendered replica: steps through the page's stops with the keyboard, says
// where it is, and leaves on Esc.

// The callout is read from inside its shadow root, opened as the browser tests' harness opens it.
(globalThis as Record<string, unknown>)[OPEN_FOR_TESTS] = true;

const t = translator('en');

/** A key the user pressed (happy-dom's dispatched events are untrusted, like a page script's). */
function key(type: string, init: KeyboardEventInit, trusted = true): KeyboardEvent {
  const event = new KeyboardEvent(type, init);
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
});

function present(name: string) {
  const replica = replicaByName(name);
  const doc = renderedReplica(replica);
  const detection = detectPage(pageRules, replica.url, doc)!;
  const onLeave = vi.fn();
  const presenter = createPresenter({ doc, t, panel: () => null, onLeave, signal: controller.signal });
  presenter.show(detection);
  const callout = () => doc.querySelector('[data-mpg-host="presenter"]')?.shadowRoot?.querySelector('.callout') ?? null;
  const press = (name: string, target: EventTarget = doc.body, trusted = true) =>
    target.dispatchEvent(key('keydown', { key: name, bubbles: true, cancelable: true }, trusted));
  return { doc, detection, presenter, onLeave, callout, press, stops: presenterStops[detection.rule.id] };
}

describe('presenter mode', () => {
  it('shows the first stop with "point 1 of y" and its talking point', () => {
    const { callout, stops } = present('register.account/current');
    expect(callout()?.querySelector('.step')?.textContent).toBe(`Point 1 of ${stops.length}`);
    expect(callout()?.querySelector('.point')?.textContent).toBe(t(stops[0]!.point));
    expect(callout()?.querySelector('.page')?.textContent).toBe(t('page.register-account.title'));
  });

  it('goes forward and back with the arrow keys and Page Down / Page Up, never past either end', () => {
    const { callout, press, stops } = present('register.account/current');
    const step = () => callout()?.querySelector('.step')?.textContent;
    press('ArrowLeft');
    expect(step()).toBe(`Point 1 of ${stops.length}`);
    press('ArrowRight');
    expect(step()).toBe(`Point 2 of ${stops.length}`);
    press('PageDown');
    expect(step()).toBe(`Point 3 of ${stops.length}`);
    press('PageUp');
    press('ArrowLeft');
    expect(step()).toBe(`Point 1 of ${stops.length}`);
    for (let i = 0; i < stops.length + 2; i++) press('ArrowRight');
    expect(step()).toBe(`Point ${stops.length} of ${stops.length}`);
    expect(callout()?.querySelector<HTMLButtonElement>('button.next')?.disabled).toBe(true);
  });

  it("leaves arrow keys to the console's own fields", () => {
    const { doc, callout, press, stops } = present('register.account/current');
    press('ArrowRight', doc.querySelector('input')!);
    expect(callout()?.querySelector('.step')?.textContent).toBe(`Point 1 of ${stops.length}`);
  });

  it('leaves on Esc: the overlay goes and the caller is told', () => {
    const { doc, press, onLeave } = present('register.account/current');
    press('Escape');
    expect(onLeave).toHaveBeenCalledOnce();
    expect(doc.querySelector('[data-mpg-host="presenter"]')).toBeNull();
    expect(doc.querySelector('style[data-mpg-host]')).toBeNull();
  });

  it('ignores keys a page script dispatches: a synthetic Escape or arrow changes nothing', () => {
    const { doc, press, onLeave, callout, stops } = present('register.account/current');
    press('ArrowRight', doc.body, false);
    press('Escape', doc.body, false);
    expect(onLeave).not.toHaveBeenCalled();
    expect(callout()?.querySelector('.step')?.textContent).toBe(`Point 1 of ${stops.length}`);
    press('Escape');
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('ignores a page script clicking Leave; the user clicking it leaves', () => {
    const { callout, onLeave } = present('register.account/current');
    const leave = callout()!.querySelector<HTMLButtonElement>('button.leave')!;
    leave.click();
    expect(onLeave).not.toHaveBeenCalled();
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    leave.dispatchEvent(click);
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it("centres the callout and says so when a stop's target is not on the page", () => {
    const { callout, presenter, detection, doc } = present('register.entity/personal/current');
    // Stop 3 is the company name, which the personal variant does not have.
    presenter.show(detection);
    const press = (name: string) => doc.body.dispatchEvent(key('keydown', { key: name, bubbles: true }));
    press('ArrowRight');
    press('ArrowRight');
    expect(callout()?.classList.contains('centred')).toBe(true);
    expect(callout()?.querySelector('.missing')?.textContent).toBe(t('presenter.missing'));
    press('ArrowLeft');
    expect(callout()?.classList.contains('centred')).toBe(false);
    expect(callout()?.querySelector<HTMLElement>('.missing')?.hidden).toBe(true);
  });

  it('starts again from the first stop on another page, and hides when no page is recognised', () => {
    const { presenter, press, callout, doc } = present('register.account/current');
    press('ArrowRight');
    const entity = replicaByName('register.entity/overseas/current');
    const entityDoc = renderedReplica(entity);
    presenter.show(detectPage(pageRules, entity.url, entityDoc));
    expect(callout()?.querySelector('.step')?.textContent).toBe(`Point 1 of ${presenterStops['register.entity'].length}`);
    presenter.show(null);
    expect(doc.querySelector('[data-mpg-host="presenter"]')).toBeNull();
  });
});
