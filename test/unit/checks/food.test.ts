import { describe, expect, it } from 'vitest';
import { checkFood, findFoodTerms } from '../../../engine/checks/food';
import { normaliseKeywordText } from '../../../engine/checks/keywords';
import en from '../../../locales/en/checks.json';
import zh from '../../../locales/zh_CN/checks.json';
import { foodQualifications } from '../../../rules/food-qualifications';
import { cosmeticWords, foodLookalikes, foodTerms } from '../../../rules/food-words';

type Expected = null | { variant: 'food' | 'health' | 'infant' | 'pet' | 'alcohol'; words: string };

const intro = (value: string) => checkFood({ value, fieldId: 'mp-intro' });

describe('food wording', () => {
  it.each<[string, Expected]>([
    // Chinese, food
    ['进口食品专营店', { variant: 'food', words: '食品' }],
    ['澳洲零食和饮料', { variant: 'food', words: '零食, 饮料' }],
    ['法国红酒直营', { variant: 'alcohol', words: '红酒' }],
    ['云南茶叶礼盒', { variant: 'food', words: '茶叶' }],
    ['精品咖啡豆', { variant: 'food', words: '咖啡' }],
    ['比利时巧克力与糖果', { variant: 'food', words: '巧克力, 糖果' }],
    ['新西兰生鲜水果直送', { variant: 'food', words: '生鲜, 水果' }],
    ['澳洲牛肉和海鲜', { variant: 'food', words: '肉, 海鲜' }],
    ['麦卢卡蜂蜜', { variant: 'food', words: '蜂蜜' }],
    ['红酒杯与葡萄酒', { variant: 'alcohol', words: '葡萄酒' }], // 红酒杯 is a glass, 葡萄酒 is wine
    // Chinese, health, infant, pet
    ['美国保健品旗舰店', { variant: 'health', words: '保健品' }],
    ['进口保健食品', { variant: 'health', words: '保健食品' }],
    ['维生素与鱼油', { variant: 'health', words: '维生素, 鱼油' }],
    ['荷兰婴儿配方奶粉', { variant: 'infant', words: '婴儿配方, 奶粉' }],
    ['营养品和零食', { variant: 'health', words: '营养品, 零食' }],
    ['天然猫粮狗粮', { variant: 'pet', words: '猫粮, 狗粮' }],
    ['宠物食品', { variant: 'pet', words: '宠物食品' }],
    // Chinese look-alikes
    ['食品级硅胶餐垫', null],
    ['食品级塑料收纳盒', null],
    ['食品包装机械', null],
    ['五星酒店预订', null],
    ['酒精湿巾', null],
    ['咖啡色真皮沙发', null],
    ['实木咖啡桌', null],
    ['糖果色连衣裙', null],
    ['肉色丝袜', null],
    ['肌肉训练器材', null],
    ['多肉植物盆栽', null],
    ['水果刀套装', null],
    ['二手面包车', null],
    ['苹果手机配件', null], // 苹果 is the brand far more often than the fruit
    ['中式茶几', null],
    // English, food
    ['Premium milk powder from New Zealand', { variant: 'infant', words: 'milk powder' }],
    ['Infant formula and baby food', { variant: 'infant', words: 'infant formula, baby food' }],
    ['Healthy snacks for kids', { variant: 'food', words: 'snack' }],
    ['Vitamins and supplements', { variant: 'health', words: 'vitamin, supplement' }],
    ['French wine and craft beer', { variant: 'alcohol', words: 'wine, beer' }],
    ['Fine spirits & liquor', { variant: 'alcohol', words: 'spirits, liquor' }],
    ['Cold drinks and beverages', { variant: 'food', words: 'drink, beverage' }],
    ['Specialty coffee roasters', { variant: 'food', words: 'coffee' }],
    ['Loose-leaf TEA from Ceylon', { variant: 'food', words: 'tea' }],
    ['Swiss chocolates and candy', { variant: 'food', words: 'chocolate, candy' }],
    ['Online groceries', { variant: 'food', words: 'groceries' }],
    ['Fresh fruit delivered daily', { variant: 'food', words: 'fresh fruit' }],
    ['Wild seafood', { variant: 'food', words: 'seafood' }],
    ['Swedish meatballs', { variant: 'food', words: 'meat' }], // meat inside a longer word is still food
    ['Organic health food store', { variant: 'health', words: 'health food' }],
    ['Grain-free pet food', { variant: 'pet', words: 'pet food' }],
    ['Ｆｏｏｄ market', { variant: 'food', words: 'food' }], // full-width letters
    ['Manuka honey', { variant: 'food', words: 'honey' }],
    // English look-alikes
    ['Food-grade silicone kitchenware', null],
    ['Food grade packaging boxes', null],
    ['Food-safe plastic containers', null],
    ['Crystal wine glasses', null],
    ['Cotton tea towels', null],
    ['Oak coffee table', null],
    ['Candy-coloured sneakers', null],
    ['Candy colored nail polish', null],
    ['Tea tree oil shampoo', null],
    ['Shea butter body lotion', null],
    ['Cleansing milk for sensitive skin', null],
    ['Team building workshops', null], // "tea" inside "team" is not tea
    ['Steam cleaners', null],
    ['Apple accessories', null],
    ['Teapots and teacups', null],
    ['Wineries tours', null],
    ['Chocolate brown leather bags', null],
    ['Beauty, fashion and toys', null],
    ['Sneakers store', null],
  ])('%j → %j', (value, expected) => {
    const findings = intro(value);
    if (expected === null) {
      expect(findings).toEqual([]);
    } else {
      expect(findings).toEqual([{ code: 'food.wording', severity: 'warn', variant: expected.variant, params: { words: expected.words }, facts: ['F09'] }]);
    }
  });

  it('serves the name and the category too', () => {
    expect(checkFood({ value: '波尔多葡萄酒', fieldId: 'mp-name' })[0]?.variant).toBe('alcohol');
    expect(checkFood({ value: 'Azoya 零食', fieldId: 'mp-name' })).toHaveLength(1);
    expect(checkFood({ value: '食品', fieldId: 'category' })).toHaveLength(1);
  });

  it('leaves 商家自营 food and health categories to the category check', () => {
    expect(checkFood({ value: '商家自营 > 食品', fieldId: 'category' })).toEqual([]);
    expect(checkFood({ value: '商家自营-保健品', fieldId: 'category' })).toEqual([]);
    expect(checkFood({ value: '商家自营 > 食品', fieldId: 'mp-intro' })).toHaveLength(1);
  });

  it('names each word once and at most eight', () => {
    expect(findFoodTerms('食品 食品 food food').map((term) => term.term)).toEqual(['食品', 'food']);
    const many = '食品 零食 饮料 茶叶 咖啡 糖果 巧克力 生鲜 水果 海鲜';
    expect(String(intro(many)[0]?.params?.words).split(', ')).toHaveLength(8);
  });

  it('says nothing for empty text', () => {
    expect(intro('')).toEqual([]);
    expect(intro('   ')).toEqual([]);
  });
});

describe('alcohol wording (issue 12: wine named in Chinese got no warning)', () => {
  it.each<[string, string]>([
    ['波尔多葡萄酒专卖', '葡萄酒'],
    ['法国红酒', '红酒'],
    ['红酒店', '红酒'], // a wine shop, although 酒店 alone is a hotel
    ['葡萄酒店', '葡萄酒'],
    ['贵州白酒直营', '白酒'],
    ['德国啤酒', '啤酒'],
    ['进口洋酒', '洋酒'],
    ['烈酒与鸡尾酒', '酒'],
    ['绍兴黄酒', '酒'],
    ['日本清酒', '酒'],
    ['苏格兰威士忌', '威士忌'],
    ['俄罗斯伏特加', '伏特加'],
    ['法國紅酒專賣', '紅酒'], // traditional characters
    ['精酿啤酒吧', '精酿, 啤酒'],
    ['酒水饮料批发', '酒, 饮料'],
    ['Scotch whisky and gin', 'whisky, gin'],
    ['Premium vodka', 'vodka'],
    ['Cognac & brandy', 'cognac, brandy'],
    ['Champagne house', 'champagne'],
    ['Korean soju', 'soju'],
    ['Craft beers', 'beer'],
  ])('%j warns about alcohol (%s)', (value, words) => {
    expect(intro(value)).toEqual([{ code: 'food.wording', severity: 'warn', variant: 'alcohol', params: { words }, facts: ['F09'] }]);
  });

  it.each([
    '红酒杯',
    '葡萄酒杯套装',
    '啤酒肚减肥',
    '香槟色礼服',
    '酒店预订',
    '酒精消毒',
    'Champagne-coloured dress',
    'Beer belly workouts',
    'Gingerbread house kits',
  ])('%j is not alcohol', (value) => {
    expect(intro(value)).toEqual([]);
  });
});

describe('cosmetics and body care that name food ingredients', () => {
  it.each([
    '维生素C精华液',
    '蜂蜜面膜',
    '牛奶洁面乳',
    '燕窝护肤套装',
    '红酒面膜',
    '咖啡身体磨砂膏',
    '酸奶身体乳',
    '蜂蜜洗发水',
    '绿茶爽肤水',
    '維生素精華',
    'Vitamin C serum',
    'Honey face mask',
    'Manuka honey cleanser',
    'Honey-milk body lotion',
    'Cleanser with vitamin E',
    'Coffee body scrub',
    'Chocolate lip balm',
    'Probiotic skincare',
    'Vitamin-rich moisturiser',
    'Beer shampoo',
  ])('%j is a cosmetic: no food warning', (value) => {
    expect(intro(value)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['进口红酒和护肤品', 'alcohol', '红酒'],
    ['面膜，零食', 'food', '零食'],
    ['French wine and skin care', 'alcohol', 'wine'],
    ['Milk and honey body lotion', 'food', 'milk'], // "and" ends a clause: we cannot tell this from "wine and skin care"
    ['进口红酒', 'alcohol', '红酒'], // 口红 (lipstick) inside 进口红酒 is not a cosmetic
    ['Serums; vitamins and supplements', 'health', 'vitamin, supplement'],
    ['Chocolate ice cream', 'food', 'chocolate'], // ice cream is food, not a face cream
  ])('%j: food sold beside cosmetics still warns', (value, variant, words) => {
    expect(intro(value)).toMatchObject([{ variant, params: { words } }]);
  });

  it('cosmetic words are written in normalised form', () => {
    for (const word of [...cosmeticWords.zh, ...cosmeticWords.en]) expect(normaliseKeywordText(word), word).toBe(word);
  });
});

describe('food qualifications', () => {
  it('each warning names its category and licence as the data states them, in both languages', () => {
    for (const [locale, text] of Object.entries({ en, zh_CN: zh } as Record<string, Record<string, string>>)) {
      for (const [cls, entry] of Object.entries(foodQualifications)) {
        const message = text[`food.wording:${cls}`];
        expect(message, `${locale} ${cls}`).toBeTruthy();
        for (const name of entry.mentions) expect(message, `${locale} ${cls}`).toContain(name);
      }
    }
    expect(foodQualifications.alcohol.mentions).toEqual(expect.arrayContaining(['商家自营 > 酒类', '食品经营许可证']));
  });

  it('every class names a category and licence, with a source and the date it was checked', () => {
    for (const [cls, entry] of Object.entries(foodQualifications)) {
      expect(entry.category.trim(), cls).not.toBe('');
      expect(entry.licence.trim(), cls).not.toBe('');
      expect(entry.source.length, cls).toBeGreaterThan(10);
      expect(entry.checked, cls).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.checked)), cls).toBe(false);
    }
  });
});

describe('food word lists', () => {
  it('are written in normalised form, so every entry can match', () => {
    for (const { term } of foodTerms) expect(normaliseKeywordText(term), term).toBe(term);
    for (const phrase of foodLookalikes) expect(normaliseKeywordText(phrase), phrase).toBe(phrase);
  });

  it('have no duplicates', () => {
    const terms = foodTerms.map((entry) => entry.term);
    expect(new Set(terms).size).toBe(terms.length);
    expect(new Set(foodLookalikes).size).toBe(foodLookalikes.length);
  });

  it('every look-alike contains a food term (or it would never matter)', () => {
    for (const phrase of foodLookalikes) {
      expect(
        foodTerms.some(({ term }) => phrase.includes(term)),
        phrase,
      ).toBe(true);
    }
  });
});
