import { browser } from 'wxt/browser';
import { buildDiagnostics, isMachineTranslated } from '../../engine/diagnostics';
import type { GuideContext, GuideFeature } from './types';

// The panel's "copy diagnostics" button: what the guide recognised on this page, as JSON on the
// clipboard for a bug report (no values, no client data: engine/diagnostics.ts). In the side panel
// the text is sent there and copied by the side panel's own page (the console tab has no focus then).

type Copied = 'idle' | 'done' | 'failed';
const copiedBy = new WeakMap<GuideContext, Copied>();

function report(ctx: GuideContext): string | null {
  const detection = ctx.detection;
  if (!detection) return null;
  const built = buildDiagnostics(detection, {
    href: ctx.href(),
    version: browser.runtime.getManifest().version,
    translated: isMachineTranslated(ctx.doc),
    errors: ctx.failures.total,
    failed: ctx.failures.sources,
    userAgent: navigator.userAgent,
  });
  return JSON.stringify(built, null, 2);
}

async function copy(ctx: GuideContext): Promise<boolean> {
  const text = report(ctx);
  if (text === null) return false;
  let copied: Copied;
  try {
    await navigator.clipboard.writeText(text);
    copied = 'done';
  } catch {
    copied = 'failed';
  }
  copiedBy.set(ctx, copied);
  ctx.invalidate('panel');
  return copied === 'done';
}

export const diagnostics: GuideFeature = {
  id: 'diagnostics',
  panel(ctx, model) {
    return { ...model, copied: copiedBy.get(ctx) ?? 'idle', onCopyDiagnostics: () => copy(ctx), diagnostics: () => report(ctx) };
  },
};
