/**
 * Lint rules: ESLint and typescript-eslint recommended (type-aware), the Rules of Hooks, and the
 * Office add-in rules. Globals follow where the code runs: the pane side in a browser, the
 * servers and tools in Node, the shared layers in both.
 */
const js = require('@eslint/js');
const { defineConfig, globalIgnores } = require('eslint/config');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');
const tseslint = require('typescript-eslint');

const BROWSER_CODE = [
  'src/taskpane/**',
  'src/app/**',
  'src/outlook/**',
  'src/harness/**',
  'src/commands/**',
];
const NODE_CODE = ['src/server/**', 'src/mock-crm/**', 'src/cli/**', 'scripts/**', 'test/**'];
const SHARED_CODE = ['src/domain/**', 'src/settings/**', 'src/crm/**'];
const CONFIG_FILES = ['*.config.js'];

/**
 * The plugin's own configs bundle Prettier and React settings; only its rules are wanted here.
 * Most of them guard the Excel/Word `context.sync()` batching model, which Outlook does not use,
 * so they are cheap insurance; `no-office-initialize` is the one that bites in a mail add-in.
 */
const officeAddinRules = {
  'office-addins/no-office-initialize': 'error',
  'office-addins/no-context-sync-in-loop': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/call-sync-after-load': 'error',
  'office-addins/no-empty-load': 'error',
  'office-addins/no-navigational-load': 'error',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

module.exports = defineConfig([
  globalIgnores(['dist/', 'node_modules/', '.data/', 'test-output/', 'coverage/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `{ dropped: _, ...rest }` leaves a column out; `_name` marks an argument kept for its
      // position in a signature or a test table.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_' },
      ],
    },
  },

  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },

  {
    files: BROWSER_CODE,
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinRules,
  },

  // Tests read untyped wire JSON and poke fake Office objects through `any` on purpose: the
  // expect() calls that follow are the checks, so the `any` guards would only add casts. Async
  // fakes and act(async ...) keep the timing and rejections of what they stand in for.
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  { files: BROWSER_CODE, languageOptions: { globals: globals.browser } },
  { files: NODE_CODE, languageOptions: { globals: globals.node } },
  { files: SHARED_CODE, languageOptions: { globals: globals['shared-node-browser'] } },

  // The CommonJS config files sit outside tsconfig.json: lint them without type information.
  {
    files: CONFIG_FILES.concat('eslint.config.js'),
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
