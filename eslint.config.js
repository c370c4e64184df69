import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layers, lowest first (docs/architecture.md, "Layers"): a folder imports only from its own layer
// and the ones below. test/unit/layers.test.ts proves each zone refuses a wrong import.
const below = (folder, ...above) => ({ target: `./${folder}`, from: above.map((f) => `./${f}`), message: layerMessages[folder] });
const layerMessages = {
  locales: 'locales/ is texts: it imports no project code.',
  rules: 'rules/ is data: it imports only rules/ and locales/.',
  engine: 'engine/ is pure: it imports only engine/, rules/ and locales/.',
  storage: 'storage/ sits below the UI: it imports only storage/, engine/, rules/ and locales/.',
  content: 'content/ is the content script: no entrypoints/ and no practice console.',
  components: 'components/ is the UI: it imports no entrypoints/, no content script and no practice console.',
  practice: 'practice/ is imported only by entrypoints/practice/.',
};
const UPPER = ['storage', 'content', 'components', 'practice', 'entrypoints', 'replicas'];
const layerZones = [
  below('locales', 'rules', 'engine', ...UPPER),
  below('rules', 'engine', ...UPPER),
  below('engine', ...UPPER),
  below('storage', 'content', 'components', 'practice', 'entrypoints', 'replicas'),
  below('content', 'practice', 'entrypoints', 'replicas'),
  {
    // The content script draws the overlay's plain-DOM views; logic it needs lives in content/ or below.
    target: './content',
    from: './components',
    except: [
      './field-tip.ts',
      './guide-panel.ts',
      './panel-handle.ts',
      './overlay-host.ts',
      './presenter/presenter-ui.ts',
      './side-panel-protocol.ts',
      './inline/frame.ts',
      './inline/protocol.ts',
    ],
    message:
      'content/ may import only the overlay views from components/ (field-tip, guide-panel, panel-handle, overlay-host, presenter-ui, the inline frame and the side panel protocol), no logic.',
  },
  below('components', 'content', 'practice', 'entrypoints'),
  { target: ['./locales', './rules', './engine', './storage', './content', './components', './replicas'], from: './practice', message: layerMessages.practice },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'demo-screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No import cycles: modules load in one order, and a cycle hides which one owns what.
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Imports go one way, down the layers of docs/architecture.md ("Layers").
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    // Browser specs take `test` from the fixtures: one fixture pool, so Playwright keeps each worker (and
    // its shared Chromium) across spec files instead of a new worker and browser launch per switch.
    files: ['test/e2e/**/*.ts'],
    ignores: ['test/e2e/fixtures.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test'], message: "Import test from './fixtures' (docs/development.md)." }] },
      ],
    },
  },
  {
    // React code only: Playwright fixtures also call a function named `use`.
    files: ['components/**/*.tsx', 'content/**/*.tsx', 'entrypoints/**/*.tsx', 'practice/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        history: 'readonly',
        fetch: 'readonly',
        DOMParser: 'readonly',
        HTMLInputElement: 'readonly',
        Element: 'readonly',
        setTimeout: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
