import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §8.1, §9, §16: 服务类目 (categories), reached from 基本设置 → 服务类目 → 详情.
// One script probed /wxamp/framecategory/index [unverified], so the markers must decide; 基本设置
// shows a 服务类目 row too, hence three markers off that URL.
export const profileCategory = definePageRule({
  id: 'profile.category',
  title: 'page.profile-category.title',
  needs: ['page.profile-category.need-pick', 'page.profile-category.need-qualification', 'page.profile-category.need-main'],
  guidance: [
    { key: 'guide.profile-category.food', facts: ['F09'] },
    { key: 'guide.profile-category.overseas-list', facts: ['F35'] },
    { key: 'guide.profile-category.limits', facts: [] },
    { key: 'guide.profile-category.review-adds', facts: ['F09'] },
  ],
  detect: {
    urls: [{ path: '/wxamp/framecategory/index' }],
    markers: [
      { zh: ['服务类目'], en: ['Service category', 'Service categories'] },
      { zh: ['主营类目'], en: ['Main category', 'Primary category'] },
      { zh: ['添加类目', '添加服务类目'], en: ['Add category'] },
      { zh: ['类目资质', '资质要求'], en: ['Category qualification', 'Qualification requirements'] },
    ],
    // The URL is unverified, so it lowers the bar by one marker only.
    minMarkersOnUrl: 2,
    minMarkers: 3,
    minFields: 1,
  },
  fields: [fields.category],
});
