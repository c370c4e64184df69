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

export interface PageRule {
  id: PageId;
  /** Locale key of the step's English title. */
  title: string;
  /** What the step needs, in order (locale keys). */
  needs: string[];
  /** Plain-English guidance with the facts each carries. */
  guidance: GuidanceItem[];
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
export type PageRuleInput = Omit<PageRule, 'guidance' | 'detect' | 'fields'> & {
  guidance: Defaulted<GuidanceItem, 'facts'>[];
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
