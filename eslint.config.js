// ESLint flat config. House rules: /STYLE.md "Lint, format, comments" and "Naming".
// Zero warnings: `eslint . --max-warnings 0` (part of `npm test`).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

/** Files whose tool expects a default export. */
const CONFIG_FILES = [
  '**/*.config.{ts,mts,cts,js,mjs,cjs}',
  '**/vite.config.*',
  '**/vitest.config.*',
  '**/vitest.workspace.*',
  '**/playwright.config.*',
  'eslint.config.js',
];

const TEST_FILES = [
  '**/*.test.{ts,tsx}',
  '**/*.int.test.{ts,tsx}',
  '**/test/**',
  '**/test-support/**',
  'apps/e2e/**',
];

const NO_ENUM = {
  selector: 'TSEnumDeclaration',
  message: 'No TS enums: use an `as const` object and a union type (STYLE.md, Naming).',
};
const NO_DEFAULT_EXPORT = [
  {
    selector: 'ExportDefaultDeclaration',
    message: 'Named exports only (STYLE.md, Naming).',
  },
  {
    selector: 'ExportNamedDeclaration > ExportSpecifier[exported.name="default"]',
    message: 'Named exports only (STYLE.md, Naming).',
  },
];

/**
 * `@typescript-eslint/consistent-type-definitions` ("type", not "interface") that leaves
 * module augmentation alone: `declare module 'fastify' { interface FastifyRequest … }`
 * and `declare global { … }` only work through declaration merging, which needs
 * `interface`. Everywhere else it reports (and fixes) exactly like the original.
 */
const consistentTypeDefinitions = (() => {
  const original = tseslint.plugin.rules['consistent-type-definitions'];
  const isAugmentation = (node, context) =>
    context.sourceCode
      .getAncestors(node)
      .some(
        (a) => a.type === 'TSModuleDeclaration' && (a.kind === 'global' || a.id.type === 'Literal'),
      );
  return {
    meta: original.meta,
    create(context) {
      const listeners = original.create(context);
      const inner = listeners.TSInterfaceDeclaration;
      if (inner === undefined) return listeners;
      return {
        ...listeners,
        TSInterfaceDeclaration(node) {
          if (!isAugmentation(node, context)) inner(node);
        },
      };
    },
  };
})();
const lotsPlugin = { rules: { 'consistent-type-definitions': consistentTypeDefinitions } };

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/data/',
    '**/coverage/',
    '**/test-results/',
    '**/playwright-report/',
    '**/.tmp/',
    'apps/e2e/screenshots/',
    'bench/results/',
    'bench/.data/',
    '**/*.json',
  ]),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // ---- TypeScript, with type information --------------------------------------------
  {
    files: TS_FILES,
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
    ],
    plugins: { lots: lotsPlugin },
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A switch without `default` must name every member of the union; a `default` counts
      // as handling the rest (needed for foreign unions such as zod's issue codes).
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/consistent-type-definitions': 'off',
      'lots/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `onClick={() => setOpen(true)}` and `x => void promise` are fine.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // React event props take async handlers; the rest of the rule still applies.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      // Fastify plugins and handlers are `async` by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': ['error', NO_ENUM, ...NO_DEFAULT_EXPORT],
    },
  },

  // ---- Plain JavaScript (bin scripts, scripts/, config files): no type information ----
  {
    files: JS_FILES,
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      'no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
        },
      ],
      'no-restricted-syntax': ['error', ...NO_DEFAULT_EXPORT],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // ---- Config files: their tools want `export default` --------------------------------
  {
    files: CONFIG_FILES,
    rules: {
      'no-restricted-syntax': ['error', NO_ENUM],
    },
  },

  // ---- apps/web: browser + React hooks --------------------------------------------------
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: {
      globals: { ...globals.browser },
    },
  },

  // ---- Tests: fixtures and mocks need some slack -----------------------------------------
  {
    files: TEST_FILES,
    ignores: JS_FILES,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(obj.method).toHaveBeenCalled() passes methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
]);
