import { z } from 'zod';
import { consolePageIdSchema, factIdEnumSchema } from './facts';
import type { ConsoleMessage, ConsoleMessageKind } from './messages';
import type { Same } from './same';

// The zod schema of a console message catalog entry (rules/messages.ts). The unit tests validate
// every entry with it; the content script never loads it.

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const consoleMessageKindSchema = z.enum(['hint', 'error', 'notice']);

export const consoleMessageSchema = z.object({
  /** Stable id, "<field-or-area>.<what>" in kebab-case, e.g. "email.occupied". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id like "email.occupied"'),
  /** The verbatim Chinese text; placeholders {0}, {1}, {n}, %s as in the source. */
  zh: z.string().trim().min(2),
  kind: consoleMessageKindSchema,
  fields: z.array(z.string().regex(kebab, 'kebab-case field id')).min(1).optional(),
  pages: z.array(consolePageIdSchema).min(1).optional(),
  facts: z.array(factIdEnumSchema).min(1).optional(),
  /** The email in the form is already in use: the extension records it as taken. */
  marksEmailTaken: z.boolean().optional(),
  ret: z.array(z.number().int()).min(1).optional(),
});

// The hand-written types in rules/messages.ts must say exactly what this schema says.
export const schemaMatchesTypes: [
  Same<z.infer<typeof consoleMessageSchema>, ConsoleMessage>,
  Same<z.infer<typeof consoleMessageKindSchema>, ConsoleMessageKind>,
] = [true, true];
