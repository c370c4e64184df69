import { fields } from '../fields';
import { definePageRule } from '../schema';

// docs/console-notes.md §8, §8.1, §16: 基本设置 (name, short name, introduction, categories, filing)
// and the first-time 小程序信息 form reached from 首页 (URL unknown). The bare account-settings view on
// the same URL (登录邮箱 / 原始ID only) is not this page: the rows or inputs of the profile must be there.
export const profileBasic = definePageRule({
  id: 'profile.basic',
  title: 'page.profile-basic.title',
  needs: ['page.profile-basic.need-name', 'page.profile-basic.need-intro', 'page.profile-basic.need-category', 'page.profile-basic.need-ids'],
  guidance: [
    { key: 'guide.profile-basic.name-rules', facts: ['F74'] },
    { key: 'guide.profile-basic.privacy', facts: ['F73'] },
    { key: 'guide.profile-basic.trademark-name', facts: ['F44'] },
    { key: 'guide.profile-basic.categories', facts: ['F09'] },
    { key: 'guide.profile-basic.appid', facts: ['F07', 'F24'] },
    { key: 'guide.profile-basic.filing', facts: ['F34', 'F54'] },
  ],
  detect: {
    urls: [{ path: '/wxamp/basicprofile/index' }, { path: '/wxopen/basicprofile', query: { action: 'index' } }],
    markers: [
      { zh: ['基本设置'], en: ['Basic settings'] },
      { zh: ['小程序信息'], en: ['Mini Program information'] },
      { zh: ['服务类目'], en: ['Service category', 'Service categories'] },
      { zh: ['微信认证'], en: ['WeChat verification', 'Weixin verification'] },
      { zh: ['小程序备案'], en: ['ICP filing'] },
      { zh: ['用户隐私保护指引'], en: ['privacy protection guidelines'] },
    ],
    minMarkersOnUrl: 2,
    minMarkers: 2,
    // The filing form repeats 小程序信息 / 小程序备案 and the name; its people sections are its own.
    excludeMarkers: [{ zh: ['主体负责人信息'], en: [] }],
    // Three of the profile's fields: the filing form shows the name and AppID, the category page the
    // category, the pay page the AppID, but none of them three.
    minFields: 3,
  },
  fields: [
    fields.mpName,
    { ...fields.mpShortName, optional: true },
    fields.mpIntro,
    fields.category,
    { ...fields.appid, optional: true },
    { ...fields.originalId, optional: true },
    // 填写小程序信息 (2026, docs/console-notes.md §18.1): the licence upload that the name check re-renders; label [GUESS].
    { id: 'name-licence', kind: 'upload', labels: { zh: ['营业执照'], en: ['Business licence'] }, optional: true },
  ],
});
