// Words that describe food, in Chinese and English, and the look-alike phrases in which they do not.
// F09: a Mini Program whose name, description or category describes food is refused for overseas
// entities without food qualifications (商家自营 > 食品 needs a 食品经营许可证; health food needs its
// certificates; milk powder is a known grey area). Sources: docs/console-notes.md §9 and the shared
// facts list; the lists are ours.
//
// How matching works (engine/checks/food.ts): the text is NFKC-normalised and lower-cased, and
// hyphens, underscores and slashes become spaces ("food-grade" → "food grade").
// - Chinese terms match anywhere (Chinese has no spaces between words).
// - English terms match at the start of a word. `word` terms must also end there (a plural s/es is
//   allowed): "tea" matches "tea" and "teas" but not "team" or "steam". `prefix` terms may run on:
//   "meat" matches "meatball" and "meats", because the longer word is still food.
// - A term inside a look-alike phrase does not count: 食品级硅胶 (food-grade silicone), "wine glass",
//   "tea towel", "coffee table", "candy-coloured". English look-alikes match at a word start with
//   any ending, so "wine glass" also covers "wine glasses" and "candy colour" covers "candy coloured".
// - Where terms overlap, the longest wins ("pet food" over "food", 宠物食品 over 食品), and its class
//   decides the qualification named.
// - Alcohol (class 'alcohol') names its own category and licence (rules/food-qualifications.ts). The
//   bare 酒 is a term (烈酒, 酒水), with some drinks named so that 红酒店 (a wine shop) is wine even
//   though 酒店 (a hotel) is a look-alike.
// - Cosmetics and body care that name an ingredient are not food: a term in the same clause as a
//   cosmetic product word (cosmeticWords: 精华, 面膜, serum, cleanser…) does not count, so
//   维生素C精华液 and "honey face mask" say nothing while "French wine and skin care" still warns.
//   Clauses end at punctuation and at 和/与/及/and/plus/&, so "milk and honey lotion" still warns
//   about milk: the words alone cannot tell it from "wine and skin care", and a missed warning
//   costs more than a needless one. A cosmetic word overlapping a food word does not count
//   (进口红酒 holds 口红, lipstick).
// Deliberately absent, to keep false positives low: single fruits and brands that share their name
// ("apple"/苹果 is far more often the brand), "oil", "nuts", "cookie", "fish", "alcohol" (cosmetics
// and hardware use them), single-character 茶 (茶几 is a coffee table) and 保健 alone (保健按摩 is a
// massage).

export type FoodClass = 'food' | 'health' | 'infant' | 'pet' | 'alcohol';

export interface FoodTerm {
  term: string; // lower case; Chinese as written
  class: FoodClass;
  /** English only: may the word run on ("meat" → "meatball")? Default: the word ends there (plural aside). */
  prefix?: boolean;
}

const food = (...terms: string[]): FoodTerm[] => terms.map((term) => ({ term, class: 'food' }));
const foodPrefix = (...terms: string[]): FoodTerm[] => terms.map((term) => ({ term, class: 'food', prefix: true }));
const of = (cls: FoodClass, ...terms: string[]): FoodTerm[] => terms.map((term) => ({ term, class: cls }));

export const foodTerms: readonly FoodTerm[] = [
  // Chinese
  ...food('食品', '零食', '饮料', '饮品', '茶叶', '奶茶', '茶饮', '咖啡', '糖果', '巧克力', '生鲜', '水果', '果蔬', '肉', '海鲜', '水产'),
  ...food('蜂蜜', '燕窝', '坚果', '牛奶', '酸奶', '奶酪', '乳制品', '果汁', '矿泉水', '面包', '蛋糕', '糕点', '饼干', '烘焙', '调味品', '粮油'),
  ...food('食用油', '大米', '方便面', '速食', '月饼', '食材', '美食', '土特产'),
  ...of('health', '保健品', '保健食品', '营养品', '营养补充剂', '膳食补充剂', '维生素', '鱼油', '益生菌', '蛋白粉'),
  ...of('infant', '奶粉', '婴儿配方', '婴幼儿配方', '辅食', '婴儿食品'),
  ...of('pet', '宠物食品', '宠物零食', '猫粮', '狗粮'),
  // Alcohol. The bare 酒 covers 烈酒, 黄酒, 清酒, 鸡尾酒…; named here are the drinks a look-alike would
  // otherwise hide (红酒店 is a wine shop, 酒店 a hotel) and those without 酒 in their name.
  ...of(
    'alcohol',
    '酒',
    '葡萄酒',
    '红酒',
    '紅酒',
    '白酒',
    '啤酒',
    '洋酒',
    '威士忌',
    '伏特加',
    '白兰地',
    '白蘭地',
    '龙舌兰',
    '香槟',
    '香檳',
    '干红',
    '干白',
    '精酿',
  ),
  // English
  ...food('food', 'foodstuff', 'beverage', 'drink', 'coffee', 'tea'),
  ...of('alcohol', 'wine', 'beer', 'spirits', 'liquor', 'whisky', 'whiskey', 'vodka', 'gin', 'rum', 'brandy', 'cognac', 'tequila', 'champagne'),
  ...of('alcohol', 'baijiu', 'soju', 'cider', 'lager', 'alcoholic beverage', 'alcoholic drink'),
  ...food('candy', 'candies', 'confectionery', 'sweets', 'grocery', 'groceries', 'fresh fruit', 'dried fruit', 'fresh produce', 'seafood', 'beef', 'pork'),
  ...food('bakery', 'cake', 'cupcake', 'pastry', 'pastries', 'bread', 'biscuit', 'honey', 'juice', 'dairy', 'cheese', 'yogurt', 'yoghurt', 'milk', 'butter'),
  ...food('olive oil', 'cooking oil', 'cereal', 'pasta', 'sauce', 'spice', 'condiment', "bird's nest", 'birds nest', 'edible'),
  ...foodPrefix('snack', 'meat', 'chocolate', 'sausage', 'noodle'),
  ...of('health', 'supplement', 'vitamin', 'health food', 'fish oil', 'protein powder', 'probiotic'),
  ...of('infant', 'milk powder', 'infant formula', 'baby formula', 'formula milk', 'baby food', 'toddler milk'),
  ...of('pet', 'pet food', 'cat food', 'dog food', 'pet treats'),
];

/** Phrases in which a food term is not food (see the header). */
export const foodLookalikes: readonly string[] = [
  // Chinese
  '食品级',
  '食品接触',
  '食品包装',
  '食品机械',
  '食品加工机械',
  '食品加工设备',
  '食品用',
  '酒店',
  '酒精',
  '酒杯',
  '酒柜',
  '酒架',
  '酒红',
  '酒窝',
  '酒具',
  '红酒杯',
  '紅酒杯',
  '葡萄酒杯',
  '啤酒杯',
  '香槟杯',
  '红酒柜',
  '红酒架',
  '红酒开瓶器',
  '葡萄酒开瓶器',
  '啤酒肚',
  '香槟色',
  '香槟金',
  '咖啡色',
  '咖啡桌',
  '咖啡机',
  '咖啡杯',
  '咖啡壶',
  '奶茶色',
  '茶叶罐',
  '糖果色',
  '巧克力色',
  '蜂蜜色',
  '肉色',
  '肉粉色',
  '肌肉',
  '多肉',
  '肉眼',
  '肉毒',
  '水果刀',
  '水果盘',
  '饮料杯',
  '饮料机',
  '果汁机',
  '面包机',
  '面包车',
  '烘焙工具',
  '烘焙模具',
  '蛋糕模',
  '牛奶丝',
  '牛奶沐浴',
  '牛奶身体乳',
  // English
  'food grade',
  'food safe',
  'food contact',
  'food packaging',
  'food container',
  'food storage',
  'food processor',
  'wine glass',
  'wine rack',
  'wine opener',
  'wine cabinet',
  'wine fridge',
  'wine stopper',
  'wine red',
  'wine colour',
  'wine color',
  'beer glass',
  'beer mug',
  'beer belly',
  'champagne colour',
  'champagne color',
  'champagne gold',
  'champagne glass',
  'tea towel',
  'tea light',
  'tea tree',
  'tea set',
  'tea pot',
  'tea cup',
  'tea table',
  'tea party',
  'coffee table',
  'coffee machine',
  'coffee maker',
  'coffee grinder',
  'coffee mug',
  'coffee cup',
  'coffee colour',
  'coffee color',
  'coffee scrub',
  'candy colour',
  'candy color',
  'candy stripe',
  'chocolate brown',
  'chocolate colour',
  'chocolate color',
  'honey colour',
  'honey color',
  'honey blonde',
  'milk bath',
  'body milk',
  'cleansing milk',
  'milk cleanser',
  'milk lotion',
  'face milk',
  'body butter',
  'shea butter',
  'cocoa butter',
  'butter knife',
  'drink bottle',
  'drink holder',
  'cake stand',
  'cake mould',
  'cake mold',
  'cake tin',
  'cake pan',
  'bread maker',
  'bread knife',
  'bread bin',
  'sauce pan',
  'meat thermometer',
  'meat grinder',
];

/**
 * Cosmetic and body-care product words: a food term in the same clause is an ingredient, not food
 * sold (vitamin C serum, 蜂蜜面膜, 牛奶身体乳). Bare "cream" is left out (ice cream is food), and so is
 * "essence" (vanilla essence).
 */
export const cosmeticWords: { zh: readonly string[]; en: readonly string[] } = {
  zh: [
    '精华',
    '面膜',
    '洁面',
    '洗面',
    '护肤',
    '身体乳',
    '乳液',
    '面霜',
    '眼霜',
    '护手霜',
    '爽肤水',
    '化妆水',
    '化妆品',
    '美妆',
    '彩妆',
    '卸妆',
    '沐浴',
    '洗发',
    '护发',
    '发膜',
    '唇膏',
    '口红',
    '防晒',
    '润肤',
    '磨砂膏',
    '香皂',
    '手工皂',
    '面部护理',
    '身体护理',
    '精華',
    '護膚',
    '身體乳',
    '化妝品',
    '美妝',
  ],
  en: [
    'serum',
    'lotion',
    'cleanser',
    'mask',
    'moisturiser',
    'moisturizer',
    'face cream',
    'eye cream',
    'hand cream',
    'body cream',
    'night cream',
    'day cream',
    'toner',
    'skincare',
    'skin care',
    'cosmetic',
    'body wash',
    'shower gel',
    'shampoo',
    'conditioner',
    'lip balm',
    'lipstick',
    'sunscreen',
    'makeup',
    'make up',
    'body scrub',
    'face scrub',
    'soap',
    'facial',
    'exfoliat',
    'body care',
    'haircare',
    'hair care',
    'bath bomb',
  ],
};
