import type { FailureCounter } from '../../engine/diagnostics';

// The one place a feature's error is caught: counted once per feature in data-mpg-errors and the
// diagnostics (`feature:<id>`), logged, and the guide goes on. Never rethrows.

export function guarded<T>(failures: FailureCounter, source: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    failures.record(source);
    console.warn('[MP Console Guide]', source, error);
    return fallback;
  }
}

export const featureSource = (id: string) => `feature:${id}`;
