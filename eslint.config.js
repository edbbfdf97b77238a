// @ts-check
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/**
 * The architecture's import direction (shared/docs/architecture.md), enforced:
 * renderer -> shared, electron -> shared, electron/services -> shared; shared
 * imports nothing of ours and nothing of Electron, Node or the DOM.
 */
const nodeBuiltins = { regex: `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?$`, message: 'Node built-ins belong to electron/.' };
const electronPackage = { regex: '^electron(/.*)?$', message: 'Only electron/ (outside services/) may import Electron.' };
const ourRenderer = { regex: '(^|/)renderer(/|$)', message: 'Nothing imports the renderer.' };
const ourElectron = { regex: '^(\\.\\./)+electron(/|$)', message: 'The renderer and shared/ never import electron/.' };
const restricted = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['.vite/', 'dist/', 'out/', 'node_modules/', 'test-results/', '.samverka-dev/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcRenderer'][property.name='on']", message: 'The renderer gets no raw IPC events; add a contract channel.' },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restricted(
        electronPackage,
        nodeBuiltins,
        ourRenderer,
        ourElectron,
        { regex: '^(\\.\\./)+(tests|scripts)(/|$)', message: 'shared/ imports nothing of ours outside shared/.' },
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'Blob', 'File'].map((name) => ({
          name,
          message: 'shared/ is pure TypeScript: no DOM.',
        })),
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'shared/ is pure TypeScript: no Node.',
        })),
      ],
    },
  },
  {
    files: ['electron/services/**'],
    rules: {
      'no-restricted-imports': restricted(
        { ...electronPackage, message: 'Services never import Electron: take what they need as parameters.' },
        ourRenderer,
        { regex: '^\\.\\./(?!\\.\\./)', message: 'Services import shared/ and each other, not the Electron shell.' },
      ),
    },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/services/**'],
    rules: { 'no-restricted-imports': restricted(ourRenderer) },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/api.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'samverka', message: 'Reach the app through renderer/api.ts.' },
        { object: 'globalThis', property: 'samverka', message: 'Reach the app through renderer/api.ts.' },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': restricted(
        { ...electronPackage, message: 'The renderer reaches the app only through renderer/api.ts.' },
        nodeBuiltins,
        ourElectron,
      ),
    },
  },
);
