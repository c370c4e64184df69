import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §8, §11, §16: the Mini Program console's 首页 after registration. The URL is
// evidenced, but a plain welcome on the same URL (a published program) is not this step: the
// 小程序发布流程 checklist or the filing entry must be on screen.
export const homeGuide = definePageRule({
  id: 'home.guide',
  title: 'page.home-guide.title',
  needs: ['page.home-guide.need-info', 'page.home-guide.need-verify', 'page.home-guide.need-filing', 'page.home-guide.need-release'],
  guidance: [
    { key: 'guide.home-guide.launch-checklist', facts: ['F59', 'F73', 'F58', 'F76'] },
    { key: 'guide.home-guide.verify-first', facts: ['F40'] },
    { key: 'guide.home-guide.filing-mainland-only', facts: ['F34', 'F54', 'F70'] },
    { key: 'guide.home-guide.servers', facts: ['F58'] },
  ],
  detect: {
    urls: [{ path: '/wxamp/home/guide' }],
    markers: [
      { zh: ['小程序发布流程'], en: ['Mini Program release process', 'Release process'] },
      { zh: ['小程序需补充备案信息', '去备案', '去完善'], en: ['ICP filing'] },
    ],
    minMarkersOnUrl: 1,
    minMarkers: 2,
  },
  fields: [{ ...fields.appid, optional: true }],
});
