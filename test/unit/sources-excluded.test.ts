import { describe, expect, it } from 'vitest';
import { gitignoreToGlob, sourcesExcluded } from '../../packaging/sources';

// The sources archive leaves out what .gitignore ignores (packaging/sources.ts).

describe('the sources archive exclusions', () => {
  it('turn .gitignore patterns into globs over the project', () => {
    expect(gitignoreToGlob('demo-screenshots/')).toBe('**/demo-screenshots/**');
    expect(gitignoreToGlob('/test-results/')).toBe('test-results/**');
    expect(gitignoreToGlob('*.log')).toBe('**/*.log');
    expect(gitignoreToGlob('bench/results/*.tmp')).toBe('bench/results/*.tmp');
    for (const skipped of ['', '   ', '# a comment', '!keep.me']) expect(gitignoreToGlob(skipped)).toBeNull();
  });

  it("exclude the project's generated output and docs/", () => {
    const excluded = sourcesExcluded();
    for (const glob of ['**/demo-screenshots/**', '**/test-results/**', '**/playwright-report/**', '**/.output/**', 'docs/**']) {
      expect(excluded).toContain(glob);
    }
  });
});
