// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { features, type GuideFeature } from '../../../content/features';
import { startGuide } from '../../../content/guide';
import { replicaByName } from '../../../replicas/replicas.mjs';
import { renderedReplica } from '../../support/dom';

// The loop runs every feature's hooks inside the guard: a feature that throws is counted once under
// its id, and the page still gets its tips and panel from the others.

const registry = features as GuideFeature[];
const broken: GuideFeature = {
  id: 'broken',
  page: () => {
    throw new Error('page');
  },
  tip: () => {
    throw new Error('tip');
  },
};

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  const index = registry.indexOf(broken);
  if (index >= 0) registry.splice(index, 1);
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

function fakeContentContext(): ContentScriptContext {
  return { signal: controller.signal, onInvalidated: (cb: () => void) => controller.signal.addEventListener('abort', cb) } as unknown as ContentScriptContext;
}

describe('the guide loop', () => {
  it('counts a throwing feature under its id and still shows the page with the others', async () => {
    const replica = replicaByName('register.account/current');
    const rendered = renderedReplica(replica);
    document.documentElement.removeAttribute('data-mpg-errors');
    document.body.innerHTML = rendered.body.innerHTML;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The side panel's port (content/side-panel/link.ts): wxt's fake browser has no runtime.onConnect.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation(() => undefined);
    registry.splice(1, 0, broken);
    await startGuide(fakeContentContext(), {
      href: () => replica.url,
      progress: false,
      profiles: { read: async () => ({ profiles: [], activeId: null }), watch: () => () => undefined, recordTakenEmail: () => undefined },
    });
    await vi.waitFor(() => expect(document.documentElement.dataset.mpgPage).toBe('register.account'));
    expect(document.documentElement.dataset.mpgErrors).toBe('1');
    // Tips for every field, built by the features after the broken one.
    const tips = [...document.querySelectorAll('[data-mpg-host="field-tip"]')].map((tip) => tip.getAttribute('data-mpg-field'));
    expect(tips).toEqual(expect.arrayContaining(['email', 'password', 'password-confirm']));
    // The guide panel is in the browser's side panel: on the page, the handle that opens it.
    expect(document.querySelector('[data-mpg-host="panel-handle"]')).not.toBeNull();
    expect(document.querySelector('[data-mpg-host="guide-panel"]')).toBeNull();
  });

  it("draws the guide panel in the page itself where asked (the practice console's frame)", async () => {
    const replica = replicaByName('register.account/current');
    document.body.innerHTML = renderedReplica(replica).body.innerHTML;
    await startGuide(fakeContentContext(), {
      href: () => replica.url,
      progress: false,
      panel: 'page',
      profiles: { read: async () => ({ profiles: [], activeId: null }), watch: () => () => undefined, recordTakenEmail: () => undefined },
    });
    await vi.waitFor(() => expect(document.documentElement.dataset.mpgPage).toBe('register.account'));
    expect(document.querySelector('[data-mpg-host="guide-panel"]')).not.toBeNull();
    expect(document.querySelector('[data-mpg-host="panel-handle"]')).toBeNull();
  });
});
