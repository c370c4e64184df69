import { describe, expect, it } from 'vitest';
import { englishCatalog } from '../../locales/overlay';
import { pageRuleById } from '../../rules';
import { freeSpot } from '../../content/side-panel/placement';
import { isPanelRequest, toPanelView } from '../../components/side-panel-protocol';
import type { GuidePanelModel } from '../../components/guide-panel';

// The side panel's handle finds room where no console control is; the panel's model crosses to the
// side panel as data (content/side-panel/).

const viewport = { width: 1280, height: 800 };
const size = { width: 18, height: 46 };
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('the handle placement', () => {
  it('takes the preferred height on the right edge when nothing is there', () => {
    expect(freeSpot(viewport, [box(100, 100, 600, 140)], size, 320)).toEqual({ x: 1262, y: 320, side: 'right' });
  });

  it('moves away from a control that reaches the right edge, keeping a gap', () => {
    const bar = box(0, 300, 1280, 380);
    const spot = freeSpot(viewport, [bar], size, 320)!;
    expect(spot.side).toBe('right');
    expect(spot.y + size.height <= bar.top - 4 || spot.y >= bar.bottom + 4).toBe(true);
  });

  it('uses the left edge when the right one is full, and gives up when both are', () => {
    const right = box(1200, 0, 1280, 800);
    expect(freeSpot(viewport, [right], size, 320)).toEqual({ x: 0, y: 320, side: 'left' });
    expect(freeSpot(viewport, [right, box(0, 0, 60, 800)], size, 320)).toBeNull();
  });

  it('stays inside the window', () => {
    const spot = freeSpot(viewport, [], size, 5000)!;
    expect(spot.y + size.height).toBeLessThanOrEqual(viewport.height);
    expect(freeSpot({ width: 300, height: 40 }, [], size, 0)).toBeNull();
  });
});

describe('the panel model sent to the side panel', () => {
  it('is plain data: the rule by id, the language by locale, no callbacks', () => {
    const rule = pageRuleById('register.account')!;
    const model: GuidePanelModel = {
      rule,
      t: englishCatalog.translator('en'),
      englishConsole: false,
      translated: false,
      collapsed: false,
      fieldsFound: 3,
      fieldsTotal: 3,
      copied: 'idle',
      onToggle: () => undefined,
      onCopyDiagnostics: async () => true,
      diagnostics: () => '{}',
      notices: ['a notice'],
    };
    const view = toPanelView(model);
    expect(view).toEqual({
      page: 'register.account',
      locale: 'en',
      englishConsole: false,
      translated: false,
      collapsed: false,
      fieldsFound: 3,
      fieldsTotal: 3,
      copied: 'idle',
      notices: ['a notice'],
    });
    expect(structuredClone(view)).toEqual(view);
  });

  it('recognises only its own requests', () => {
    expect(isPanelRequest({ type: 'panel.open' })).toBe(true);
    expect(isPanelRequest({ type: 'panel.ready' })).toBe(true);
    expect(isPanelRequest({ type: 'profiles.get' })).toBe(false);
    expect(isPanelRequest(null)).toBe(false);
  });
});
