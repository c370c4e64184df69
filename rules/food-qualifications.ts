// What each class of food wording needs: the 服务类目 and the licence, with where that comes from and
// when it was checked. Kept out of the content script (its size budget): the warning's text in
// locales/ names the same category and licence, and test/unit/checks/food.test.ts checks that it does.
import type { FoodClass } from './food-words';

export interface FoodQualification {
  /** The 服务类目 a store selling this needs, as the console names it. */
  category: string;
  /** What must be uploaded with it, as the documents are named in Chinese. */
  licence: string;
  /** Where this comes from, and how sure it is. */
  source: string;
  /** When the source was last read (YYYY-MM-DD). */
  checked: string;
  /** Names the warning must show in every language, as the console and the documents write them. */
  mentions: string[];
}

/**
 * The qualification each class of wording needs, with its source and the date it was checked. The
 * warning (locales/<language>/checks.json, food.wording:<class>) names the category and licence;
 * a unit test holds the two together. No overseas entity can hold a mainland food licence itself.
 */
export const foodQualifications: Readonly<Record<FoodClass, FoodQualification>> = {
  food: {
    category: '商家自营 > 食品',
    licence: '《食品经营许可证》',
    source: 'docs/console-notes.md §9 (third-party copy of the WeChat category API: 加工、预包装食品、饮料产品：提交《食品经营许可证》)',
    checked: '2026-12-02',
    mentions: ['商家自营 > 食品', '食品经营许可证'],
  },
  health: {
    category: '商家自营 > 保健品',
    licence: '国产保健食品证书 / 进口保健食品证书 / 《食品经营许可证》（含保健食品销售）',
    source: 'docs/console-notes.md §9 (official community Q&A 0002047c81c5604aec882a01e56800)',
    checked: '2026-12-02',
    mentions: ['商家自营 > 保健品', '保健食品证书', '食品经营许可证'],
  },
  infant: {
    category: '商家自营 > 食品',
    licence: '《食品经营许可证》',
    source: 'shared facts list F09 (milk powder is a known grey area)',
    checked: '2026-12-02',
    mentions: ['食品经营许可证'],
  },
  pet: {
    category: '商家自营 > 宠物/农资',
    licence: '商标注册证, 品牌授权书 (with translation), 承诺函; products on the cross-border import positive list',
    source: 'docs/console-notes.md §9 (Azoya, about 2020, third-party)',
    checked: '2026-12-02',
    // Its documents are described in words (trademark certificate, authorisation letter…).
    mentions: [],
  },
  alcohol: {
    category: '商家自营 > 酒类 (formerly 酒/盐)',
    licence:
      '《食品经营许可证》 covering alcohol (a producer selling its own: 《食品生产许可证》); imported alcohol also 《海关进口货物报关单》 and 《入境货物检验检疫证明》',
    source:
      'Category: official WeChat community notice 商家自营-酒类 (developers.weixin.qq.com/community/develop/doc/000e8aac5040506a8b5b7c81e56c09): ' +
      'online sale or delivery of alcohol needs this category. Documents: third-party guides (xiaokeduo.com 2024; a 2026 Channels-shop guide), not an official list',
    checked: '2026-12-02',
    mentions: ['商家自营 > 酒类', '食品经营许可证', '食品生产许可证'],
  },
};
