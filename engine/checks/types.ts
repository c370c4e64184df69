// Types shared by the field checks. Checks are pure: (value, profile, page context) → findings.
// They never store, log or send anything, and they carry message keys, never sentences
// (English text lives in locales/en/checks.json).

export type Severity = 'ok' | 'info' | 'warn' | 'error';

export interface Finding {
  code: string; // stable, e.g. 'company-name.case'
  severity: Exclude<Severity, 'ok'>;
  params?: Record<string, string | number>; // values interpolated into the message
  facts?: string[]; // fact ids, e.g. ['F17']
  fix?: { value: string }; // a value the UI may offer to fill (e.g. the exact registered name)
  /**
   * Optional refinement of `code` that selects a more specific message: the message key is
   * `${code}:${variant}` when that key exists, else `code`. The code stays the stable identifier
   * (e.g. code 'email.format', variant 'full-width').
   */
  variant?: string;
}

export interface CheckProfile {
  // what the active client profile tells the checks (never secrets)
  companyName?: string; // exactly as on the certificate, any script, maybe bilingual
  registrationNumber?: string;
  countryRegion?: string; // e.g. 'HK', 'MO', 'TW', 'CN', 'US' (ISO 3166 alpha-2)
  entityType?: 'company' | 'individual-business' | 'personal' | 'government' | 'media' | 'other';
  officialAccountEmail?: string;
  usedEmails?: string[]; // emails already used or marked taken, for any client
  /** Who used each of those (lower-cased address): the client, and with team sync the colleague. */
  emailOwners?: Record<string, { client: string; by?: string }>;
  /** The administrator's name exactly as on their ID or passport (used by the admin-name check). */
  adminName?: string;
  /** AppIDs (wx + 16 hex) of the client's Official Account and of this Mini Program, when known (appid check). */
  officialAccountAppId?: string;
  miniProgramAppId?: string;
}

export interface CheckInput {
  value: string; // what is typed / chosen in the field
  profile?: CheckProfile | null;
  countryRegion?: string | null; // the country/region chosen on the page, if known (ISO alpha-2)
  overseas?: boolean | null; // true when the chosen country/region is not mainland China
  /**
   * Other fields' values on the page by field id, e.g. `password` for the password-confirm check,
   * `admin-mobile-country` (the calling code chosen in the mobile-number dropdown, e.g. '+852').
   */
  otherValues?: Record<string, string>;
  /**
   * The field being checked. Set by runChecks; read by checks that serve several fields
   * (admin: admin-name / admin-mobile / admin-id).
   */
  fieldId?: string;
}

export interface Check {
  id: string; // e.g. 'company-name'
  fields: string[]; // field ids it applies to: email, password, password-confirm, company-name, registration-number, entity-type, admin-name, admin-mobile, admin-id
  /** Every message key this check can produce (`code` or `code:variant`), for coverage tests. */
  codes: readonly string[];
  /**
   * The fields on which this check compares the value with client data (the profile, every client's
   * emails): their verdicts are shown only where the console page cannot read them (docs/privacy.md).
   */
  clientFields?: readonly string[];
  run(input: CheckInput): Finding[];
}
