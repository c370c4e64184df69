import { describe, expect, it } from 'vitest';
import { checklistEntityType, sizeLimitFromHint } from '../../engine/uploads';

describe('sizeLimitFromHint', () => {
  it.each([
    ['支持jpg、jpeg、png、bmp、gif格式，大小不超过5M', 5 * 1024 * 1024],
    ['图片大小不超过2MB', 2 * 1024 * 1024],
    ['文件不大于500K', 500 * 1024],
    ['Max 1.5 MB', 1.5 * 1024 * 1024],
    ['大小不超过５Ｍ', 5 * 1024 * 1024],
    // The overseas verification form's own hint (tpl/wxverify/overseas_entreg.html): 2 MB there, not 5.
    ['对账单内容要包括电话手机使用人姓名、电话号码、最近三个月的缴费记录。支持.jpg .jpeg .bmp .gif .png格式照片，大小不超过2M。', 2 * 1024 * 1024],
    ['请上传营业执照', undefined],
    ['', undefined],
  ])('%j → %j', (hint, bytes) => {
    expect(sizeLimitFromHint(hint)).toBe(bytes);
  });
});

describe('checklistEntityType', () => {
  it.each([
    ['企业', 'company'],
    ['个体工商户', 'individual-business'],
    ['政府', 'government'],
    ['媒体', 'media'],
    ['其他组织', 'other'],
    ['company', 'company'],
    ['个人', null],
    ['', null],
  ])('%j → %j', (value, type) => {
    expect(checklistEntityType(value)).toBe(type);
  });
});
