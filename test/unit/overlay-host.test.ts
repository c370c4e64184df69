// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CONTAINED_EVENTS, createOverlayHost, element } from '../../components/overlay-host';
import { OVERLAY_ATTRIBUTE } from '../../engine/text';
import { parseDocument } from '../support/dom';

// The host every overlay shares: marked as ours, never translated, events kept inside.

describe('overlay host', () => {
  it('is marked as ours and not for machine translation, with the given style', () => {
    const doc = parseDocument('<form><p>x</p></form>');
    const { host, root } = createOverlayHost(doc, 'field-tip', { style: 'all: initial;' });
    expect(host.getAttribute(OVERLAY_ATTRIBUTE)).toBe('field-tip');
    expect(host.getAttribute('translate')).toBe('no');
    expect(host.getAttribute('style')).toBe('all: initial;');
    expect(root.host).toBe(host);
  });

  it('is a built-in element, never a name the page could define as its own custom element (issue 19)', () => {
    const doc = parseDocument('<p>x</p>');
    expect(createOverlayHost(doc, 'field-tip').host.localName).toBe('div');
    expect(createOverlayHost(doc, 'field-tip', { inline: true }).host.localName).toBe('span');
  });

  it("keeps its events from the page's handlers, only those it is told to", () => {
    const doc = parseDocument('<form></form>');
    const form = doc.querySelector('form')!;
    const heard: string[] = [];
    for (const type of ['click', 'keydown', 'submit']) form.addEventListener(type, () => heard.push(type));
    const all = createOverlayHost(doc, 'guide-panel');
    const some = createOverlayHost(doc, 'presenter', { contained: ['click'] });
    form.append(all.host, some.host);
    const inside = (root: ShadowRoot) => root.appendChild(element(doc, 'button', 'b', 'B'));
    for (const type of ['click', 'keydown', 'submit']) inside(all.root).dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    expect(heard).toEqual([]);
    expect(CONTAINED_EVENTS).toContain('submit');
    for (const type of ['click', 'keydown']) inside(some.root).dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    expect(heard).toEqual(['keydown']);
  });
});
