// Layering is enforced here and by one tsconfig per layer (see docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

// Bare built-in names are matched exactly (as `paths`), so that a module like `./os` is not caught.
const nodeBuiltinNames = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'zlib', 'stream', 'events', 'buffer', 'module', 'worker_threads'];
const nodeBuiltinPaths = (message) => nodeBuiltinNames.map((name) => ({ name, message }));
const nodeBuiltins = ['node:*', 'fs/*'];
const uiLibraries = ['react', 'react/*', 'react-dom', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'zundo'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'release-test/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The pure domain core: no UI, no Node, no Electron, no DOM, and nothing else of the repo.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/test-support/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'shared/ is pure: no Electron.' }, ...nodeBuiltinPaths('shared/ is pure: no Node built-ins (use node/ for files).')],
        patterns: [
          { group: [...uiLibraries], message: 'shared/ is pure: no React, React Flow or zustand.' },
          { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins (use node/ for files).' },
          { group: ['**/renderer/**', '**/electron/**', '**/node/**', '**/e2e/**', '**/bench/**'], message: 'shared/ depends on nothing else in the repo.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'navigator', 'localStorage'],
    },
  },
  {
    // Node-only layer (files, command line): may use Node and shared/, never the UI or Electron.
    files: ['node/**/*.ts'],
    ignores: ['node/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'node/ must run in plain Node: no Electron.' }],
        patterns: [
          { group: [...uiLibraries], message: 'node/ has no UI.' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'node/ depends only on shared/.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...uiLibraries], message: 'The main process has no UI library.' },
          { group: ['**/renderer/**'], message: 'electron/ and renderer/ never import each other: share types through shared/.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The renderer reaches the desktop only through the preload bridge.' },
          ...nodeBuiltinPaths('The renderer runs in a sandbox: no Node built-ins.'),
        ],
        patterns: [
          { group: nodeBuiltins, message: 'The renderer runs in a sandbox: no Node built-ins.' },
          { group: ['**/electron/**', '**/node/**'], message: 'renderer/ depends only on shared/.' },
        ],
      }],
    },
  },
  {
    // No literal user-facing strings in the renderer's JSX: text, titles, aria labels and
    // placeholders come from the catalogs (docs/i18n.md). Attributes that are not text a person
    // reads are exempt.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', {
        mode: 'jsx-only',
        'jsx-attributes': {
          exclude: [
            'className', 'style', 'type', 'key', 'id', 'width', 'height', 'role', 'src', 'href', 'rel',
            'target', 'name', 'icon', 'side', 'tone', 'testId', '.*TestId', '.*ClassName', 'data-.*', 'htmlFor', 'autoComplete',
            'inputMode', 'viewBox', 'd', 'fill', 'stroke', 'points', 'transform', 'xmlns', 'accept',
            'draggable', 'spellCheck', 'kind', 'source', 'side', 'align', '.*KeyCode', 'field', 'variant', 'severity', 'position', 'sizes', 'dir', 'lang', 'method', 'loading', 'decoding', 'placement',
          ],
        },
        callees: {
          exclude: [
            'i18n(ext)?', 't', 'l', 'm', 'counted', 'formatMessage', 'figureText', 'presetText', 'changePanel',
            'require', 'addEventListener', 'removeEventListener', 'postMessage', 'getElementById',
            'dispatch', 'commit', 'includes', 'indexOf', 'endsWith', 'startsWith', 'querySelector',
          ],
        },
        words: { exclude: ['[0-9!-/:-@[-`{-~·×—–…•▸▾◀▶→←↑↓]+', 'Strata', 'GiB', 'vCPU', 'CPU', 'RAM', '\\.strata'] },
      }],
    },
  },
  {
    // The action manifest names labels by key only (`labelKey: 'action.save'`): no literal words.
    files: ['shared/actions/**/*.ts'],
    ignores: ['shared/actions/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'Property[key.name=/^(label|hint|title|text|description|tooltip)$/] > Literal',
        message: 'The manifest holds label keys, not words: add the text to shared/i18n (docs/i18n.md).',
      }, {
        selector: 'Property[key.name=/^(label|hint|title|text|description|tooltip)$/] > TemplateLiteral',
        message: 'The manifest holds label keys, not words: add the text to shared/i18n (docs/i18n.md).',
      }],
    },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', '**/*.test.ts', '**/*.test.tsx', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
