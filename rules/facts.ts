import { z } from 'zod';

// The project's own list of domain facts. Ids follow the shared facts list (F01…F62, with gaps);
// the wording is ours. Guidance entries, checks and console messages cite these ids so coverage can
// be counted. Where two sources disagree, the text says which figure to plan for.

/** Page ids of the console pages the extension tells apart (console-reference.md §16), in flow order. */
export const consolePageIds = [
  'register.type-select',
  'register.account',
  'register.activate',
  'register.entity',
  'quick.intro',
  'quick.reuse',
  'quick.account',
  'quick.mailbox',
  'verify.agreement',
  'verify.documents',
  'verify.invoice',
  'verify.payment',
  'profile.basic',
  'profile.category',
  'filing.form',
  'filing.sms',
  'pay.merchant',
  'home.guide',
] as const;

export type ConsolePageId = (typeof consolePageIds)[number];

/** Every fact id of the shared list; the numbering has gaps on purpose (retired facts keep their ids unused). */
export const factIds = [
  'F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09',
  'F12', 'F13', 'F14', 'F16', 'F17', 'F18', 'F19', 'F20', 'F21', 'F22', 'F23', 'F24', 'F25',
  'F27', 'F28', 'F29', 'F30', 'F31', 'F34', 'F35', 'F38', 'F39', 'F40', 'F41', 'F42', 'F43', 'F44',
  'F48', 'F49', 'F50', 'F51', 'F52', 'F54', 'F55', 'F56', 'F58', 'F59', 'F60', 'F62',
] as const;

export type FactId = (typeof factIds)[number];

export const consolePageIdSchema = z.enum(consolePageIds);
export const factIdEnumSchema = z.enum(factIds);

export const factSchema = z.object({
  id: factIdEnumSchema,
  /** Plain English, in the project's own words; one or two sentences. */
  text: z.string().trim().min(20).max(600),
  /** Where the fact comes from (guide name, year, or a console-reference section). */
  source: z.string().trim().min(3),
  /** Pages on which the fact matters. */
  pages: z.array(consolePageIdSchema).min(1),
});

export type Fact = z.infer<typeof factSchema>;

const AZOYA_FAQ = 'Azoya FAQ on trial vs. permanent stores';
const AZOYA_2018 = 'Azoya guide to registering as an overseas entity, 2018';
const WEIXIN_OVERSEAS = 'Weixin official guide for non-Chinese-Mainland entities';
const MAINLAND_2023 = 'mainland registration, verification and ICP filing guide 2023';
const CHECKLIST = 'pre-launch qualification checklist';

export const facts: readonly Fact[] = [
  // Choosing the account
  {
    id: 'F01',
    text: 'A trial shop that an agency opened under its own WeChat account belongs to the agency, not to you. A permanent shop has to be registered with your company\'s own login and approved by WeChat, which takes a few days.',
    source: AZOYA_FAQ,
    pages: ['register.type-select'],
  },
  {
    id: 'F02',
    text: 'Selling online or taking WeChat Pay needs a company, not a private person, as the account holder. Overseas sellers are advised to begin with a Service Account (服务号) owned by their company outside China.',
    source: `${AZOYA_FAQ}; ${AZOYA_2018}`,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F03',
    text: 'The Official Account is the brand\'s channel for followers and published content; the Mini Program is the shop attached to it and can neither collect followers nor send content on its own.',
    source: AZOYA_2018,
    pages: ['register.type-select'],
  },
  {
    id: 'F04',
    text: 'A Mini Program is an account of its own, separate from the Official Account: register it directly, or create it from the Official Account through quick registration, and link the two afterwards.',
    source: `${AZOYA_2018}; console-reference §7`,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F05',
    text: 'Linking is many-to-many within limits: one Official Account can link several Mini Programs, and one Mini Program can be linked from as many as 100 Official Accounts (handy when several influencers send buyers to one shop). An Official Account can hold 10 Mini Programs of its own company and 3 belonging to other companies.',
    source: `${AZOYA_2018}; console-reference §7`,
    pages: ['register.type-select', 'quick.intro'],
  },
  {
    id: 'F06',
    text: 'Apply as the company, or from the company\'s Official Account, and never from someone\'s private WeChat: accounts held by private persons cannot run a shop or collect payments.',
    source: AZOYA_FAQ,
    pages: ['register.type-select', 'register.entity'],
  },
  {
    id: 'F35',
    text: 'Organisations based in more than 200 countries and regions outside mainland China may register, whether companies, sole traders, government bodies, schools or other organisations.',
    source: `${WEIXIN_OVERSEAS}; console-reference §5.2`,
    pages: ['register.type-select', 'register.entity'],
  },
  {
    id: 'F12',
    text: 'Your company has to be lawfully registered and trading in a country or region that the console offers in its 注册国家/地区 (country/region) list.',
    source: `${AZOYA_2018}; console-reference §5.2`,
    pages: ['register.entity'],
  },

  // Account info
  {
    id: 'F27',
    text: 'The login email of the Mini Program has to be unused: not already on the Official Accounts Platform (your own Service or Subscription Account\'s address counts too), nor on the Open Platform, and it may not be tied to anybody\'s personal WeChat.',
    source: `console-reference §3.1; ${AZOYA_2018}`,
    pages: ['register.account', 'quick.account'],
  },
  {
    id: 'F50',
    text: 'Collect these before you begin: an email address never used with WeChat, a photo or scan of the business registration, the ID of the legal representative or administrator, the administrator\'s mobile number, a number for emergencies, and, when WeChat Pay is on the plan, the company\'s bank details.',
    source: `${CHECKLIST}; ${MAINLAND_2023}`,
    pages: ['register.type-select', 'register.account', 'register.entity'],
  },

  // Email activation
  {
    id: 'F62',
    text: 'Look in the spam folder if the activation email seems missing. The link only works for a limited time: one guide gives 48 hours and another 24, so click it within 24 hours to be safe, and use the page\'s resend link if it has lapsed.',
    source: `console-reference §4; ${AZOYA_2018}`,
    pages: ['register.activate', 'quick.mailbox'],
  },

  // Entity and admin info
  {
    id: 'F28',
    text: 'After you submit, the entity details can no longer be edited, and neither can the administrator details, so check every character before confirming.',
    source: `${AZOYA_2018}; console-reference §5.5`,
    pages: ['register.entity'],
  },
  {
    id: 'F17',
    text: 'Copy the company name and registration number character for character from the registration certificate, keeping its capitals and punctuation; the expiry date and place of registration you give must also agree with it.',
    source: AZOYA_2018,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F18',
    text: 'If the certificate prints the Chinese name in traditional characters, type it in traditional characters too; do not convert it to simplified ones.',
    source: AZOYA_2018,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F19',
    text: 'For a name given in two languages on the certificate, type both parts in the certificate\'s order, e.g. 正雅國際(香港)有限公司 AZOYA INTERNATIONAL (HONG KONG) LIMITED.',
    source: AZOYA_2018,
    pages: ['register.entity', 'verify.documents'],
  },
  {
    id: 'F13',
    text: 'Selecting the personal (个人) entity type rules out selling and WeChat Pay, and a shop under such an account is refused at release review; it also requires a mainland Chinese ID card.',
    source: `${AZOYA_2018}; console-reference §9.1`,
    pages: ['register.entity', 'register.type-select'],
  },
  {
    id: 'F38',
    text: 'Once the entity is entered, the administrator adds their name, ID or passport number and mobile number and confirms by scanning a QR code with their own WeChat, after which the account is issued its AppID.',
    source: WEIXIN_OVERSEAS,
    pages: ['register.entity', 'quick.reuse'],
  },
  {
    id: 'F39',
    text: 'Anything done from the administrator\'s WeChat counts as done by the account, so the administrator must be a genuine person at the company, never someone lending their identity.',
    source: WEIXIN_OVERSEAS,
    pages: ['register.entity', 'quick.reuse'],
  },
  {
    id: 'F51',
    text: 'A mainland entity chooses how to prove it exists: a small payment from its corporate bank account, or paid WeChat verification at RMB 300.',
    source: `${MAINLAND_2023}; console-reference §5.3`,
    pages: ['register.entity'],
  },
  {
    id: 'F52',
    text: 'An ID card number, and likewise a mobile number, can only be used for a capped number of Mini Programs; the console\'s hints put the cap at 5 (50 when the legal representative verifies).',
    source: 'console-reference §5.3, §5.4',
    pages: ['register.entity'],
  },

  // Verification
  {
    id: 'F40',
    text: 'An overseas entity has 45 days after registering to complete WeChat verification, and the Mini Program cannot be published while it is unverified.',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.agreement', 'verify.documents', 'verify.payment', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F14',
    text: 'When the same overseas company already owns a verified Official Account, it can quick-register a Mini Program that arrives verified, with no documents and no fee, up to 5 per Official Account per month. In the Official Account console open Mini Program Management → Add → Quick Registration and Verification, then pick what to reuse (entity, operator, verification).',
    source: `${WEIXIN_OVERSEAS}; console-reference §7`,
    pages: ['quick.intro', 'quick.reuse', 'quick.account'],
  },
  {
    id: 'F16',
    text: 'Upload the business registration document itself, as a sealed or stamped copy; a business certificate or a registry extract will not do instead.',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F20',
    text: 'Scanned documents have to be image files (.jpg, .jpeg, .png, and also .bmp or .gif); PDF files are refused.',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F41',
    text: 'No uploaded file may exceed 5 MB. The entity document depends on what kind of organisation you are: a company registration certificate or business licence, a registration of an individual business, or the founding papers of a government body, school or other organisation.',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.documents'],
  },
  {
    id: 'F21',
    text: 'For the contact person\'s identity, upload front and back of the Chinese ID card, or, for anyone else, a colour scan of the passport cover and of the page with the photo.',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F22',
    text: 'The verification contact need not own shares in the company: an employee or an agency partner may take the role, and doing so does not make them the administrator.',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F23',
    text: 'Supply three recent months of the contact\'s mobile bills on which the holder, the number and the payments are visible, merged into one image from screenshots or paper copies; if the latest bill is not out yet, take the three months before it. The company\'s stamped office phone bill, bank statements or proof of employment are accepted instead.',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F24',
    text: 'The application letter must carry the company name exactly as registered (same capitals, order, Chinese and English parts), the account ID beginning with gh_, a signature that can be read, and a physical company seal; electronic seals are rejected.',
    source: AZOYA_2018,
    pages: ['verify.documents'],
  },
  {
    id: 'F42',
    text: 'You need a verification application form made from the console\'s template; a repeat verification where the entity name is unchanged can do without it.',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.documents'],
  },
  {
    id: 'F43',
    text: 'You also need an operation authorisation letter made from the console\'s template.',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.documents'],
  },
  {
    id: 'F44',
    text: 'If the chosen name is based on a brand you registered as a trademark, prove it with the mark\'s registration certificate; when the mark belongs to someone else, attach their authorisations instead, 5 at most.',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.documents'],
  },
  {
    id: 'F25',
    text: 'Older guides put the overseas verification fee at USD 99, paid from the company\'s US-dollar account named in the form; mainland verification costs RMB 300 (RMB 30 for individuals). Every attempt is charged and the fee is kept whatever the outcome, so check the amount the payment page shows before paying.',
    source: `${AZOYA_2018}; ${MAINLAND_2023}; console-reference §10`,
    pages: ['verify.payment', 'register.entity'],
  },
  {
    id: 'F29',
    text: 'Superseded route (older guides): pay by bank transfer quoting the gh_ account ID as the payment reference, then email Tencent with the subject "海外认证 - <company> - 打款凭证 - gh_…" plus the login account, bank and receipt; Tencent answered within 3 working days, otherwise you wrote again. Use the in-console route (F48) today.',
    source: AZOYA_2018,
    pages: ['verify.payment'],
  },
  {
    id: 'F48',
    text: 'Current route: the administrator scans in and opens Features → Weixin Verification → Verify, signs the service agreement, enters qualification and contact details with the uploads, fills in invoice details, and pays with Weixin Pay or a Visa or MasterCard card; Mini Programs outside the mainland cannot verify by small transfers.',
    source: WEIXIN_OVERSEAS,
    pages: ['verify.agreement', 'verify.documents', 'verify.invoice', 'verify.payment'],
  },
  {
    id: 'F30',
    text: 'After payment a third-party review agency takes the case; its specialist phones during China office hours (09:00–18:00, GMT+8), and you have 3 opportunities to send further documents.',
    source: `${WEIXIN_OVERSEAS}; ${AZOYA_2018}`,
    pages: ['verify.payment', 'verify.documents'],
  },
  {
    id: 'F31',
    text: 'Plan for 7–15 business days of review counted from complete documents and payment; this is the newer figure, and the 1–3 working days after the phone interview quoted by older guides is no longer what to expect.',
    source: `${WEIXIN_OVERSEAS} (current); ${AZOYA_2018} (older)`,
    pages: ['verify.payment', 'profile.basic'],
  },
  {
    id: 'F49',
    text: 'Follow the review under Settings → Weixin Verification → View, or ask the customer service of the review agency.',
    source: WEIXIN_OVERSEAS,
    pages: ['profile.basic', 'verify.payment'],
  },

  // Filing
  {
    id: 'F34',
    text: 'Mini Programs of entities outside mainland China are exempt from ICP filing and from the annual review.',
    source: `${WEIXIN_OVERSEAS}; console-reference §11`,
    pages: ['filing.form', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F54',
    text: 'Since 1 September 2023 a mainland Mini Program has to be ICP-filed before it is published (programs already online had until 31 March 2024), and verification must be finished before filing.',
    source: MAINLAND_2023,
    pages: ['filing.form', 'home.guide', 'profile.basic'],
  },
  {
    id: 'F55',
    text: 'Filing runs in stages: you fill in the form; the platform reviews it in 1–2 working days; MIIT sends an SMS from 12381 that the legal representative and the administrator must each confirm on beian.miit.gov.cn within 24 hours or the application is rejected; the provincial telecom bureau reviews it in 1–20 working days; finally the filing number appears by itself under the Mini Program\'s "More info".',
    source: MAINLAND_2023,
    pages: ['filing.form', 'filing.sms'],
  },
  {
    id: 'F56',
    text: 'Companies in Guangdong upload documents that are signed and stamped, regulated industries add their pre-approval papers, and filing in a province other than the company\'s own is advised against.',
    source: MAINLAND_2023,
    pages: ['filing.form'],
  },
  {
    id: 'F58',
    text: 'Servers inside mainland China need an ICP-filed domain, which takes around three weeks; machines hosted in Hong Kong, Macau, Taiwan or any other country need no such filing.',
    source: `${MAINLAND_2023}; ${CHECKLIST}`,
    pages: ['filing.form', 'home.guide'],
  },

  // Store setup and payments
  {
    id: 'F09',
    text: 'Overseas entities without food qualifications do not get listings that describe food approved: the 商家自营 → 食品 category asks for a 食品经营许可证, health food needs its own certificates, and infant milk powder sits in a grey zone.',
    source: `${AZOYA_2018}; console-reference §9`,
    pages: ['profile.category'],
  },
  {
    id: 'F07',
    text: 'Cross-border payment binds to the AppID of the Mini Program (it begins with wx), never to the ID of the Official Account; you can read the AppID off the Mini Program\'s management page.',
    source: AZOYA_2018,
    pages: ['pay.merchant', 'profile.basic'],
  },
  {
    id: 'F08',
    text: 'Once payment is bound, place a test order for an item priced at a token RMB 0.01.',
    source: AZOYA_2018,
    pages: ['pay.merchant'],
  },
  {
    id: 'F60',
    text: 'You need a WeChat Pay merchant number only if the Mini Program takes payments; a binding request that nobody confirms within 7 days lapses.',
    source: `${CHECKLIST}; console-reference §12`,
    pages: ['pay.merchant'],
  },
  {
    id: 'F59',
    text: 'Launch checklist: cloud hosting, a domain with its filing (mainland only), a verified Mini Program account, approved service categories and filing, a merchant number, and any qualifications your industry demands.',
    source: CHECKLIST,
    pages: ['home.guide'],
  },
];

const factIndex: ReadonlyMap<string, Fact> = new Map(facts.map((fact) => [fact.id, fact]));

/** The fact with this id, or undefined for an unknown id. */
export function factById(id: FactId): Fact;
export function factById(id: string): Fact | undefined;
export function factById(id: string): Fact | undefined {
  return factIndex.get(id);
}
