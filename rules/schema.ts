import type { ConsolePageId, FactId } from './facts';

// A page rule is data: when Tencent renames a label or moves a page, the fix is one line here.
// These are the rule types and the defaults every rule gets. Plain TypeScript, no zod: the content
// script imports this module with every rule, and a validator would cost it ~25 kB gzipped. The zod
// schema that validates every rule (and that these types must equal) is rules/page-rule.schema.ts.

/** Page ids are the console pages the project tells apart (rules/facts.ts, docs/console-notes.md §16). */
export type PageId = ConsolePageId;

/** Alternatives for one piece of console text: Chinese as the console shows it, English (lang=en_US). */
export interface TextVariants {
  zh: string[];
  en: string[];
}

export interface UrlMatcher {
  /** Host name; pages off the console (the MIIT filing site, filing.sms) name theirs. */
  host: string;
  /** Exact pathname, e.g. "/wxopen/waregister". */
  path: string;
  /** Query parameters that must be present with these values (others are ignored). */
  query: Record<string, string>;
}

export type FieldKind = 'text' | 'email' | 'password' | 'code' | 'select' | 'radio' | 'checkbox' | 'phone' | 'textarea' | 'upload' | 'qr';

export interface FieldRule {
  id: string;
  kind: FieldKind;
  /** Label texts as rendered (normalised before matching: whitespace, colons, asterisks). */
  labels: TextVariants;
  /** Fields the page can render without (e.g. only in one variant); they don't count as missing. */
  optional: boolean;
}

export interface DetectRule {
  /** Where the page is known to live. Several steps switch in place, so a URL is evidence, not proof. */
  urls: UrlMatcher[];
  /** Only recognise the page on one of `urls`. */
  urlRequired: boolean;
  /**
   * Console URLs, besides `urls`, where the page is expected though its own URL is not evidenced
   * (a step that replaces the previous one in place). Never used to recognise it: only progress,
   * AppIDs and deadlines are recorded on `urls` and `recordOn` alone, never on an article (`/s/…`)
   * or any other page that merely shows the same texts.
   */
  recordOn: UrlMatcher[];
  /** Heading, step-bar and intro texts; matched as substrings of the page's visible text. */
  markers: TextVariants[];
  /** Markers needed when the URL matches / when it does not. */
  minMarkersOnUrl: number;
  minMarkers: number;
  /** Fields that must be found by label for the page to count. */
  minFields: number;
  /** Texts that rule the page out (e.g. a later step's heading sharing the same fields). */
  excludeMarkers: TextVariants[];
}

export interface GuidanceItem {
  /** Key into locales/<lang>/guide.json. */
  key: string;
  facts: FactId[];
}

/**
 * What a point of the guide (a need or a guidance item) needs the page to show to apply: the page's
 * own visible text (as detection reads it) and the fields found on it. Every part must hold; an empty
 * condition always holds. Renderings of one page differ (no fee, a bank transfer, an emailed code, an
 * overseas entity), and the guide must never contradict the one on screen: decided from the page,
 * never from what the client's profile says.
 */
export interface PointCondition {
  /** Texts the page must show: each entry is one text, in any of its alternatives. */
  shows: TextVariants[];
  /** Texts the page must not show (none of the alternatives of any entry). */
  lacks: TextVariants[];
  /** Fields (ids of the rule's fields) that must all be found on the page. */
  fields: string[];
  /** Fields none of which may be found. */
  noFields: string[];
}

/**
 * The page's own step bar: the names it gives this step ("5. 支付费用", "4 支付费用"), and the title
 * that carries the number the page shows ({step}), so the guide's step number is the page's, not ours.
 */
export interface StepBar {
  names: TextVariants;
  /** Locale key of the title with a {step} placeholder. */
  title: string;
}

export interface PageRule {
  id: PageId;
  /** Locale key of the step's English title. */
  title: string;
  /** What the step needs, in order (locale keys). */
  needs: string[];
  /** Plain-English guidance with the facts each carries. */
  guidance: GuidanceItem[];
  /** Needs and guidance that apply only to some renderings of the page, by locale key (absent: always). */
  when: Record<string, PointCondition>;
  /** The page's step bar names this step: the title then takes the page's number. */
  stepBar: StepBar | null;
  detect: DetectRule;
  fields: FieldRule[];
}

type Defaulted<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type TextVariantsInput = Defaulted<TextVariants, 'en'>;
export type UrlMatcherInput = Defaulted<UrlMatcher, 'host' | 'query'>;
export type FieldRuleInput = Omit<Defaulted<FieldRule, 'optional'>, 'labels'> & { labels: TextVariantsInput };
export type DetectRuleInput = {
  urls?: UrlMatcherInput[];
  urlRequired?: boolean;
  recordOn?: UrlMatcherInput[];
  markers?: TextVariantsInput[];
  minMarkersOnUrl?: number;
  minMarkers?: number;
  minFields?: number;
  excludeMarkers?: TextVariantsInput[];
};
export type PointConditionInput = {
  shows?: TextVariantsInput[];
  lacks?: TextVariantsInput[];
  fields?: string[];
  noFields?: string[];
};
export type StepBarInput = Omit<StepBar, 'names'> & { names: TextVariantsInput };
export type PageRuleInput = Omit<PageRule, 'guidance' | 'detect' | 'fields' | 'when' | 'stepBar'> & {
  guidance: Defaulted<GuidanceItem, 'facts'>[];
  when?: Record<string, PointConditionInput>;
  stepBar?: StepBarInput | null;
  detect: DetectRuleInput;
  fields?: FieldRuleInput[];
};

/** Define a rule with full type checking of the input; the unit test validates every rule with the schema. */
export function definePageRule(rule: PageRuleInput): PageRuleInput {
  return rule;
}

export const CONSOLE_HOST = 'mp.weixin.qq.com';

const variants = (v: TextVariantsInput): TextVariants => ({ zh: v.zh, en: v.en ?? [] });
const matcher = (u: UrlMatcherInput): UrlMatcher => ({ host: u.host ?? CONSOLE_HOST, path: u.path, query: u.query ?? {} });

/**
 * The rule with every default filled in: exactly what pageRuleSchema.parse returns for a valid rule
 * (the unit test compares the two for every rule), without a validator in the content script.
 */
export function withRuleDefaults(rule: PageRuleInput): PageRule {
  const { detect } = rule;
  return {
    id: rule.id,
    title: rule.title,
    needs: rule.needs,
    guidance: rule.guidance.map((g) => ({ key: g.key, facts: g.facts ?? [] })),
    when: Object.fromEntries(
      Object.entries(rule.when ?? {}).map(([key, c]) => [
        key,
        { shows: (c.shows ?? []).map(variants), lacks: (c.lacks ?? []).map(variants), fields: c.fields ?? [], noFields: c.noFields ?? [] },
      ]),
    ),
    stepBar: rule.stepBar ? { names: variants(rule.stepBar.names), title: rule.stepBar.title } : null,
    detect: {
      urls: (detect.urls ?? []).map(matcher),
      urlRequired: detect.urlRequired ?? false,
      recordOn: (detect.recordOn ?? []).map(matcher),
      markers: (detect.markers ?? []).map(variants),
      minMarkersOnUrl: detect.minMarkersOnUrl ?? 0,
      minMarkers: detect.minMarkers ?? 1,
      minFields: detect.minFields ?? 0,
      excludeMarkers: (detect.excludeMarkers ?? []).map(variants),
    },
    fields: (rule.fields ?? []).map((f) => ({ id: f.id, kind: f.kind, labels: variants(f.labels), optional: f.optional ?? false })),
  };
}
