import { z } from 'zod';
import { consolePageIdSchema, factIdEnumSchema } from './facts';
import { fields } from './fields';
import { consoleMessageById } from './messages';
import {
  APPID_SEEN,
  flowStepIds,
  MANUAL,
  pathIds,
  type DeadlineUnit,
  type FlowDeadline,
  type FlowPath,
  type FlowPathInput,
  type FlowStep,
  type PathId,
} from './flows';
import type { Same } from './same';

// The zod schemas of the flows (data and types: rules/flows.ts). They validate every path in the unit
// tests and the background's messages; the content script never loads them.

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
const textKey = z.string().regex(/^[a-z0-9.-]+$/, 'locale key');

/** A completion signal; page and message ids must exist (rules/facts.ts, rules/messages.ts). */
export const signalSchema = z.string().superRefine((value, ctx) => {
  if (value === MANUAL || value === APPID_SEEN) return;
  const [kind, id = ''] = value.split(/:(.*)/s);
  if (kind === 'page' && consolePageIdSchema.safeParse(id).success) return;
  if (kind === 'message' && consoleMessageById(id)) return;
  if (kind === 'field' && Object.values(fields).some((field) => field.id === id)) return;
  ctx.addIssue({ code: 'custom', message: `unknown signal "${value}" (page:<page id>, message:<message id>, field:<field id>, appid:seen or manual)` });
});

export const deadlineUnitSchema = z.enum(['hours', 'days', 'working-days']);

export const deadlineSchema = z.object({
  id: kebab,
  /** The step whose recorded date starts the clock. */
  after: kebab,
  /** 0 days: due on the recorded date itself (an expiry date typed by the user). */
  amount: z.number().int().nonnegative(),
  unit: deadlineUnitSchema,
  /** hard: missing it costs the application or a fee; expected: when to chase if nothing happened. */
  kind: z.enum(['hard', 'expected']),
  /** Locale key naming what is due. */
  label: textKey,
  facts: z.array(factIdEnumSchema).min(1),
  /** Later steps whose recorded dates prove the start happened by then (the earliest counts when `after` is missing). */
  orAfter: z.array(kebab).min(1).optional(),
  /** Steps that close the deadline once done or passed. */
  closedBy: z.array(kebab).min(1).optional(),
  /** Steps one of which must be recorded for the deadline to open (the route was chosen). */
  openedBy: z.array(kebab).min(1).optional(),
  /** How sure the source is; absent means official. */
  confidence: z.enum(['official', 'third-party']).optional(),
  /** A window opening this many calendar months before the due date. */
  opensMonthsBefore: z.number().int().min(1).max(11).optional(),
  /** The clock comes back every year once its step is done. */
  yearly: z.boolean().optional(),
  /** The due date estimated from another step when `after` is missing. */
  estimatedFrom: z.object({ step: kebab, months: z.number().int().min(1) }).optional(),
});

export const flowStepSchema = z.object({
  id: kebab,
  title: textKey,
  /** What to do now, in one sentence. */
  next: textKey,
  facts: z.array(factIdEnumSchema).default([]),
  completesOn: z.array(signalSchema).min(1),
  /** Only some clients take this step; it never becomes the current step. */
  optional: z.boolean().default(false),
  /** Records a date only; never shown as a step (must be optional). */
  hidden: z.boolean().optional(),
  deadlines: z.array(deadlineSchema).default([]),
  /** Steps whose record means this one never comes (its deadlines close too). */
  skippedAfter: z.array(kebab).default([]),
});

export const pathIdSchema = z.enum(pathIds);

export const flowPathSchema = z
  .object({
    id: pathIdSchema,
    name: textKey,
    about: textKey,
    steps: z.array(flowStepSchema).min(1),
  })
  .superRefine((path, ctx) => {
    const seen = new Set<string>();
    const all = new Set(path.steps.map((step) => step.id));
    path.steps.forEach((step, index) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `step "${step.id}" appears twice` });
      if (step.hidden && !step.optional)
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'hidden'], message: `hidden step "${step.id}" must be optional` });
      for (const skip of step.skippedAfter) {
        if (!seen.has(skip))
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index, 'skippedAfter'],
            message: `"${step.id}" is skipped after "${skip}", which is not an earlier step`,
          });
      }
      for (const deadline of step.deadlines) {
        for (const id of [
          ...(deadline.orAfter ?? []),
          ...(deadline.closedBy ?? []),
          ...(deadline.openedBy ?? []),
          ...(deadline.estimatedFrom ? [deadline.estimatedFrom.step] : []),
        ]) {
          if (!all.has(id))
            ctx.addIssue({
              code: 'custom',
              path: ['steps', index, 'deadlines'],
              message: `deadline "${deadline.id}" names "${id}", which is no step of this path`,
            });
        }
        // A yearly clock says when its step opens again (its window) and counts whole days from a typed date.
        if (deadline.yearly && (deadline.opensMonthsBefore === undefined || deadline.unit !== 'days'))
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index, 'deadlines'],
            message: `yearly deadline "${deadline.id}" needs opensMonthsBefore and days`,
          });
        if (deadline.estimatedFrom && !deadline.yearly)
          ctx.addIssue({ code: 'custom', path: ['steps', index, 'deadlines'], message: `deadline "${deadline.id}": estimatedFrom is for yearly clocks` });
        if (!seen.has(deadline.after)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index, 'deadlines'],
            message: `deadline "${deadline.id}" starts after "${deadline.after}", which is not an earlier step`,
          });
        }
      }
      seen.add(step.id);
    });
  });

export const flowStepIdSchema = z.string().refine((id) => flowStepIds.includes(id), 'unknown step id');

// The hand-written types in rules/flows.ts must say exactly what these schemas say.
type Interchangeable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesTypes: [
  Same<z.infer<typeof deadlineUnitSchema>, DeadlineUnit>,
  Same<z.infer<typeof deadlineSchema>, FlowDeadline>,
  Same<z.infer<typeof flowStepSchema>, FlowStep>,
  Same<z.infer<typeof pathIdSchema>, PathId>,
  Same<z.infer<typeof flowPathSchema>, FlowPath>,
  Interchangeable<z.input<typeof flowPathSchema>, FlowPathInput>,
] = [true, true, true, true, true, true];
