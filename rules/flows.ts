import type { ConsolePageId, FactId } from './facts';

// The ways from registration to a live, paid store, as data. Each step says how it completes:
//   page:<page id>        the console showed that page (reaching it means this step is behind you);
//   message:<message id>  the console showed that catalog message (rules/messages.ts);
//   appid:seen            the Mini Program's AppID was read off one of `appIdPages`;
//   field:<field id>      a recognised page showed that field (rules/fields.ts), e.g. the emailed code;
//   manual                only the user can tell (documents posted, fee paid, agency called).
// Every step can also be ticked by hand (the extension may have been installed half-way).
// A deadline belongs to the step that must be done by then and starts when its `after` step is
// recorded; `hard` ones cost money or the application when missed, `expected` ones say when to chase.

// Plain data and types, no zod: the content script reads the signals steps listen for. The zod
// schemas that validate every path (and that these types must equal) are in rules/flows.schema.ts.

export const MANUAL = 'manual';
export const APPID_SEEN = 'appid:seen';

/** A completion signal: page:<page id>, message:<message id>, appid:seen or manual. */
export type Signal = string;

export type DeadlineUnit = 'hours' | 'days' | 'working-days';

export interface FlowDeadline {
  id: string;
  /** The step whose recorded date starts the clock. */
  after: string;
  amount: number;
  unit: DeadlineUnit;
  /** hard: missing it costs the application or a fee; expected: when to chase if nothing happened. */
  kind: 'hard' | 'expected';
  /** Locale key naming what is due. */
  label: string;
  facts: FactId[];
  /**
   * Later steps whose recorded dates prove the start happened by then: when `after` was never
   * recorded (a missed signal), the earliest of them starts the clock (engine/deadlines.ts).
   */
  orAfter?: string[];
  /** Steps that close this deadline once done or passed (another route was taken). */
  closedBy?: string[];
  /** Steps one of which must be recorded for the deadline to open at all: the route was chosen (对公打款). */
  openedBy?: string[];
  /** How sure the source is: official (the default) or third-party only, which the popup says. */
  confidence?: 'official' | 'third-party';
  /** A window that opens this many calendar months before the due date (年审: 3 months before 认证有效期). */
  opensMonthsBefore?: number;
  /**
   * A clock that comes back every year: ticking the deadline's own step done (once its window is open)
   * moves the due date on a year, and the step opens again when the next window does (engine/yearly.ts).
   */
  yearly?: boolean;
  /**
   * When `after` was never recorded: the due date estimated this many calendar months after another
   * step's date (the validity date from the approval), said to be an estimate.
   */
  estimatedFrom?: { step: string; months: number };
}

export interface FlowStep {
  id: string;
  title: string;
  /** What to do now, in one sentence. */
  next: string;
  facts: FactId[];
  completesOn: Signal[];
  /** Only some clients take this step; it never becomes the current step. */
  optional: boolean;
  /**
   * Not a step to show: it only records a date other deadlines count from (the first console page
   * of the account, a date the user types). Hidden steps are optional and left out of stepViews.
   * Absent means shown (optional in the type, so paths written before it still type-check).
   */
  hidden?: boolean;
  deadlines: FlowDeadline[];
  /** Steps whose record means this one never comes (its deadlines close too), e.g. no activation link after an emailed code. */
  skippedAfter: string[];
}
export type FlowStepInput = Omit<FlowStep, 'facts' | 'optional' | 'hidden' | 'deadlines' | 'skippedAfter'> &
  Partial<Pick<FlowStep, 'facts' | 'optional' | 'hidden' | 'deadlines' | 'skippedAfter'>>;

export const pathIds = ['overseas', 'quick', 'mainland'] as const;
export type PathId = (typeof pathIds)[number];

export interface FlowPath {
  id: PathId;
  name: string;
  about: string;
  steps: FlowStep[];
}
export type FlowPathInput = Omit<FlowPath, 'steps'> & { steps: FlowStepInput[] };

const step = (id: string, completesOn: string[], facts: FlowStepInput['facts'] = [], extra: Partial<FlowStepInput> = {}): FlowStepInput => ({
  id,
  title: `flow.step.${id}.title`,
  next: `flow.step.${id}.next`,
  facts,
  completesOn,
  ...extra,
});

const deadline = (
  id: string,
  after: string,
  amount: number,
  unit: DeadlineUnit,
  kind: FlowDeadline['kind'],
  facts: FlowDeadline['facts'],
  extra: Pick<FlowDeadline, 'orAfter' | 'closedBy' | 'openedBy' | 'confidence' | 'opensMonthsBefore' | 'yearly' | 'estimatedFrom'> = {},
): FlowDeadline => ({
  id,
  after,
  amount,
  unit,
  kind,
  label: `flow.deadline.${id}`,
  facts,
  ...extra,
});

/** Pages of the Mini Program's own console: reaching one proves the account exists. */
const ACCOUNT_PAGES = [
  'page:home.guide',
  'page:profile.basic',
  'page:profile.category',
  'page:verify.agreement',
  'page:verify.documents',
  'page:verify.naming',
  'page:verify.invoice',
  'page:verify.payment',
  'page:pay.merchant',
  'page:filing.form',
];

// ── Steps shared by several paths ───────────────────────────────────────────────────────────────
// Shared ids mean a client who switches path keeps what is already recorded.

const account = step('account', ['page:register.activate', 'message:activate.mail-sent'], ['F27', 'F50']);
/**
 * Newer step-1 pages email a 6-digit code instead of the picture captcha, and no activation link
 * follows (docs/console-notes.md §17.2). Seeing that code field records this optional step, which
 * tells the tracker not to wait for email activation.
 */
const emailCode = step('email-code', ['field:email-code'], ['F62'], { optional: true });
/** The link's life is 24 or 48 hours depending on the source: plan for the shorter one (F62). */
const emailActivation = step('email-activation', ['page:register.entity'], ['F62'], {
  deadlines: [deadline('activation-link', 'account', 24, 'hours', 'hard', ['F62'])],
  skippedAfter: ['email-code'],
});
/** The "registered" step: the entity is fixed from here on, and the 45-day clock starts (F40). */
const entityAdmin = step('entity-admin', ['message:entity.submitted'], ['F28', 'F17', 'F18', 'F19', 'F38']);
/** Hidden: the first console page of the account, evidence for the 45-day clock when 信息提交成功 was missed. */
const accountSeen = step('account-seen', [APPID_SEEN, ...ACCOUNT_PAGES], [], { optional: true, hidden: true });
const appId = step('appid', [APPID_SEEN, 'page:home.guide'], ['F38', 'F07']);
/**
 * The 45-day clock (F40) starts at information registration, else at the AppID first seen, else at
 * the first console page of the account: the earliest evidence that the account exists.
 */
const REGISTRATION_EVIDENCE = ['appid', 'account-seen'];
/**
 * Mainland only: 对公打款 chosen to prove the entity, seen from the console's notice that comes with
 * that choice (请在10天内完成汇款…) or ticked by hand. Only then does the 10-day clock open (F71).
 */
const transferChosen = step('transfer-chosen', ['message:bank.transfer-deadline', MANUAL], ['F51', 'F71'], { optional: true });
/** Mainland 对公打款 only: the transfer within 10 days or the registration fails (F71). */
const bankTransfer = step('bank-transfer', [MANUAL], ['F51', 'F71'], {
  optional: true,
  deadlines: [
    deadline('bank-transfer', 'entity-admin', 10, 'days', 'hard', ['F71'], {
      orAfter: REGISTRATION_EVIDENCE,
      closedBy: ['verify-documents'],
      openedBy: ['transfer-chosen'],
    }),
  ],
});
/** Ticked when the review agency asks for more documents: 30 days to send them (third-party source, F72). */
const moreDocuments = step('more-documents', [MANUAL], ['F30', 'F72'], { optional: true });
const resubmitDeadline = deadline('verification-resubmit', 'more-documents', 30, 'days', 'hard', ['F72'], { confidence: 'third-party' });
const verifyDocuments = step(
  'verify-documents',
  ['page:verify.naming', 'page:verify.invoice', 'page:verify.payment', MANUAL],
  ['F48', 'F16', 'F20', 'F41', 'F21', 'F23', 'F24', 'F42', 'F43'],
);
const fee = step('fee', [MANUAL], ['F25', 'F48']);
/** Older bank-transfer route only (F29): ticking it starts the 3-working-day wait for Tencent's reply. */
const feeEmail = step('fee-email', [MANUAL], ['F29'], { optional: true });
const reviewAgencyOverseas = step('review-agency', [MANUAL], ['F30', 'F49'], {
  deadlines: [deadline('fee-email-reply', 'fee-email', 3, 'working-days', 'expected', ['F29'])],
});
const reviewAgencyMainland = step('review-agency', [MANUAL], ['F30', 'F49']);
const verifiedOverseas = step('verified', ['message:reuse-verify.already-verified', MANUAL], ['F40', 'F31', 'F49'], {
  deadlines: [
    deadline('verification-45-days', 'entity-admin', 45, 'days', 'hard', ['F40'], { orAfter: REGISTRATION_EVIDENCE }),
    deadline('verification-review', 'fee', 15, 'working-days', 'expected', ['F31']),
    resubmitDeadline,
  ],
});
const verifiedMainland = step('verified', ['message:reuse-verify.already-verified', MANUAL], ['F31', 'F49', 'F54'], {
  deadlines: [deadline('verification-review', 'fee', 15, 'working-days', 'expected', ['F31']), resubmitDeadline],
});
/** Hidden: the verification's validity date the console shows (认证有效期), typed in the popup (F70). */
const verificationValidUntil = step('verification-valid-until', [MANUAL], [], { optional: true, hidden: true });
/**
 * Mainland verification runs until its 认证有效期: the review (年审) can be submitted from 3 months
 * before that date and must be done by it; each review starts the next year's clock (F70). Until the
 * date is typed, it is estimated a year after the approval. Directly registered overseas entities
 * have none (F34).
 */
const annualReview = step('annual-review', [MANUAL], ['F70'], {
  optional: true,
  deadlines: [
    deadline('annual-review', 'verification-valid-until', 0, 'days', 'hard', ['F70'], {
      opensMonthsBefore: 3,
      yearly: true,
      estimatedFrom: { step: 'verified', months: 12 },
    }),
  ],
});
const storeInfo = step('store-info', [MANUAL], ['F09', 'F59']);
const payRequest = step('pay-request', [MANUAL], ['F07', 'F60']);
const payConfirm = step('pay-confirm', [MANUAL], ['F60', 'F07'], {
  deadlines: [deadline('pay-binding-confirm', 'pay-request', 7, 'days', 'hard', ['F60'])],
});
const testPayment = step('test-payment', [MANUAL], ['F08', 'F59']);

// ── Quick registration from a verified Official Account (F14) ───────────────────────────────────

const quickStart = step('quick-start', ['page:quick.reuse'], ['F14', 'F04']);
const quickReuse = step('quick-reuse', ['page:quick.account'], ['F14', 'F38', 'F39']);
const quickAccount = step('quick-account', ['page:quick.mailbox'], ['F27']);
const quickActivation = step('quick-activation', ['page:home.guide', APPID_SEEN], ['F62'], {
  deadlines: [deadline('quick-activation-link', 'quick-account', 24, 'hours', 'hard', ['F62'])],
});
/** Hidden: the day the Official Account's verification expires, typed in the popup. */
const oaVerificationExpiry = step('oa-verification-expiry', [MANUAL], [], { optional: true, hidden: true });
/**
 * The reused verification expires with the Official Account's (F14): a quick-registered overseas Mini
 * Program follows the Official Account's yearly verification (F34), whose review opens 3 months before
 * that date and starts the next year's clock (F70), as the 年审 above. No estimate: only the date typed.
 */
const oaRenewal = step('oa-renewal', [MANUAL], ['F14', 'F34', 'F70'], {
  optional: true,
  deadlines: [
    deadline('quick-verification-expiry', 'oa-verification-expiry', 0, 'days', 'hard', ['F14', 'F34', 'F70'], { opensMonthsBefore: 3, yearly: true }),
  ],
});

// ── ICP filing, mainland entities only (F54, F55) ───────────────────────────────────────────────

const filingForm = step('filing-form', ['message:filing.status-platform-review'], ['F54', 'F55', 'F56']);
const filingPlatformReview = step('filing-platform-review', ['message:filing.sms-waiting', 'page:filing.sms'], ['F55'], {
  deadlines: [deadline('filing-platform-review', 'filing-form', 2, 'working-days', 'expected', ['F55'])],
});
/** Hidden: when MIIT's SMS arrived (date and time), typed in the popup. */
const miitSmsReceived = step('miit-sms-received', [MANUAL], [], { optional: true, hidden: true });
/**
 * MIIT's SMS must be confirmed within 24 hours of arriving, or the filing is rejected (F55). The clock
 * counts from the time the user typed for the SMS, else from when the extension first saw the filing
 * waiting for it (等待核验中, the end of the platform review), which the popup says.
 */
const filingSms = step('filing-sms', ['message:filing.sms-done', 'message:filing.status-bureau-review'], ['F55'], {
  deadlines: [deadline('filing-sms', 'miit-sms-received', 24, 'hours', 'hard', ['F55'], { orAfter: ['filing-platform-review'] })],
});
const filingBureau = step('filing-bureau', ['message:filing.status-filed'], ['F55', 'F58'], {
  deadlines: [deadline('filing-bureau-review', 'filing-sms', 20, 'working-days', 'expected', ['F55'])],
});

export const flowPathInputs = [
  {
    id: 'overseas',
    name: 'flow.path.overseas.name',
    about: 'flow.path.overseas.about',
    steps: [
      account,
      emailCode,
      emailActivation,
      entityAdmin,
      accountSeen,
      appId,
      verifyDocuments,
      fee,
      feeEmail,
      moreDocuments,
      reviewAgencyOverseas,
      verifiedOverseas,
      storeInfo,
      payRequest,
      payConfirm,
      testPayment,
    ],
  },
  {
    id: 'quick',
    name: 'flow.path.quick.name',
    about: 'flow.path.quick.about',
    steps: [quickStart, quickReuse, quickAccount, quickActivation, appId, storeInfo, payRequest, payConfirm, testPayment, oaVerificationExpiry, oaRenewal],
  },
  {
    id: 'mainland',
    name: 'flow.path.mainland.name',
    about: 'flow.path.mainland.about',
    steps: [
      account,
      emailCode,
      emailActivation,
      entityAdmin,
      transferChosen,
      bankTransfer,
      accountSeen,
      appId,
      verifyDocuments,
      fee,
      moreDocuments,
      reviewAgencyMainland,
      verifiedMainland,
      storeInfo,
      filingForm,
      filingPlatformReview,
      miitSmsReceived,
      filingSms,
      filingBureau,
      payRequest,
      payConfirm,
      testPayment,
      verificationValidUntil,
      annualReview,
    ],
  },
] satisfies FlowPathInput[];

/** The path with every default filled in: exactly what flowPathSchema.parse returns (the unit test compares them). */
export function withFlowDefaults(path: FlowPathInput): FlowPath {
  return {
    id: path.id,
    name: path.name,
    about: path.about,
    steps: path.steps.map((s) => ({
      id: s.id,
      title: s.title,
      next: s.next,
      facts: s.facts ?? [],
      completesOn: s.completesOn,
      optional: s.optional ?? false,
      ...(s.hidden ? { hidden: true } : {}),
      deadlines: s.deadlines ?? [],
      skippedAfter: s.skippedAfter ?? [],
    })),
  };
}

/** Every path with its defaults; the unit test validates each with the schema. */
export const flowPaths: readonly FlowPath[] = flowPathInputs.map(withFlowDefaults);

export function flowPathById(id: PathId): FlowPath {
  return flowPaths.find((path) => path.id === id) ?? flowPaths[0]!;
}

/** Every step id of every path (for validating messages and stored progress). */
export const flowStepIds: readonly string[] = [...new Set(flowPaths.flatMap((path) => path.steps.map((s) => s.id)))];

/** Every signal some step listens for; content scripts report only these. */
export const knownSignals: ReadonlySet<string> = new Set(flowPaths.flatMap((path) => path.steps.flatMap((s) => s.completesOn)).filter((s) => s !== MANUAL));

/**
 * Pages whose wx… AppID is the Mini Program's own. Official Account pages (quick.*) can show the
 * Official Account's AppID, which also starts with wx, so they are left out on purpose (F07).
 */
export const appIdPages: readonly ConsolePageId[] = ['home.guide', 'profile.basic'];
