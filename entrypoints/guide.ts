import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuide } from '../content/guide';
import { offerGuide } from '../content/loader/handoff';

// The guide, loaded by the loader (entrypoints/mp.content) only on pages that can be part of the
// registration flow. It leaves its start function for the loader, which calls it with its context.
export default defineUnlistedScript(() => {
  offerGuide((ctx) => startGuide(ctx));
});
