// Turns a finding into text with a message table (e.g. locales/en/checks.json). Pure.
import type { Finding } from './types';

export type CheckMessages = Readonly<Record<string, string>>;

/** The message key: `code:variant` when the table has it, else `code`. */
export function messageKey(finding: Pick<Finding, 'code' | 'variant'>, messages?: CheckMessages): string {
  if (finding.variant) {
    const specific = `${finding.code}:${finding.variant}`;
    if (!messages || Object.prototype.hasOwnProperty.call(messages, specific)) return specific;
  }
  return finding.code;
}

/** Names of the {placeholders} in a message, in order. */
export function placeholders(message: string): string[] {
  return Array.from(message.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? '');
}

/**
 * The finding's message with its params filled in. An unknown key yields the key itself, and a
 * missing param leaves its {placeholder} visible, so gaps are noticed rather than blank.
 */
export function formatFinding(finding: Finding, messages: CheckMessages): string {
  const key = messageKey(finding, messages);
  const template = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : undefined;
  if (template === undefined) return key;
  const params = finding.params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}
