// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { features } from '../../../content/features';
import { featureSource, guarded } from '../../../content/features/guard';
import { createFailureCounter } from '../../../engine/diagnostics';
import { parseDocument } from '../../support/dom';

// The registry and the one guard every hook runs in.

describe('feature registry', () => {
  it('names each feature once, in the order tips and the panel are built', () => {
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A tip starts from the console's notes; the taken email is recorded after they are read.
    expect(ids.indexOf('console-notes')).toBeLessThan(ids.indexOf('field-checks'));
    expect(ids.indexOf('console-notes')).toBeLessThan(ids.indexOf('taken-email'));
  });
});

describe('the guard', () => {
  it('counts a throwing hook once per feature in data-mpg-errors and returns the fallback', () => {
    const doc = parseDocument('<p>x</p>');
    const failures = createFailureCounter(doc);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const boom = () => {
      throw new Error('boom');
    };
    expect(guarded(failures, featureSource('a'), boom, 'kept')).toBe('kept');
    expect(guarded(failures, featureSource('a'), boom, 'kept')).toBe('kept');
    expect(guarded(failures, featureSource('b'), () => 'ran', 'kept')).toBe('ran');
    expect(doc.documentElement.dataset.mpgErrors).toBe('1');
    expect(failures.sources).toEqual(['feature:a']);
    warn.mockRestore();
  });
});
