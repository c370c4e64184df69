import { CHECKED_FIELDS } from '../../engine/checks';
import type { LocatedField } from '../../engine/locate';
import { regionFromText } from '../../engine/region-name';
import { readCallingCode, readFieldValue } from '../../engine/values';

/** Fields whose value is a choice, checked as soon as it is seen (not only after the user leaves them). */
const CHOICE_KINDS = new Set(['radio', 'select', 'checkbox']);

/**
 * The recognised fields' values, read once per repaint, and what the user did with them. Checks
 * that consult stored client data run only on values the user entered (`typed`): a page script that
 * sets a value and fires its own event learns nothing about this agency's clients.
 */
export class FieldValues {
  /** Each field's value at the last repaint. */
  current: Record<string, string> = {};
  /** The country/region the page itself shows (a region code), or null. */
  pageRegion: string | null = null;
  /** Fields the user has left at least once: from then on they are checked on every input. */
  readonly touched = new Set<string>();
  /**
   * Each field's value as the user last entered it: text typed, pasted or dropped by the user's own
   * trusted events (content/user-edit.ts), a choice by a trusted change.
   */
  readonly typed = new Map<string, string>();
  /** Fields the user has focused: their client-derived verdicts have a place (the inline frame). */
  readonly engaged = new Set<string>();

  /** Reads every field's value and the page's country/region. */
  read(fields: readonly LocatedField[]): void {
    const values: Record<string, string> = {};
    for (const field of fields) {
      values[field.id] = readFieldValue(field);
      // The calling code chosen beside a phone number (engine/checks/types.ts: `<field>-country`).
      if (field.rule.kind === 'phone') values[`${field.id}-country`] = readCallingCode(field);
    }
    this.current = values;
    const country = fields.some((f) => f.id === 'country') ? regionFromText(values.country)?.code : undefined;
    this.pageRegion = country ?? null;
  }

  /** The value shown is the one the user entered. */
  byUser(fieldId: string): boolean {
    return this.typed.get(fieldId) === (this.current[fieldId] ?? '');
  }

  /** Whether the field's checks are due: it has checks, and the user left it (choices: once chosen). */
  due(field: LocatedField): boolean {
    const value = this.current[field.id] ?? '';
    return CHECKED_FIELDS.includes(field.id) && (this.touched.has(field.id) || (CHOICE_KINDS.has(field.rule.kind) && value !== ''));
  }
}
