// @ts-check
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The architecture's import direction (docs/architecture.md), enforced:
 * renderer -> shared, electron -> shared, electron/services -> shared; shared
 * imports nothing of ours and nothing of Electron, Node or the DOM.
 */
const nodeBuiltins = { regex: `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?$`, message: 'Node built-ins belong to electron/.' };
const electronPackage = { regex: '^electron(/.*)?$', message: 'Only electron/ (outside services/) may import Electron.' };
const ourRenderer = { regex: '(^|/)renderer(/|$)', message: 'Nothing imports the renderer.' };
const ourElectron = { regex: '^(\\.\\./)+electron(/|$)', message: 'The renderer and shared/ never import electron/.' };
const restricted = (...patterns) => ['error', { patterns }];
const rawIpcEvents = { selector: "MemberExpression[object.name='ipcRenderer'][property.name='on']", message: 'The renderer gets no raw IPC events; add a contract channel.' };
const kindLiteral = '[value=/^(medborgarlofte|samverkansoverenskommelse)$/]';

const sharedImports = [
  electronPackage,
  nodeBuiltins,
  ourRenderer,
  ourElectron,
  { regex: '^(\\.\\./)+(tests|scripts)(/|$)', message: 'shared/ imports nothing of ours outside shared/.' },
];

/**
 * The layers inside shared/, lowest first, as VS Code's layer rule keeps its
 * own: the vocabularies (the `as const` lists and the records that texts
 * describe: draft/vocabulary, draft/limits, draft/image, ipc/vocabulary) →
 * i18n (the Swedish words for them) → draft (the format, its checks and
 * summaries, which speak Swedish) → follow-up (the report's rows) → documents
 * (Word and the preview's outline) → ipc (the contract over all of it). A
 * layer imports only the layers below it. i18n may name a draft's types
 * (`import type`, e.g. `Pick<Draft, 'title'>`) but use none of its values;
 * the cycle rule below still counts those type edges.
 */
const draftVocabulary = ['vocabulary', 'limits', 'image'];
const above = (layer, ...higher) => ({
  regex: `^\\.\\./(${higher.join('|')})(/|$)`,
  message: `shared/${layer} sits below ${higher.map((h) => `shared/${h}`).join(', ')} (the layers in eslint.config.js).`,
});
const sharedLayers = [
  {
    files: ['shared/i18n/**'],
    patterns: [
      above('i18n', 'follow-up', 'documents'),
      { regex: '^\\.\\./ipc/(?!vocabulary$)', message: 'shared/i18n reads the contract\'s words from shared/ipc/vocabulary.ts, not the contract.' },
      {
        regex: `^\\.\\./draft/(?!(${draftVocabulary.join('|')})$)`,
        allowTypeImports: true,
        message: 'shared/i18n takes values from the draft vocabulary (shared/draft/vocabulary.ts, limits.ts, image.ts) only.',
      },
    ],
  },
  { files: ['shared/draft/**'], ignores: draftVocabulary.map((name) => `shared/draft/${name}.ts`), patterns: [above('draft', 'follow-up', 'documents', 'ipc')] },
  {
    files: [...draftVocabulary.map((name) => `shared/draft/${name}.ts`), 'shared/ipc/vocabulary.ts'],
    patterns: [
      { regex: '^\\.\\./', message: 'A vocabulary is a leaf: it imports no other folder of shared/.' },
      { regex: `^\\./(?!(${draftVocabulary.join('|')})$)`, message: 'A vocabulary imports only the other vocabularies.' },
    ],
  },
  { files: ['shared/follow-up/**'], patterns: [above('follow-up', 'documents', 'ipc')] },
  { files: ['shared/documents/**'], patterns: [above('documents', 'ipc')] },
];

/**
 * import-x's no-cycle skips `import type` edges, and has no option to count them. We
 * count them: a type-only edge is one `type` keyword away from a value edge that
 * crashes at load (the ReferenceError of a cycle), and a cycle of types is still a
 * knot in the layering. So the rule sees every import and re-export as a value
 * edge: in the file being linted (a copy of the node, other rules see the real one)
 * and in every file it follows (parsed through a parser that marks them so).
 */
const edgeTypes = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'TSImportEqualsDeclaration']);
const asValueEdge = (node) => ({
  ...node,
  ...('importKind' in node && { importKind: 'value' }),
  ...('exportKind' in node && { exportKind: 'value' }),
  ...(node.specifiers && { specifiers: node.specifiers.map(asValueEdge) }),
});
const valueEdgeParser = {
  meta: { name: 'samverka-value-edge-parser' },
  parseForESLint(code, options) {
    const parsed = tseslint.parser.parseForESLint(code, options);
    parsed.ast.body = parsed.ast.body.map((node) => (edgeTypes.has(node.type) ? asValueEdge(node) : node));
    return parsed;
  },
};
const noCycle = importX.rules['no-cycle'];
const noCycleWithTypes = {
  meta: noCycle.meta,
  create(context) {
    const languageOptions = { ...context.languageOptions, parser: valueEdgeParser };
    const listeners = noCycle.create(Object.create(context, { languageOptions: { value: languageOptions } }));
    return Object.fromEntries(
      Object.entries(listeners).map(([type, listen]) => [type, edgeTypes.has(type) ? (node) => listen(asValueEdge(node)) : listen]),
    );
  },
};

export default tseslint.config(
  { ignores: ['.vite/', 'dist/', 'out/', 'node_modules/', 'test-results/', '.samverka-dev/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    files: ['electron/**/*.{ts,tsx}', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { samverka: { rules: { 'no-cycle': noCycleWithTypes } } },
    settings: { 'import-x/extensions': ['.ts', '.tsx'], 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: { 'samverka/no-cycle': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        rawIpcEvents,
      ],
    },
  },
  {
    // The app's code, not the tests: what differs between the two kinds is a table per kind (README: "a table per kind"), so a third kind is one entry in each.
    files: ['electron/**', 'shared/**', 'renderer/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        rawIpcEvents,
        ...[`BinaryExpression > Literal${kindLiteral}`, `SwitchCase > Literal.test${kindLiteral}`].map((selector) => ({
          selector,
          message: "Look the draft's kind up in a Record<DraftKind, …> instead of comparing it to a literal.",
        })),
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restricted(...sharedImports),
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
  ...sharedLayers.map(({ files, ignores = [], patterns }) => ({
    files,
    ignores,
    rules: { 'no-restricted-imports': restricted(...sharedImports, ...patterns) },
  })),
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
