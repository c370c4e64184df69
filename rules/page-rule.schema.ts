import { z } from 'zod';
import { consolePageIdSchema, factIdEnumSchema } from './facts';
import { CONSOLE_HOST, type FieldRule, type PageRule, type PageRuleInput, type PointCondition, type TextVariants, type UrlMatcher } from './schema';
import type { Same } from './same';

// The zod schema of a page rule (types and defaults: rules/schema.ts). It validates every rule in the
// unit tests; the content script never loads it, so zod stays out of its bundle.

const text = z.string().trim().min(1);
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');

/** Page ids are the console pages the project tells apart (rules/facts.ts, docs/console-notes.md §16). */
export const pageIdSchema = consolePageIdSchema;
/** Fact ids must name a fact in rules/facts.ts, so guidance coverage can be counted. */
export const factIdSchema = factIdEnumSchema;
/** Keys into locales/<lang>/guide.json. */
export const textKeySchema = z.string().regex(/^[a-z0-9.-]+$/, 'locale key');

/** Alternatives for one piece of console text: Chinese as the console shows it, English (lang=en_US). */
export const textVariantsSchema = z.object({
  zh: z.array(text).min(1),
  en: z.array(text).default([]),
});

export const urlMatcherSchema = z.object({
  /** Host name; pages off the console (the MIIT filing site, filing.sms) name theirs. */
  host: z
    .string()
    .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'lower-case host name')
    .default(CONSOLE_HOST),
  /** Exact pathname, e.g. "/wxopen/waregister". */
  path: z.string().startsWith('/'),
  /** Query parameters that must be present with these values (others are ignored). */
  query: z.record(z.string(), z.string()).default({}),
});

export const fieldKindSchema = z.enum(['text', 'email', 'password', 'code', 'select', 'radio', 'checkbox', 'phone', 'textarea', 'upload', 'qr']);

export const fieldRuleSchema = z.object({
  id: kebab,
  kind: fieldKindSchema,
  /** Label texts as rendered (normalised before matching: whitespace, colons, asterisks). */
  labels: textVariantsSchema,
  /** Fields the page can render without (e.g. only in one variant); they don't count as missing. */
  optional: z.boolean().default(false),
});

export const detectSchema = z.object({
  /** Where the page is known to live. Several steps switch in place, so a URL is evidence, not proof. */
  urls: z.array(urlMatcherSchema).default([]),
  /** Only recognise the page on one of `urls`. */
  urlRequired: z.boolean().default(false),
  /** Where the page is expected besides `urls` (its own URL not evidenced): progress is recorded there too, never elsewhere. */
  recordOn: z.array(urlMatcherSchema).default([]),
  /** Heading, step-bar and intro texts; matched as substrings of the page's visible text. */
  markers: z.array(textVariantsSchema).default([]),
  /** Markers needed when the URL matches / when it does not. */
  minMarkersOnUrl: z.number().int().min(0).default(0),
  minMarkers: z.number().int().min(0).default(1),
  /** Fields that must be found by label for the page to count. */
  minFields: z.number().int().min(0).default(0),
  /** Texts that rule the page out (e.g. a later step's heading sharing the same fields). */
  excludeMarkers: z.array(textVariantsSchema).default([]),
});

export const guidanceItemSchema = z.object({
  key: textKeySchema,
  facts: z.array(factIdSchema).default([]),
});

/** What a need or guidance item needs the page to show to apply (rules/schema.ts PointCondition). */
export const pointConditionSchema = z
  .object({
    shows: z.array(textVariantsSchema).default([]),
    lacks: z.array(textVariantsSchema).default([]),
    fields: z.array(kebab).default([]),
    noFields: z.array(kebab).default([]),
  })
  .refine((c) => c.shows.length + c.lacks.length + c.fields.length + c.noFields.length > 0, 'an empty condition: leave the point out of `when`');

/** The names the page's step bar gives this step, and the title with the page's {step}. */
export const stepBarSchema = z.object({
  names: textVariantsSchema,
  title: textKeySchema,
});

export const pageRuleSchema = z.object({
  id: pageIdSchema,
  /** Locale key of the step's English title. */
  title: textKeySchema,
  /** What the step needs, in order (locale keys). */
  needs: z.array(textKeySchema).min(1),
  /** Plain-English guidance with the facts each carries. */
  guidance: z.array(guidanceItemSchema).min(1),
  /** Needs and guidance that apply only to some renderings of the page, by locale key. */
  when: z.record(textKeySchema, pointConditionSchema).default({}),
  /** The page's step bar names this step: the title then takes the page's number. */
  stepBar: stepBarSchema.nullable().default(null),
  detect: detectSchema,
  fields: z.array(fieldRuleSchema).default([]),
});

// The hand-written types in rules/schema.ts must say exactly what this schema says.
type Interchangeable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesTypes: [
  Same<z.infer<typeof textVariantsSchema>, TextVariants>,
  Same<z.infer<typeof urlMatcherSchema>, UrlMatcher>,
  Same<z.infer<typeof fieldRuleSchema>, FieldRule>,
  Same<z.infer<typeof pointConditionSchema>, PointCondition>,
  Same<z.infer<typeof pageRuleSchema>, PageRule>,
  Interchangeable<z.input<typeof pageRuleSchema>, PageRuleInput>,
] = [true, true, true, true, true, true];
