import { definePageRule } from '../schema';

// docs/console-notes.md §7: fast-register sub-step 2, choosing what to reuse (wxopen_create_step2.js).
// The three quick steps share /cgi-bin/fastregister and switch in place, and the step bar shows both
// step names on the reuse and account steps, so the step name needs a second text of this step.
// Sub-step 1 (the admin's QR scan) hides the step bar and has no recorded text: not recognised.
export const quickReuse = definePageRule({
  id: 'quick.reuse',
  title: 'page.quick-reuse.title',
  needs: ['page.quick-reuse.need-scan', 'page.quick-reuse.need-choose'],
  guidance: [
    { key: 'guide.quick-reuse.reuse-verification', facts: ['F14'] },
    { key: 'guide.quick-reuse.admin', facts: ['F38', 'F39'] },
  ],
  stepBar: { names: { zh: ['选择复用资质'] }, title: 'page.quick-reuse.title-step' },
  detect: {
    urls: [{ path: '/cgi-bin/fastregister' }],
    markers: [
      { zh: ['选择复用资质'], en: ['Select qualifications to reuse'] },
      { zh: ['运营者信息'], en: ['Operator information'] },
    ],
    minMarkersOnUrl: 2,
    minMarkers: 2,
  },
});
