import { formatFinding } from '../engine/checks/format';
import type { Finding } from '../engine/checks/types';
import type { LocatedField } from '../engine/locate';
import { matchConsoleMessages } from '../engine/messages';
import { forEachTextNode } from '../engine/text';
import type { FieldTipModel, TipFinding, TipLabels } from '../components/field-tip';
import { htmlLang, type Messages, type Translate } from '../locales/overlay';
import { consoleMessageKeys, type ConsoleMessage } from '../rules/messages';

// Builds what a field's tip shows from the field, the console's own texts in its row and the
// findings of its checks. Pure apart from reading the row's text.

const MAX_ROW_TEXT = 4_000;

/** The console's hints and errors currently shown in the field's row (hidden error slots excluded). */
export function consoleMessagesInRow(field: LocatedField): ConsoleMessage[] {
  const parts: string[] = [];
  forEachTextNode(field.row, (node) => void parts.push(node.data), MAX_ROW_TEXT);
  const text = parts.join('');
  const seen = new Set<string>();
  return matchConsoleMessages(text)
    .map((m) => m.message)
    .filter((m) => !seen.has(m.id) && seen.add(m.id));
}

export function toTipFinding(finding: Finding, messages: Messages): TipFinding {
  return { code: finding.code, severity: finding.severity, text: formatFinding(finding, messages), facts: finding.facts };
}

export function statusOf(findings: readonly Finding[]): FieldTipModel['status'] {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  if (findings.some((f) => f.severity === 'info')) return 'info';
  return 'ok';
}

export function tipLabels(t: Translate): TipLabels {
  return {
    lang: htmlLang[t.locale],
    badge: t('tip.badge'),
    severity: { ok: t('tip.severity.ok'), info: t('tip.severity.info'), warn: t('tip.severity.warn'), error: t('tip.severity.error') },
  };
}

export function baseTipModel(field: LocatedField, notes: readonly ConsoleMessage[], t: Translate): FieldTipModel {
  return {
    fieldId: field.id,
    labels: tipLabels(t),
    name: t(`field.${field.id}.name`),
    about: t(`field.${field.id}.about`),
    consoleNotes: notes.map((m) => {
      const keys = consoleMessageKeys(m.id);
      return { zh: m.zh, en: t(keys.en), action: m.kind === 'hint' ? undefined : t(keys.action) };
    }),
  };
}
