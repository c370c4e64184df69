// Message coverage for the checks of the pages after registration (store info, categories, IDs, filing) and uploads:
// every key they declare has an English message, a corpus makes every key appear, and every
// emitted finding fills its message's placeholders.
import { describe, expect, it } from 'vitest';
import messages from '../../../locales/en/checks.json';
import { checks, DOCUMENT_CHECKLIST_KEYS, runChecks, UPLOAD_CODES } from '../../../engine/checks/index';
import { formatFinding, messageKey, placeholders } from '../../../engine/checks/format';
import { checkUpload, documentChecklist, replacedUpload } from '../../../engine/checks/upload';
import type { CheckInput, Finding } from '../../../engine/checks/types';
import { documentKinds } from '../../../rules/documents';
import { factIds } from '../../../rules/facts';

const table: Readonly<Record<string, string>> = messages;

const LATER_CHECK_IDS = new Set(['mp-name', 'food', 'category', 'appid', 'filing-contact']);
const LATER_PREFIXES = ['mp-name.', 'food.', 'category.', 'appid.', 'filing.', 'upload.', 'documents.'];

const MP = 'wx1234567890abcdef';
const profile = { officialAccountAppId: 'wxfedcba0987654321', miniProgramAppId: MP };

const corpus: [field: string, input: CheckInput][] = [
  ['mp-name', { value: '正' }],
  ['mp-name', { value: 'Azoya 😀 Shop' }],
  ['mp-name', { value: 'Ａｚｏｙａ Shop' }],
  ['mp-name', { value: 'Azoya Shop!' }],
  ['mp-short-name', { value: '正雅国际商城' }],
  ['mp-short-name', { value: 'A B C D' }],
  ['mp-short-name', { value: '国雅', otherValues: { 'mp-name': '正雅国际' } }],
  ['mp-intro', { value: '进口零食' }],
  ['mp-intro', { value: 'Vitamins and supplements' }],
  ['mp-intro', { value: 'Milk powder' }],
  ['mp-intro', { value: '猫粮' }],
  ['mp-intro', { value: '法国红酒' }],
  ['category', { value: '商家自营 > 食品', profile: { entityType: 'personal' } }],
  ['category', { value: '商家自营 > 保健品' }],
  ['category', { value: '商家自营 > 酒/盐' }],
  ['category', { value: '医疗服务', overseas: true }],
  ['category', { value: '金融业', overseas: true }],
  ['category', { value: '新闻', overseas: true }],
  ['category', { value: '出版', overseas: true }],
  ['category', { value: '直播', overseas: true }],
  ['category', { value: '政务民生', overseas: true }],
  ['appid', { value: 'gh_0123456789ab' }],
  ['appid', { value: 'wx123' }],
  ['appid', { value: ` ${MP}` }],
  ['appid', { value: 'wxfedcba0987654321', profile }],
  ['appid', { value: 'wx00000000000000aa', profile }],
  ['emergency-contact', { value: '123' }],
  ['emergency-contact', { value: '13800138000', otherValues: { 'filing-mobile': '13800138000' } }],
];

const uploads: Parameters<typeof checkUpload>[] = [
  [{ name: 'a.pdf', type: 'application/pdf', size: 10 }, {}],
  [{ name: 'a.heic', type: '', size: 10 }, {}],
  [{ name: 'scan', type: 'image/png', size: 10 }, {}],
  [{ name: 'a.png', type: 'image/webp', size: 10 }, {}],
  [{ name: 'a.png', type: 'image/png', size: 6 * 1024 * 1024 }, {}],
  [{ name: 'a.png', type: 'image/png', size: 0 }, {}],
  ...documentKinds.map((documentKind): Parameters<typeof checkUpload> => [{ name: 'a.png', type: 'image/png', size: 10 }, { documentKind }]),
];

function emitted(): { source: string; finding: Finding }[] {
  return [
    ...corpus.flatMap(([field, input]) => runChecks(field, input).map((finding) => ({ source: field, finding }))),
    ...uploads.flatMap(([file, options]) => checkUpload(file, options).map((finding) => ({ source: file.name, finding }))),
    ...replacedUpload().map((finding) => ({ source: 'an upload block the page rebuilt', finding })),
  ];
}

describe('store, category, ID, filing and upload messages', () => {
  const declared = new Set([...checks.filter((check) => LATER_CHECK_IDS.has(check.id)).flatMap((check) => [...check.codes]), ...UPLOAD_CODES]);

  it('the registry holds the store, category, ID and filing checks', () => {
    for (const id of LATER_CHECK_IDS)
      expect(
        checks.some((check) => check.id === id),
        id,
      ).toBe(true);
  });

  it('every key declared by any check, upload or checklist has an English message', () => {
    for (const key of [...checks.flatMap((check) => [...check.codes]), ...UPLOAD_CODES, ...DOCUMENT_CHECKLIST_KEYS]) {
      expect(table[key], key).toBeTypeOf('string');
    }
  });

  it('no orphan messages under the prefixes of those checks', () => {
    const known = new Set([...declared, ...DOCUMENT_CHECKLIST_KEYS]);
    for (const key of Object.keys(table)) {
      if (LATER_PREFIXES.some((prefix) => key.startsWith(prefix))) expect(known.has(key), key).toBe(true);
    }
  });

  it('the corpus makes every declared key appear', () => {
    const seen = new Set(emitted().map(({ finding }) => messageKey(finding, table)));
    for (const key of declared) expect(seen.has(key), key).toBe(true);
  });

  it('every emitted finding uses a declared key, fills every placeholder and cites known facts', () => {
    const known = new Set<string>(factIds);
    for (const { source, finding } of emitted()) {
      const key = messageKey(finding, table);
      if (!LATER_PREFIXES.some((prefix) => key.startsWith(prefix))) continue; // other checks' own tests cover theirs
      expect(declared.has(key), `${source}: ${key}`).toBe(true);
      for (const name of placeholders(table[key] ?? '')) expect(finding.params, `${key} needs {${name}}`).toHaveProperty(name);
      expect(formatFinding(finding, table)).not.toMatch(/\{\w+\}/);
      for (const fact of finding.facts ?? []) expect(known.has(fact), `${key}: ${fact}`).toBe(true);
    }
  });

  it('checklist labels exist for every entity type', () => {
    for (const type of ['company', 'individual-business', 'government', 'media', 'other']) {
      for (const item of documentChecklist(type)) expect(table[item.key], item.key).toBeTypeOf('string');
    }
  });

  it('formats real findings with their values', () => {
    const [size] = checkUpload({ name: 'a.png', type: 'image/png', size: 6 * 1024 * 1024 });
    expect(formatFinding(size!, table)).toContain('The file is 6 MB; the limit here is 5 MB.');
    const [food] = runChecks('mp-intro', { value: 'Premium milk powder' });
    expect(formatFinding(food!, table)).toContain('“milk powder”');
  });
});
