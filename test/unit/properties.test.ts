// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKED_FIELDS, checks, checkUpload, INTERNAL_ERROR_CODE, type CheckInput, type Finding } from '../../engine/checks';
import { detectPage } from '../../engine/detect';
import { pageRules } from '../../rules';
import { parseDocument } from '../support/dom';

// Property tests: whatever a page, a user or a profile hands them, every check and the detector
// answer without throwing and within a time budget. The budgets are generous: a guard against
// pathological complexity (a regex that backtracks, a quadratic walk), not a benchmark.

const CHECK_BUDGET_MS = 50;
const DETECT_BUDGET_MS = 200;
const SEVERITIES = ['info', 'warn', 'error'];

/** Every label and marker the rules know, in both languages: random pages are built from them. */
const realTexts = [
  ...new Set(
    pageRules.flatMap((rule) => [...rule.fields.flatMap((f) => [...f.labels.zh, ...f.labels.en]), ...rule.detect.markers.flatMap((m) => [...m.zh, ...m.en])]),
  ),
];

/** Text users type, pages show and profiles hold: ASCII, CJK, full-width, brackets, emoji, control characters, long runs. */
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'國际有限公司（）()【】 　·.-@＠ＡＢ１２ａｂ\u200b\u00a0\u202eAz09_+'.split('')), maxLength: 80 }),
  fc.constantFrom(...realTexts),
  fc.tuple(fc.constantFrom('a', '國', '(', ' ', '@', '9', 'A1!', '.'), fc.integer({ min: 1000, max: 20_000 })).map(([s, n]) => s.repeat(n)),
);

const profile = fc.option(
  fc.record(
    {
      companyName: text,
      registrationNumber: text,
      countryRegion: fc.oneof(fc.constantFrom('HK', 'MO', 'TW', 'CN', 'US', 'SG', ''), text),
      entityType: fc.constantFrom('company', 'individual-business', 'personal', 'government', 'media', 'other'),
      officialAccountEmail: text,
      usedEmails: fc.array(text, { maxLength: 20 }),
      adminName: text,
      officialAccountAppId: text,
      miniProgramAppId: text,
    },
    { requiredKeys: [] },
  ),
);

const input: fc.Arbitrary<CheckInput> = fc.record({
  value: text,
  profile,
  countryRegion: fc.option(fc.oneof(fc.constantFrom('HK', 'CN', 'US'), text)),
  overseas: fc.option(fc.boolean()),
  otherValues: fc.dictionary(fc.constantFrom(...CHECKED_FIELDS, 'admin-mobile-country', 'country'), text, { maxKeys: 6 }),
});

function wellFormed(findings: Finding[]): void {
  for (const finding of findings) {
    expect(finding.code).not.toBe(INTERNAL_ERROR_CODE); // runChecks turns a throw into this finding
    expect(SEVERITIES).toContain(finding.severity);
  }
}

/** CPU time of this test process, not wall time: test files running alongside do not count. */
function timed<T>(run: () => T): { result: T; ms: number } {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  return { result, ms: (used.user + used.system) / 1000 };
}

/**
 * The result of the first run and the best time of three: a garbage collection in the middle of
 * one call (fast-check makes many large strings) is noise; a pathological algorithm is slow every time.
 */
function bestOf3<T>(run: () => T): { result: T; ms: number } {
  const first = timed(run);
  return { result: first.result, ms: Math.min(first.ms, timed(run).ms, timed(run).ms) };
}

describe('every check', () => {
  it('lists the fields it serves (the property below covers each)', () => {
    expect(CHECKED_FIELDS.length).toBeGreaterThan(10);
    expect(new Set(checks.flatMap((c) => c.fields))).toEqual(new Set(CHECKED_FIELDS));
  });

  for (const fieldId of CHECKED_FIELDS) {
    it(`never throws and answers within ${CHECK_BUDGET_MS} ms for ${fieldId}`, { timeout: 60_000 }, async () => {
      const { runChecks } = await import('../../engine/checks');
      runChecks(fieldId, { value: 'warm up', profile: { companyName: 'Warm Up Ltd' } });
      fc.assert(
        fc.property(input, (given) => {
          const { result, ms } = bestOf3(() => runChecks(fieldId, given));
          wellFormed(result);
          expect(ms).toBeLessThan(CHECK_BUDGET_MS);
        }),
        { numRuns: 150 },
      );
    });
  }

  it(`checkUpload never throws and answers within ${CHECK_BUDGET_MS} ms`, { timeout: 60_000 }, () => {
    const file = fc.record(
      {
        name: fc.oneof(text, fc.constantFrom('licence.pdf', 'scan.JPG', '营业执照.png', '.pdf', 'a.b.c.exe')),
        type: fc.oneof(text, fc.constantFrom('application/pdf', 'image/jpeg', 'image/png', '')),
        size: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -1, 0, 2 ** 53)),
      },
      { requiredKeys: [] },
    );
    const options = fc.record(
      {
        maxBytes: fc.option(fc.oneof(fc.integer(), fc.double())),
        documentKind: fc.option(fc.oneof(text, fc.constantFrom('business-licence', 'application-letter', 'other'))),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(file, fc.constant(null), fc.anything()), options, (given, opts) => {
        const { result, ms } = bestOf3(() => checkUpload(given as never, opts as never));
        wellFormed(result);
        expect(ms).toBeLessThan(CHECK_BUDGET_MS);
      }),
      { numRuns: 400 },
    );
  });
});

// ---- The detector ----

const TAGS = ['div', 'span', 'p', 'label', 'li', 'td', 'font', 'h2', 'h3', 'form', 'fieldset', 'dl', 'dt', 'dd', 'button', 'a', 'section'];
const CONTROLS = [
  '<input type="text">',
  '<input type="radio" name="r">',
  '<input type="hidden">',
  '<select><option>香港</option></select>',
  '<textarea></textarea>',
  '<div role="combobox"></div>',
  '<input type="file">',
];
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A random page as HTML, from a tree of tags, texts (real labels among them), controls and attributes. */
const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escape),
    fc.constantFrom(...CONTROLS),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.constantFrom(
          '',
          ' hidden',
          ' style="display:none"',
          ' aria-hidden="true"',
          ' for="f1"',
          ' id="f1"',
          ' aria-label="邮箱"',
          ' placeholder="企业名称"',
          ' class="weui-desktop-form__label"',
        ),
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(([tag, attr, children]) => `<${tag}${attr}>${children.join('')}</${tag}>`),
  ),
})).node;

const consoleUrl = fc
  .tuple(
    fc.constantFrom(
      '/wxopen/waregister',
      '/cgi-bin/registermidpage',
      '/cgi-bin/readtemplate',
      '/acct/contractorpage',
      '/wxamp/home/guide',
      '/cgi-bin/fastregister',
      '/',
      '/x',
    ),
    fc.dictionary(fc.constantFrom('action', 't', 'step', 'lang', 'token', 'replica', 'x'), fc.string({ maxLength: 20 }), { maxKeys: 4 }),
  )
  .map(([path, query]) => `https://mp.weixin.qq.com${path}?${new URLSearchParams(query)}`);
const anyUrl = fc.oneof(consoleUrl, fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 40 }));

/** A deterministic pseudo-random generator, so a big page is cheap to build and the same for a seed. */
function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => ((state = Math.imul(state ^ (state >>> 15), 2246822507) ^ Math.imul(state ^ (state >>> 13), 3266489909)) >>> 0) / 2 ** 32;
}

/**
 * About `count` elements: nested rows, controls, noise text and labels, one in fourteen elements a
 * real label (some 140 on a page: several times any console page's count).
 */
function bigPage(seed: number, count: number): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  let open = 0;
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.3 && open < 25) {
      parts.push(`<${pick(TAGS)}>`.replace('<font>', '<font style="vertical-align: inherit;">'));
      open++;
    } else if (roll < 0.45 && open > 0) {
      parts.push('</div>');
      open--;
    } else if (roll < 0.52) parts.push(`<label>${escape(pick(realTexts))}</label>`);
    else if (roll < 0.65) parts.push(`<label>label ${i}</label>`);
    else if (roll < 0.8) parts.push(pick(CONTROLS));
    else parts.push(`<span>${random() < 0.3 ? escape(pick(realTexts)) : 'text'} ${i}</span>`);
  }
  return parts.join('');
}

describe('detectPage', () => {
  it('never throws on random pages and URLs, and recognises only known pages with fields it found', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 12 }), anyUrl, (children, url) => {
        const doc = parseDocument(`<!doctype html><html><head><title>微信公众平台</title></head><body>${children.join('')}</body></html>`);
        const { result, ms } = bestOf3(() =>
          detectPage(pageRules, url, doc, undefined, (rule, error) => {
            throw new Error(`rule ${rule.id} threw: ${String(error)}`);
          }),
        );
        if (result) {
          expect(pageRules).toContain(result.rule);
          for (const field of result.fields) expect(doc.contains(field.label)).toBe(true);
        }
        expect(ms).toBeLessThan(DETECT_BUDGET_MS);
      }),
      { numRuns: 300 },
    );
  });

  // Best of three: happy-dom's first pass over a fresh document adds noise that is not ours.
  it(`decides within ${DETECT_BUDGET_MS} ms on 2,000-element random pages full of real labels`, { timeout: 60_000 }, () => {
    detectPage(pageRules, 'https://mp.weixin.qq.com/', parseDocument(bigPage(1, 200))); // warm up
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), consoleUrl, (seed, url) => {
        const doc = parseDocument(`<!doctype html><html><body>${bigPage(seed, 2000)}</body></html>`);
        expect(doc.body.querySelectorAll('*').length).toBeGreaterThan(1500);
        expect(bestOf3(() => detectPage(pageRules, url, doc)).ms).toBeLessThan(DETECT_BUDGET_MS);
      }),
      { numRuns: 15 },
    );
  });
});
