// ESLint (flat config): typescript-eslint with the type-aware promise rules,
// react-hooks and jsx-a11y for the renderer, lines of at most 120 characters,
// and no rule switched off without a reason in the same comment
// (`// eslint-disable-next-line rule -- why`). Formatting is Prettier's
// (.prettierrc.json); `npm run lint` runs both.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Local rule: an eslint-disable comment must say why (`-- reason`). */
const omni = {
  rules: {
    'disable-needs-reason': {
      meta: {
        type: 'suggestion',
        schema: [],
        messages: { reason: 'Say why the rule is off: `eslint-disable... rule -- reason`.' },
      },
      create(context) {
        return {
          Program() {
            for (const comment of context.sourceCode.getAllComments()) {
              const text = comment.value.trim();
              if (/^eslint-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) {
                context.report({ loc: comment.loc, messageId: 'reason' });
              }
            }
          },
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', '.electron-native/', 'test-results/', 'data/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      // Two programs, as `npm run typecheck` has them: renderer + shared, and electron + shared + tests.
      parserOptions: { project: ['./tsconfig.json', './tsconfig.electron.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits hides its failure (an IPC call, a file write).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    plugins: { omni },
    rules: {
      'omni/disable-needs-reason': 'error',
      // Prettier wraps code at 120 but cannot break a string, a template literal (SQL, a Norwegian sentence,
      // an expected message in a test) or a URL; splitting those with `+` only hides them from grep.
      // Comments are ours to wrap, so they are held to 120.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
        },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      // Dialogs focus their first field on open (WAI-ARIA dialog pattern, keyboard first): the one
      // DOM autoFocus lives in components/fields.tsx and says why there; callers pass the prop.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    files: ['electron/**', 'scripts/**', 'tests/**', '*.config.{js,ts,cjs}', '.dependency-cruiser.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Plain JavaScript files are not in a tsconfig: no type-aware rules there.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
