import type { DeadlineView } from './deadlines';
import type { StepStatus, StepView } from './progress';

// The timeline picture's data: the path's steps in order, each with its done date and the open
// deadlines it must meet. Optional steps show only once taken. Pure.

export interface TimelinePoint {
  stepId: string;
  title: string;
  status: StepStatus;
  /** When it was recorded done (ms), else null. */
  doneAt: number | null;
  /** Open deadlines this step must meet, soonest first. */
  deadlines: DeadlineView[];
}

export function timelinePoints(views: readonly StepView[], deadlines: readonly DeadlineView[]): TimelinePoint[] {
  return views
    .filter((view) => !view.step.optional || view.status === 'done')
    .map((view) => {
      const at = Date.parse(view.record?.at ?? '');
      return {
        stepId: view.step.id,
        title: view.step.title,
        status: view.status,
        doneAt: Number.isNaN(at) ? null : at,
        deadlines: deadlines.filter((d) => d.stepId === view.step.id),
      };
    });
}
