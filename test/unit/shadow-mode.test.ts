// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldTip } from '../../components/field-tip';
import { OPEN_FOR_TESTS, overlayShadowMode } from '../../components/shadow-mode';

// Issue 11: the overlay's shadow roots are closed on a console page, so page scripts cannot read
// client data out of the tips. Only the test harness (a content script it adds) opens them.

const flags = globalThis as Record<string, unknown>;
afterEach(() => {
  delete flags[OPEN_FOR_TESTS];
});

describe('overlay shadow roots', () => {
  it('are closed on a web page unless the harness opened them', () => {
    expect(location.protocol).toMatch(/^https?:$/);
    expect(overlayShadowMode()).toBe('closed');
    const labels = { lang: 'en', badge: 'Guide', severity: { ok: 'OK', info: 'Info', warn: 'Warning', error: 'Error' } };
    const tip = createFieldTip(document, { fieldId: 'email', labels, name: 'Email', about: 'Login email', consoleNotes: [] });
    expect(tip.host.shadowRoot).toBeNull();
    expect(tip.host.getAttribute('data-mpg-field')).toBe('email');
  });

  it('open only when the harness sets exactly true', () => {
    flags[OPEN_FOR_TESTS] = 'yes';
    expect(overlayShadowMode()).toBe('closed');
    flags[OPEN_FOR_TESTS] = true;
    expect(overlayShadowMode()).toBe('open');
  });
});
