import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering of docs/architecture.md ("Layers") is enforced by eslint's import-x/no-restricted-paths
// (eslint.config.js). Each case lints a small module placed in a folder, with the project's own config,
// and expects the rule to refuse the wrong imports and accept the right ones.

const eslint = new ESLint({ cwd: process.cwd() });
// Linting with the whole project's config is slow on a busy machine.
const TIMEOUT = 120_000;

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('imports go one way', () => {
  it.each([
    ['engine/probe.ts', "import { send } from '../storage/client';\nexport const x = send;\n", 'engine/ is pure'],
    ['rules/probe.ts', "import { detectPage } from '../engine/detect';\nexport const x = detectPage;\n", 'rules/ is data'],
    ['storage/probe.ts', "import { startGuide } from '../content/guide';\nexport const x = startGuide;\n", 'storage/ sits below the UI'],
    ['components/probe.ts', "import { startPracticeFrame } from '../practice/frame';\nexport const x = startPracticeFrame;\n", 'components/ is the UI'],
    ['components/probe.ts', "import { startGuide } from '../content/guide';\nexport const x = startGuide;\n", 'components/ is the UI'],
    ['content/probe.ts', "import { PracticeApp } from '../practice/PracticeApp';\nexport const x = PracticeApp;\n", 'content/ is the content script'],
    ['content/probe.ts', "import { send } from '../components/use-client-book';\nexport const x = send;\n", 'no logic'],
    [
      'storage/probe.ts',
      "import { practiceSteps } from '../practice/practice-flow';\nexport const x = practiceSteps;\n",
      'practice/ is imported only by entrypoints/practice/',
    ],
  ])(
    '%s refuses %s',
    async (file, code, message) => {
      const errors = await layerErrors(file, code);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join('\n')).toContain(message);
    },
    TIMEOUT,
  );

  it.each([
    ['engine/probe.ts', "import { pageRules } from '../rules';\nexport const x = pageRules;\n"],
    ['content/probe.ts', "import { createFieldTip } from '../components/field-tip';\nexport const x = createFieldTip;\n"],
    ['components/probe.ts', "import { send } from '../storage/client';\nexport const x = send;\n"],
    ['entrypoints/practice/probe.ts', "import { startPracticeFrame } from '../../practice/frame';\nexport const x = startPracticeFrame;\n"],
  ])(
    '%s accepts an import from below: %s',
    async (file, code) => {
      expect(await layerErrors(file, code)).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('browser specs share the fixtures’ test', () => {
  async function restricted(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it(
    "refuses Playwright's own test in a spec, accepts its types and the fixtures' test",
    async () => {
      const errors = await restricted('test/e2e/probe.spec.ts', "import { test } from '@playwright/test';\ntest('x', () => {});\n");
      expect(errors.join('\n')).toContain("Import test from './fixtures'");
      const fine = "import type { Page } from '@playwright/test';\nimport { test } from './fixtures';\nexport type P = Page;\ntest('x', () => {});\n";
      expect(await restricted('test/e2e/probe.spec.ts', fine)).toEqual([]);
    },
    TIMEOUT,
  );
});
