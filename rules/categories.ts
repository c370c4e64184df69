// Service categories (服务类目) that matter for overseas and personal entities, as data.
// Sources (docs/console-notes.md §9, §9.1):
// - 商家自营 (id 304) → 食品 (id 321) needs a 食品经营许可证; 商家自营 → 保健品 needs 国产保健食品证书,
//   进口保健食品证书 or 食品经营许可证（含保健食品销售） [3P copy of the category API; OFFICIAL Q&A].
// - Overseas entities have their own list of open categories ("境外主体小程序开放的服务类目",
//   developers.weixin.qq.com/miniprogram/product/material/); the rejection reads
//   小程序实际所提供的服务属于境外主体尚未开放的服务类目 [OFFICIAL]. We could not read that list itself.
//   The entries below marked 'mainland-licence' need a licence that only a mainland entity can hold
//   (medical institution or drug trading licence, financial licences, 互联网新闻信息服务许可证,
//   网络出版服务许可证, 信息网络传播视听节目许可证), so they are errors. Entries marked 'unconfirmed'
//   are our inference, not confirmed by a source: a warning that asks the user to check the list.
// - Personal (个人) entities get no 商家自营 and no 电商 categories [OFFICIAL intro doc] (F13).
// Chinese keywords match anywhere in the chosen category text; English ones (a translated page)
// at a word start, case-insensitively.

export interface CategoryKeywords {
  zh: readonly string[];
  en: readonly string[];
}

export interface RestrictedCategory extends CategoryKeywords {
  id: string; // also the `area` variant of the message, e.g. 'medical'
  confidence: 'mainland-licence' | 'unconfirmed';
}

export const overseasRestrictedCategories: readonly RestrictedCategory[] = [
  {
    id: 'medical',
    confidence: 'mainland-licence',
    zh: ['医疗', '医药', '药品', '药店', '医院', '诊所'],
    en: ['medical', 'medicine', 'pharmac', 'hospital', 'clinic'],
  },
  {
    id: 'finance',
    confidence: 'mainland-licence',
    zh: ['金融', '银行', '证券', '保险', '信贷', '借贷', '理财', '第三方支付'],
    en: ['financ', 'bank', 'securities', 'insurance', 'loan', 'lending', 'wealth management'],
  },
  { id: 'news', confidence: 'mainland-licence', zh: ['新闻'], en: ['news'] },
  { id: 'publishing', confidence: 'mainland-licence', zh: ['出版'], en: ['publishing', 'publication'] },
  { id: 'live-streaming', confidence: 'mainland-licence', zh: ['直播'], en: ['live stream', 'livestream', 'live broadcast'] },
  { id: 'audio-video', confidence: 'unconfirmed', zh: ['视听', '视频'], en: ['video', 'audio visual', 'audiovisual'] },
  { id: 'government', confidence: 'unconfirmed', zh: ['政务'], en: ['government affairs', 'government services', 'public services'] },
  { id: 'lottery', confidence: 'unconfirmed', zh: ['彩票'], en: ['lottery'] },
];

/** 商家自营 (merchant self-operated), the first level whose food and health items need qualifications. */
export const selfOperatedKeywords: CategoryKeywords = { zh: ['商家自营'], en: ['self operated', 'merchant self'] };

/** 电商 / 电商平台, closed to personal entities like 商家自营. */
export const ecommerceKeywords: CategoryKeywords = { zh: ['电商', '电子商务'], en: ['e commerce', 'ecommerce', 'online shop'] };

export type Qualification = 'health' | 'alcohol' | 'food';

/** Second levels under 商家自营 that need a qualification, most specific first. */
export const qualifiedCategories: readonly (CategoryKeywords & { qualification: Qualification })[] = [
  { qualification: 'health', zh: ['保健品', '保健食品'], en: ['health food', 'health product', 'health supplement', 'supplement'] },
  // 商家自营 > 酒类 (formerly 酒/盐): sources in rules/food-words.ts (foodQualifications.alcohol).
  { qualification: 'alcohol', zh: ['酒'], en: ['alcohol', 'wine', 'liquor', 'spirits', 'beer'] },
  { qualification: 'food', zh: ['食品', '生鲜'], en: ['food', 'fresh produce'] },
];
