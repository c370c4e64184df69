// A fictional agency's book of clients, on all three paths and at different stages, with dates
// relative to `now`: for the overview's browser tests, the headless demo's screenshot and the
// benchmark (which repeats it up to 500 clients). Shaped as stored (storage/profiles.ts,
// storage/progress.ts). Every name, email and number here is made up.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const OVERSEAS = [
  'account',
  'email-activation',
  'entity-admin',
  'appid',
  'verify-documents',
  'fee',
  'review-agency',
  'verified',
  'store-info',
  'pay-request',
  'pay-confirm',
  'test-payment',
];
const QUICK = ['quick-start', 'quick-reuse', 'quick-account', 'quick-activation', 'appid', 'store-info', 'pay-request', 'pay-confirm', 'test-payment'];
const MAINLAND = [
  'account',
  'email-activation',
  'entity-admin',
  'appid',
  'verify-documents',
  'fee',
  'review-agency',
  'verified',
  'store-info',
  'filing-form',
  'filing-platform-review',
  'filing-sms',
  'filing-bureau',
  'pay-request',
  'pay-confirm',
  'test-payment',
];

/**
 * The clients. `done` lists [step, hours ago]; the steps of a path up to a stage share a date unless
 * given their own. `expect` is what the overview must show (used by the browser tests).
 */
export const sampleClients = [
  {
    id: 'jade-ridge',
    label: 'Jade Ridge HK',
    company: '翠嶺貿易(香港)有限公司 JADE RIDGE TRADING (HONG KONG) LIMITED',
    country: 'HK',
    path: 'overseas',
    done: [
      ['account', 50 * 24],
      ['email-activation', 50 * 24],
      ['entity-admin', 47 * 24],
      ['appid', 47 * 24],
    ],
    documents: ['entity-certificate'],
    expect: { urgency: 'overdue', step: 'verify-documents', deadline: 'verification-45-days', missing: 4 },
  },
  {
    id: 'northwind',
    label: 'Northwind US',
    company: 'NORTHWIND TRADERS, INC.',
    country: 'US',
    path: 'overseas',
    done: [
      ['account', 44 * 24],
      ['email-activation', 44 * 24],
      ['entity-admin', 43 * 24],
      ['appid', 43 * 24],
      ['verify-documents', 20 * 24],
      ['fee', 5 * 24],
    ],
    expect: { urgency: 'soon', step: 'review-agency', deadline: 'verification-45-days', missing: 0 },
  },
  {
    id: 'maple-leaf',
    label: 'Maple Leaf CA',
    company: 'MAPLE LEAF FOODS LTD.',
    country: 'CA',
    path: 'overseas',
    done: [
      ['account', 11 * 24],
      ['email-activation', 11 * 24],
      ['entity-admin', 10 * 24],
    ],
    documents: ['entity-certificate', 'application-letter'],
    expect: { urgency: 'later', step: 'appid', deadline: 'verification-45-days', missing: 3 },
  },
  {
    id: 'kiwi-fresh',
    label: 'Kiwi Fresh NZ',
    company: 'KIWI FRESH LIMITED',
    country: 'NZ',
    path: 'overseas',
    done: [['account', 2]],
    expect: { urgency: 'soon', step: 'email-activation', deadline: 'activation-link', missing: 5 },
  },
  {
    id: 'harbour-tea',
    label: 'Harbour Tea',
    company: '海港茶業有限公司 HARBOUR TEA COMPANY LIMITED',
    country: 'HK',
    path: 'quick',
    verifiedOfficialAccount: true,
    done: [
      ['quick-start', 31],
      ['quick-reuse', 31],
      ['quick-account', 30],
    ],
    expect: { urgency: 'overdue', step: 'quick-activation', deadline: 'quick-activation-link', missing: null },
  },
  {
    id: 'sakura-foods',
    label: 'Sakura Foods JP',
    company: 'SAKURA FOODS CO., LTD.',
    country: 'JP',
    path: 'quick',
    verifiedOfficialAccount: true,
    done: [
      ['quick-start', 30 * 24],
      ['quick-reuse', 30 * 24],
      ['quick-account', 30 * 24],
      ['quick-activation', 29 * 24],
      ['appid', 29 * 24],
      ['store-info', 10 * 24],
      ['pay-request', 2 * 24],
    ],
    expect: { urgency: 'later', step: 'pay-confirm', deadline: 'pay-binding-confirm', missing: null },
  },
  {
    id: 'lion-city',
    label: 'Lion City SG',
    company: 'LION CITY GOODS PTE. LTD.',
    country: 'SG',
    path: 'quick',
    verifiedOfficialAccount: true,
    done: [],
    expect: { urgency: 'none', step: 'quick-start', deadline: null, missing: null },
  },
  {
    id: 'cuiling-sz',
    label: '翠岭贸易 Shenzhen',
    company: '深圳市翠岭贸易有限公司',
    country: 'CN',
    path: 'mainland',
    done: [...MAINLAND.slice(0, 10).map((s) => [s, 20 * 24]), ['filing-platform-review', 5]],
    expect: { urgency: 'soon', step: 'filing-sms', deadline: 'filing-sms', missing: 0 },
  },
  {
    id: 'changjiang',
    label: '长江食品 Wuhan',
    company: '武汉长江食品有限公司',
    country: 'CN',
    path: 'mainland',
    done: [...MAINLAND.slice(0, 5).map((s) => [s, 6 * 24]), ['fee', 3 * 24]],
    expect: { urgency: 'later', step: 'review-agency', deadline: 'verification-review', missing: 0 },
  },
  {
    id: 'pearl-river',
    label: 'Pearl River GZ',
    company: '广州珠江电子商务有限公司',
    country: 'CN',
    path: 'mainland',
    // Every step done: only the annual renewal (年审, a year after approval) is ahead.
    done: MAINLAND.map((s) => [s, 60 * 24]),
    expect: { urgency: 'later', step: null, deadline: 'annual-review', missing: 0 },
  },
];

/** Paths' required steps, for generated clients. */
export const pathSteps = { overseas: OVERSEAS, quick: QUICK, mainland: MAINLAND };

function profileOf(client, id, label, created) {
  return {
    id,
    label,
    companyName: client.company,
    registrationNumber: client.country === 'CN' ? '' : '12345678',
    countryRegion: client.country,
    entityType: 'company',
    hasVerifiedOfficialAccount: client.verifiedOfficialAccount === true,
    // Present so the tests can check that exports leave them out.
    officialAccountEmail: `brand@${id}.example`,
    emails: [{ address: `mp@${id}.example`, status: 'used', at: created }],
    appId: '',
    originalId: '',
    notes: `Private note about ${label}`,
    createdAt: created,
    updatedAt: created,
  };
}

/**
 * @typedef {{ id: string, label: string, companyName: string, registrationNumber: string, countryRegion: string, entityType: 'company',
 *   hasVerifiedOfficialAccount: boolean, officialAccountEmail: string, emails: { address: string, status: 'used', at: string }[],
 *   appId: string, originalId: string, notes: string, createdAt: string, updatedAt: string }} SampleProfile
 * @typedef {{ profileId: string, path: 'overseas' | 'quick' | 'mainland', steps: Record<string, { at: string }>, documents: string[] }} SampleProgress
 * @typedef {{ profiles: { profiles: SampleProfile[], activeId: string | null }, progress: { clients: SampleProgress[] } }} SampleBook
 */

/**
 * The stored values: { profiles: ProfilesState, progress: ProgressState }.
 * @param {number} now
 * @param {{ total?: number, activeId?: string | null }} [options] total > 10 repeats the clients with numbered labels
 *   and shifted dates (the benchmark's 500).
 * @returns {SampleBook}
 */
export function sampleBook(now, options = {}) {
  const total = options.total ?? sampleClients.length;
  const profiles = [];
  const clients = [];
  for (let i = 0; i < total; i++) {
    const base = sampleClients[i % sampleClients.length];
    const round = Math.floor(i / sampleClients.length);
    const id = round === 0 ? base.id : `${base.id}-${round}`;
    const label = round === 0 ? base.label : `${base.label} ${round + 1}`;
    // Later copies move by whole hours, so their deadlines spread out but keep their kind.
    const shift = round * 3;
    const created = new Date(now - 90 * DAY).toISOString();
    profiles.push(profileOf(base, id, label, created));
    const steps = {};
    for (const [step, hoursAgo] of base.done) steps[step] = { at: new Date(now - (hoursAgo + (hoursAgo > 24 ? shift : 0)) * HOUR).toISOString() };
    clients.push({ profileId: id, path: base.path, steps, documents: base.documents ?? [] });
  }
  return { profiles: { profiles, activeId: options.activeId === undefined ? (profiles[0]?.id ?? null) : options.activeId }, progress: { clients } };
}

/**
 * Writes the book into the extension's storage from its service worker.
 * @param {import('@playwright/test').Worker} worker
 * @param {SampleBook} book
 */
export async function seedBook(worker, book) {
  await worker.evaluate(
    // eslint-disable-next-line no-undef
    (values) => chrome.storage.local.set(values),
    { profiles: book.profiles, profiles$: { v: 1 }, progress: book.progress, progress$: { v: 1 } },
  );
}
