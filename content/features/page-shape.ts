import { browser } from 'wxt/browser';
import { profileSecrets } from '../presenter-mask';
import { pageShape, shapeJson } from '../../engine/page-shape';
import type { ProfilesState } from '../../storage/profiles';
import { isTabMessage, type TabReplies } from '../../storage/tab-messages';
import type { GuideContext, GuideFeature } from './types';

// "Copy page shape" (issue 20, item 4): the page's skeleton and console texts (engine/page-shape.ts),
// shown in the panel exactly as it will be copied, then copied on request; the popup asks for the
// same JSON by a typed tab message (storage/tab-messages.ts). Every client's data is masked.

/** Every piece of every client's data: the presenter's list plus AppIDs, original IDs and notes (whole and line by line). */
export function shapeSecrets(state: ProfilesState): string[] {
  const extra = state.profiles.flatMap((p) => [p.appId, p.originalId, p.notes, ...p.notes.split(/\n+/)]);
  return [...profileSecrets(state), ...extra.map((s) => s.trim()).filter((s) => s.length >= 2)];
}

export function currentShapeJson(ctx: GuideContext): string {
  return shapeJson(pageShape(ctx.doc, ctx.href(), { secrets: shapeSecrets(ctx.profiles) }));
}

interface State {
  preview: string | null;
  copied: 'idle' | 'done' | 'failed';
}
const states = new WeakMap<GuideContext, State>();
const stateOf = (ctx: GuideContext) => {
  let state = states.get(ctx);
  if (!state) states.set(ctx, (state = { preview: null, copied: 'idle' }));
  return state;
};

export const pageShapeReport: GuideFeature = {
  id: 'page-shape',
  start(ctx) {
    const listener = (raw: unknown): Promise<TabReplies['page-shape.get']> | undefined => {
      if (!isTabMessage(raw)) return undefined;
      return Promise.resolve(ctx.detection ? { json: currentShapeJson(ctx) } : null);
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  },
  leave(ctx) {
    states.delete(ctx);
  },
  panel(ctx, model) {
    const state = stateOf(ctx);
    return {
      ...model,
      shape: {
        preview: state.preview,
        copied: state.copied,
        // The preview is what is copied: taken once, when opened, so the two never differ.
        onOpen: () => {
          state.preview = currentShapeJson(ctx);
          state.copied = 'idle';
          ctx.invalidate('panel');
        },
        onCopy: () => {
          const json = state.preview;
          if (json === null) return;
          navigator.clipboard.writeText(json).then(
            () => ((state.copied = 'done'), ctx.invalidate('panel')),
            () => ((state.copied = 'failed'), ctx.invalidate('panel')),
          );
        },
        onClose: () => {
          state.preview = null;
          state.copied = 'idle';
          ctx.invalidate('panel');
        },
      },
    };
  },
};
