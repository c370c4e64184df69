import { describe, expect, it } from 'vitest';
import { categoryQualification, checkCategory } from '../../../engine/checks/category';
import type { CheckInput } from '../../../engine/checks/types';

const keyOf = (f: { code: string; variant?: string }) => (f.variant ? `${f.code}:${f.variant}` : f.code);

const overseas: Partial<CheckInput> = { overseas: true };
const mainland: Partial<CheckInput> = { overseas: false };
const personal: Partial<CheckInput> = { overseas: false, profile: { entityType: 'personal' } };

describe('category', () => {
  it.each<[string, Partial<CheckInput>, string[]]>([
    // food and health under 商家自营: qualification needed, wherever the entity is
    ['商家自营 > 食品', overseas, ['category.needs-qualification:food']],
    ['商家自营-食品', mainland, ['category.needs-qualification:food']],
    ['商家自营/生鲜', overseas, ['category.needs-qualification:food']],
    ['商家自营 - 保健品', overseas, ['category.needs-qualification:health']],
    ['商家自营 > 保健食品', mainland, ['category.needs-qualification:health']],
    ['Merchant self-operated > Food', overseas, ['category.needs-qualification:food']],
    ['商家自营 > 服饰', overseas, []],
    ['商家自营 > 美妆洗护', overseas, []],
    ['食品', overseas, []], // not under 商家自营: the food-wording check speaks for it
    // not open to overseas entities
    ['医疗服务 > 互联网医院', overseas, ['category.not-for-overseas:medical']],
    ['医疗 > 药品信息', overseas, ['category.not-for-overseas:medical']],
    ['金融业 > 保险', overseas, ['category.not-for-overseas:finance']],
    ['金融业 > 证券/期货', overseas, ['category.not-for-overseas:finance']],
    ['文娱 > 新闻资讯', overseas, ['category.not-for-overseas:news']],
    ['文娱 > 出版', overseas, ['category.not-for-overseas:publishing']],
    ['社交 > 直播', overseas, ['category.not-for-overseas:live-streaming']],
    ['Social > Live streaming', overseas, ['category.not-for-overseas:live-streaming']],
    ['Finance > Banking', overseas, ['category.not-for-overseas:finance']],
    ['政务民生 > 办事', overseas, ['category.not-for-overseas:unconfirmed']],
    ['文娱 > 视频', overseas, ['category.not-for-overseas:unconfirmed']],
    ['医疗服务 > 互联网医院', mainland, []],
    ['社交 > 直播', { countryRegion: 'HK' }, ['category.not-for-overseas:live-streaming']],
    ['社交 > 直播', { countryRegion: 'CN' }, []],
    ['社交 > 直播', {}, []], // region unknown: say nothing
    ['旅游 > 旅游攻略', overseas, []],
    ['IT科技 > 软件服务提供', overseas, []],
    ['工具 > 效率', overseas, []],
    // personal entities
    ['商家自营 > 服饰', personal, ['category.personal']],
    ['电商平台', personal, ['category.personal']],
    ['商家自营 > 食品', personal, ['category.personal', 'category.needs-qualification:food']],
    ['工具 > 效率', personal, []],
    ['电商平台', { otherValues: { 'entity-type': '个人' } }, ['category.personal']],
    ['电商平台', { otherValues: { 'entity-type': '企业' } }, []],
    ['', overseas, []],
  ])('%j %o → %j', (value, context, keys) => {
    expect(checkCategory({ value, ...context }).map(keyOf)).toEqual(keys);
  });

  it('severities and facts', () => {
    expect(checkCategory({ value: '社交 > 直播', overseas: true })).toEqual([
      { code: 'category.not-for-overseas', severity: 'error', variant: 'live-streaming', facts: ['F35'] },
    ]);
    expect(checkCategory({ value: '政务民生', overseas: true })).toEqual([
      { code: 'category.not-for-overseas', severity: 'warn', variant: 'unconfirmed', params: { category: '政务民生' }, facts: ['F35'] },
    ]);
    expect(checkCategory({ value: '商家自营 > 食品' })).toEqual([{ code: 'category.needs-qualification', severity: 'warn', variant: 'food', facts: ['F09'] }]);
    expect(checkCategory({ value: '电商平台', profile: { entityType: 'personal' } })[0]).toMatchObject({ severity: 'error', facts: ['F13', 'F02'] });
  });

  it('categoryQualification needs 商家自营', () => {
    expect(categoryQualification('商家自营 > 保健品')).toBe('health');
    expect(categoryQualification('商家自营 > 食品')).toBe('food');
    expect(categoryQualification('商家自营 > 酒/盐')).toBe('alcohol');
    expect(categoryQualification('餐饮 > 食品')).toBeNull();
    expect(categoryQualification('')).toBeNull();
  });
});
