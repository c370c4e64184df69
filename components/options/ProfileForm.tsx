import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { profileNameNotes, regionName } from '../../engine/profile-name';
import { regions } from '../../rules/regions';
import { emailKey, unionEmails } from '../../storage/emails';
import type { ProfileDraft } from '../../storage/messages';
import { labelKey } from '../../storage/label-key';
import { normaliseLabel } from '../../storage/normalise';
import { entityTypes, type Profile } from '../../storage/profiles';
import { useTranslator } from '../locale-context';

type EntityType = (typeof entityTypes)[number];
type EmailRecord = Profile['emails'][number];

/** What the form edits; `country` is '' (not set), a listed region code, or 'other' (then `otherCountry`). */
export interface FormValues {
  label: string;
  companyName: string;
  registrationNumber: string;
  country: string;
  otherCountry: string;
  entityType: EntityType;
  hasVerifiedOfficialAccount: boolean;
  officialAccountEmail: string;
  emails: EmailRecord[];
  appId: string;
  originalId: string;
  notes: string;
}

export type FieldName = 'label' | 'otherCountry' | 'officialAccountEmail';

export function valuesFromProfile(profile: Profile | null): FormValues {
  const code = profile?.countryRegion ?? '';
  const listed = code === '' || regions.some((r) => r.code === code);
  return {
    label: profile?.label ?? '',
    companyName: profile?.companyName ?? '',
    registrationNumber: profile?.registrationNumber ?? '',
    country: listed ? code : 'other',
    otherCountry: listed ? '' : code,
    entityType: profile?.entityType ?? 'company',
    hasVerifiedOfficialAccount: profile?.hasVerifiedOfficialAccount ?? false,
    officialAccountEmail: profile?.officialAccountEmail ?? '',
    emails: profile?.emails ?? [],
    appId: profile?.appId ?? '',
    originalId: profile?.originalId ?? '',
    notes: profile?.notes ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const looksLikeEmail = (value: string) => EMAIL.test(value.trim());

/** Labels that differ only by case, width or invisible characters are the same client (storage/normalise.ts). */
export { labelKey };

/**
 * Message keys of the fields that need fixing before saving. `otherLabels` are the other clients'
 * labels (labelKey): an import treats the same label as the same client, so labels must differ.
 */
export function validateValues(values: FormValues, otherLabels: ReadonlySet<string> = new Set()): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!normaliseLabel(values.label)) errors.label = 'options.form.label-required';
  else if (otherLabels.has(labelKey(values.label))) errors.label = 'options.form.label-duplicate';
  if (values.country === 'other' && !/^[A-Za-z]{2}$/.test(values.otherCountry.trim())) errors.otherCountry = 'options.form.country-code-invalid';
  if (values.officialAccountEmail.trim() && !looksLikeEmail(values.officialAccountEmail)) errors.officialAccountEmail = 'options.form.oa-email-invalid';
  return errors;
}

/**
 * The form's emails plus any the console recorded meanwhile (another tab may mark an address
 * taken while the form is open), minus those the user removed here. "taken" wins over "used".
 */
export function mergeEmails(mine: readonly EmailRecord[], latest: readonly EmailRecord[], removed: ReadonlySet<string>): EmailRecord[] {
  return unionEmails(
    mine,
    latest.filter((stored) => !removed.has(emailKey(stored.address))),
  );
}

/** The message draft for profiles.save. */
export function draftFromValues(values: FormValues, id: string | undefined, latest: Profile | undefined, removed: ReadonlySet<string>): ProfileDraft {
  return {
    ...(id ? { id } : {}),
    label: values.label.trim(),
    companyName: values.companyName.trim(),
    registrationNumber: values.registrationNumber.trim(),
    countryRegion: values.country === 'other' ? values.otherCountry.trim().toUpperCase() : values.country,
    entityType: values.entityType,
    hasVerifiedOfficialAccount: values.hasVerifiedOfficialAccount,
    officialAccountEmail: values.officialAccountEmail.trim(),
    emails: mergeEmails(values.emails, latest?.emails ?? [], removed),
    appId: values.appId.trim(),
    originalId: values.originalId.trim(),
    notes: values.notes,
  };
}

export interface ProfileFormProps {
  /** The profile as it was when editing began; null for a new client. */
  initial: Profile | null;
  /** All profiles, kept live. */
  profiles: readonly Profile[];
  /** Resolves to an error message, or null when saved. `base`: the profile as the form opened it (for the background's merge). */
  onSave(draft: ProfileDraft, base?: ProfileDraft): Promise<string | null>;
  onCancel(): void;
}

export function ProfileForm({ initial, profiles, onSave, onCancel }: ProfileFormProps) {
  const t = useTranslator();
  const [values, setValues] = useState(() => valuesFromProfile(initial));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [newEmail, setNewEmail] = useState('');
  const [emailError, setEmailError] = useState('');
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  const labelRef = useRef<HTMLInputElement>(null);
  const otherCountryRef = useRef<HTMLInputElement>(null);
  const oaEmailRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const ids = {
    emailInput: useId(),
    emailHelp: useId(),
    emailError: useId(),
    entity: useId(),
    verifiedOa: useId(),
    verifiedOaHelp: useId(),
    entityWarning: useId(),
    country: useId(),
    notes: useId(),
    notesHelp: useId(),
  };

  const latest = initial ? profiles.find((p) => p.id === initial.id) : undefined;
  const deletedElsewhere = initial !== null && latest === undefined;

  useEffect(() => {
    labelRef.current?.focus();
  }, []);

  const otherLabels = useMemo(() => new Set(profiles.filter((p) => !initial || p.id !== initial.id).map((p) => labelKey(p.label))), [profiles, initial]);

  /** Other clients' labels by lower-cased address, to flag an email reused across clients. */
  // The registered name against the profile's own region, as it is typed (engine/profile-name.ts).
  const country = values.country === 'other' ? values.otherCountry : values.country;
  const nameNotes = useMemo(() => profileNameNotes(values.companyName, country), [values.companyName, country]);
  const elsewhere = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const profile of profiles) {
      if (initial && profile.id === initial.id) continue;
      for (const email of profile.emails) {
        const key = emailKey(email.address);
        map.set(key, [...(map.get(key) ?? []), profile.label]);
      }
    }
    return map;
  }, [profiles, initial]);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (key in errors) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const addEmail = () => {
    const address = newEmail.trim();
    if (!address) return;
    if (!looksLikeEmail(address)) {
      setEmailError(t('options.form.email-invalid', { address }));
      return;
    }
    const key = emailKey(address);
    if (values.emails.some((e) => emailKey(e.address) === key)) {
      setEmailError(t('options.form.email-duplicate', { address }));
      return;
    }
    setValues((v) => ({ ...v, emails: [...v.emails, { address, status: 'used', at: new Date().toISOString() }] }));
    setRemoved((r) => new Set([...r].filter((x) => x !== key)));
    setNewEmail('');
    setEmailError('');
  };

  const removeEmail = (address: string) => {
    const key = emailKey(address);
    setValues((v) => ({ ...v, emails: v.emails.filter((e) => emailKey(e.address) !== key) }));
    setRemoved((r) => new Set([...r, key]));
    document.getElementById(ids.emailInput)?.focus();
  };

  const onEmailKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addEmail();
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found = validateValues(values, otherLabels);
    setErrors(found);
    if (found.label) return labelRef.current?.focus();
    if (found.otherCountry) return otherCountryRef.current?.focus();
    if (found.officialAccountEmail) return oaEmailRef.current?.focus();
    // An address typed but not yet added is what the user meant to keep.
    let current = values;
    const pending = newEmail.trim();
    if (pending && looksLikeEmail(pending) && !values.emails.some((e) => emailKey(e.address) === emailKey(pending))) {
      current = { ...values, emails: [...values.emails, { address: pending, status: 'used', at: new Date().toISOString() }] };
    }
    setSaving(true);
    setSaveError('');
    const base = initial ? draftFromValues(valuesFromProfile(initial), initial.id, undefined, new Set()) : undefined;
    const error = await onSave(draftFromValues(current, latest?.id, latest, removed), base);
    // On success the parent unmounts the form; only an error comes back here.
    if (error !== null) {
      setSaving(false);
      setSaveError(t('options.form.save-failed', { error }));
    }
  };

  const emailDescribedBy = [ids.emailHelp, emailError ? ids.emailError : ''].filter(Boolean).join(' ');

  return (
    <form className="profile-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId} className="form-heading">
        {initial ? t('options.form.edit-heading', { label: initial.label }) : t('options.form.new-heading')}
      </h2>
      {deletedElsewhere && <p className="warning">{t('options.form.deleted-elsewhere')}</p>}

      <TextField
        label={t('options.form.label')}
        help={t('options.form.label-help')}
        error={errors.label}
        value={values.label}
        onChange={(v) => set('label', v)}
        inputRef={labelRef}
        required
        maxLength={200}
      />
      <TextField
        label={t('options.form.company')}
        help={t('options.form.company-help')}
        value={values.companyName}
        onChange={(v) => set('companyName', v)}
        maxLength={500}
        wide
        notes={nameNotes.map((note) => ({
          severity: note.severity,
          text: t(`options.form.name-note.${note.kind}`, { region: regionName(note.region, t.locale), found: note.found ?? '', expected: note.expected ?? '' }),
        }))}
      />
      <TextField
        label={t('options.form.registration-number')}
        help={t('options.form.registration-number-help')}
        value={values.registrationNumber}
        onChange={(v) => set('registrationNumber', v)}
        maxLength={100}
      />

      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.country}>{t('options.form.country')}</label>
          <select id={ids.country} value={values.country} onChange={(event) => set('country', event.currentTarget.value)}>
            <option value="">{t('options.form.country-unset')}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {t.locale === 'zh_CN' ? `${region.zh[0] ?? region.en} · ${region.en}` : `${region.en} · ${region.zh[0] ?? ''}`}
              </option>
            ))}
            <option value="other">{t('options.form.country-other')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.entity}>{t('options.form.entity-type')}</label>
          <select
            id={ids.entity}
            value={values.entityType}
            aria-describedby={values.entityType === 'personal' ? ids.entityWarning : undefined}
            onChange={(event) => set('entityType', event.currentTarget.value as EntityType)}
          >
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {t(`options.form.entity.${type}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {values.country === 'other' && (
        <TextField
          label={t('options.form.country-other-code')}
          help={t('options.form.country-other-help')}
          error={errors.otherCountry}
          value={values.otherCountry}
          onChange={(v) => set('otherCountry', v.toUpperCase())}
          inputRef={otherCountryRef}
          maxLength={2}
          narrow
        />
      )}
      <div aria-live="polite">
        {values.entityType === 'personal' && (
          <p id={ids.entityWarning} className="warning">
            {t('options.form.personal-warning')}
          </p>
        )}
      </div>

      <div className="field checkbox">
        <input
          id={ids.verifiedOa}
          type="checkbox"
          checked={values.hasVerifiedOfficialAccount}
          aria-describedby={ids.verifiedOaHelp}
          onChange={(event) => set('hasVerifiedOfficialAccount', event.currentTarget.checked)}
        />
        <div>
          <label htmlFor={ids.verifiedOa}>{t('options.form.verified-oa')}</label>
          <p id={ids.verifiedOaHelp} className="help">
            {t('options.form.verified-oa-help')}
          </p>
        </div>
      </div>

      <TextField
        label={t('options.form.oa-email')}
        help={t('options.form.oa-email-help')}
        error={errors.officialAccountEmail}
        value={values.officialAccountEmail}
        onChange={(v) => set('officialAccountEmail', v)}
        inputRef={oaEmailRef}
        type="email"
        maxLength={320}
      />

      <div className="field">
        <label htmlFor={ids.emailInput}>{t('options.form.emails')}</label>
        <p id={ids.emailHelp} className="help">
          {t('options.form.emails-help')}
        </p>
        <div className="inline">
          <input
            id={ids.emailInput}
            type="email"
            value={newEmail}
            autoComplete="off"
            spellCheck={false}
            maxLength={320}
            aria-describedby={emailDescribedBy}
            aria-invalid={emailError ? true : undefined}
            onChange={(event) => {
              setNewEmail(event.currentTarget.value);
              setEmailError('');
            }}
            onKeyDown={onEmailKey}
          />
          <button type="button" className="button" onClick={addEmail}>
            {t('options.form.emails-add')}
          </button>
        </div>
        <div aria-live="polite">
          {emailError && (
            <p id={ids.emailError} className="error">
              {emailError}
            </p>
          )}
        </div>
        {values.emails.length === 0 ? (
          <p className="muted">{t('options.form.emails-none')}</p>
        ) : (
          <ul className="emails">
            {values.emails.map((email) => {
              const others = elsewhere.get(emailKey(email.address));
              return (
                <li key={emailKey(email.address)}>
                  <span className="address">{email.address}</span>
                  <span className={`tag ${email.status}`}>{t(`options.form.email-status.${email.status}`)}</span>
                  {others && <span className="elsewhere">{t('options.form.email-elsewhere', { labels: others.join(', ') })}</span>}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('options.form.emails-remove', { address: email.address })}
                    onClick={() => removeEmail(email.address)}
                  >
                    {t('options.form.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <div className="field-row">
        <TextField
          label={t('options.form.app-id')}
          help={t('options.form.app-id-help')}
          value={values.appId}
          onChange={(v) => set('appId', v)}
          maxLength={64}
        />
        <TextField label={t('options.form.original-id')} value={values.originalId} onChange={(v) => set('originalId', v)} maxLength={64} />
      </div>

      <div className="field">
        <label htmlFor={ids.notes}>{t('options.form.notes')}</label>
        <p id={ids.notesHelp} className="help">
          {t('options.form.notes-help')}
        </p>
        <textarea
          id={ids.notes}
          value={values.notes}
          rows={4}
          maxLength={20_000}
          aria-describedby={ids.notesHelp}
          onChange={(event) => set('notes', event.currentTarget.value)}
        />
      </div>

      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? t('options.form.saving') : t('options.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          {t('options.form.cancel')}
        </button>
      </div>
    </form>
  );
}

interface TextFieldProps {
  label: string;
  /** Notes on what is typed (warn, info): shown under the field as it is typed, announced politely, never blocking the save. */
  notes?: readonly { severity: 'warn' | 'info'; text: string }[];
  help?: string;
  error?: string;
  value: string;
  onChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
  type?: 'text' | 'email';
  required?: boolean;
  maxLength?: number;
  wide?: boolean;
  narrow?: boolean;
}

function TextField({ label, help, error, value, onChange, inputRef, type = 'text', required, maxLength, wide, narrow, notes }: TextFieldProps) {
  const t = useTranslator();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const notesId = `${id}-notes`;
  const describedBy = [help ? helpId : '', error ? errorId : '', notes?.length ? notesId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={wide ? 'field wide' : narrow ? 'field narrow' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {help && (
        <p id={helpId} className="help">
          {help}
        </p>
      )}
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        required={required}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {error && (
        <p id={errorId} className="error">
          {t(error)}
        </p>
      )}
      {notes && (
        <div id={notesId} aria-live="polite" className="field-notes">
          {notes.map((note) => (
            <p key={note.text} className={note.severity === 'warn' ? 'warning' : 'info-note'} data-severity={note.severity}>
              {note.text}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
