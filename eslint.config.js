// ESLint flat config (ESLint 10, typescript-eslint 8; not type-aware, to stay fast).
// The import rules below encode the layering in docs/LAYOUT.md.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// builtinModules already lists sub-paths such as 'fs/promises'; 'node:*' is matched by regex.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('node:'));

const SHARED_MSG = 'shared/ is pure TypeScript: no Electron, Node, DOM-library or UI imports.';
const RENDERER_MSG =
  'renderer/ runs in a sandboxed web page: no Electron, Node builtins or conf/electron-store; talk to window.wijkweb.';
const PLAIN_NODE_MSG =
  'electron/server and electron/store must run under plain Node (browser mode): do not import electron or electron-store.';
const PRELOAD_MSG =
  'electron/preload is a sandboxed CommonJS preload: only electron, events, timers, url, shared/ and bundled pure deps (zod).';
const IPC_MSG =
  'ipcMain/ipcRenderer belong in electron/main/ipc* and electron/preload only; use the typed API from shared/ipc.';

const rule = '@typescript-eslint/no-restricted-imports';

/** ipcMain/ipcRenderer may only be imported in the IPC layer. */
const ipcRestriction = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: IPC_MSG,
};

const minimalNodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'structuredClone',
    'fetch',
    'performance',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: [
      'out/**',
      'out.next/**',
      'out.prev/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.test-data/**',
      'build/**',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: minimalNodeGlobals },
  },

  // --- shared/: pure TypeScript -------------------------------------------------------
  {
    files: ['shared/**'],
    rules: {
      [rule]: [
        'error',
        {
          paths: [
            ...nodeBuiltins,
            'electron',
            'electron-store',
            'conf',
            'react',
            'react-dom',
            'react-i18next',
            'cytoscape',
            'd3',
          ].map((name) => ({ name, message: SHARED_MSG })),
          patterns: [
            {
              // node:*, package sub-paths and plugin families.
              regex: '^(?:node:|electron/|react/|react-dom/|react-i18next/|cytoscape[-/]|d3[-/])',
              message: SHARED_MSG,
            },
            {
              // Relative imports out of shared/ into the process-specific trees.
              regex: '^(?:\\.\\./)+(?:electron|renderer)(?:/|$)',
              message: SHARED_MSG,
            },
          ],
        },
      ],
    },
  },

  // --- renderer/: browser code ----------------------------------------------------------
  {
    files: ['renderer/**'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      [rule]: [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'electron-store', 'conf'].map((name) => ({
            name,
            message: RENDERER_MSG,
          })),
          patterns: [
            { regex: '^(?:node:|electron/|electron-store/|conf/)', message: RENDERER_MSG },
            {
              // Relative imports of Electron-side sources (types only are fine).
              regex: '^(?:\\.\\./)+electron(?:/|$)',
              message: RENDERER_MSG,
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },

  // --- electron/: IPC only in the IPC layer ------------------------------------------------
  {
    files: ['electron/**'],
    ignores: ['electron/main/ipc*', 'electron/main/ipc*/**', 'electron/preload/**'],
    rules: {
      [rule]: ['error', { paths: [ipcRestriction] }],
    },
  },
  {
    // Sandboxed preload: only 'electron' and a few polyfilled modules exist at runtime.
    files: ['electron/preload/**'],
    rules: {
      [rule]: [
        'error',
        {
          paths: [
            ...nodeBuiltins.filter((name) => !['events', 'timers', 'url'].includes(name)),
            'electron-store',
            'conf',
          ].map((name) => ({ name, message: PRELOAD_MSG })),
          patterns: [
            { regex: '^node:(?!(?:events|timers|url)$)', message: PRELOAD_MSG },
            { regex: '^(?:\\.\\./)+(?:main|server|store)(?:/|$)', message: PRELOAD_MSG, allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // The HTTP bridge and the store are also loaded by `node out/main/server.js`.
    files: ['electron/server/**', 'electron/store/**'],
    rules: {
      [rule]: [
        'error',
        {
          paths: [
            { name: 'electron', message: PLAIN_NODE_MSG },
            { name: 'electron-store', message: PLAIN_NODE_MSG },
          ],
          patterns: [
            { regex: '^(?:electron/|electron-store/)', message: PLAIN_NODE_MSG },
            { regex: '^(?:\\.\\./)+(?:main|preload|renderer)(?:/|$)', message: PLAIN_NODE_MSG },
          ],
        },
      ],
    },
  },
);
