// ESLint for the whole repository (flat config): `npm run lint:eslint`, run by `npm run lint` and `npm test`.
// TypeScript is linted type-aware (typescript-eslint's recommendedTypeChecked, through each folder's tsconfig.json);
// the dashboard adds the React hooks rules. A rule turned off or down says why, on its line.
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'artifacts/**',
      '.tools/**',
      'data/**',
      // Generated from the schema by `npm run codegen`: checked by `codegen --check`, not by hand.
      'apps/web/src/generated/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // Directive comments: each disables named rules only (no bare `eslint-disable`), in pairs, and says why after `--`.
  comments.recommended,
  { rules: { '@eslint-community/eslint-comments/require-description': 'error' } },

  // Plain JavaScript: configs, scripts, benchmarks.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // TypeScript, type-aware.
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // Unused arguments named `_…` are deliberate (interface shapes, Nest's positional decorators).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },

  // Tests read the API's JSON responses and mocked payloads, which are `any` by nature, and check their shape with
  // expect(): the no-unsafe-* family would ask them to restate the GraphQL schema as casts. Source code keeps them.
  {
    files: ['**/test/**/*.{ts,tsx}', '**/e2e/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async interfaces (fetch, S3's request handler, a stream) without anything to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['apps/web/test/**/*.{ts,tsx}'],
    rules: {
      // The mocked transport's handlers throw the `{ errors }` body a GraphQL server answers with, as the client reads it.
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['migrations/src/**/*.ts'],
    rules: {
      // A migration on main is never edited; TypeORM's queryRunner.query() returns `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // The dashboard: browser globals and the React hooks rules.
  {
    files: ['apps/web/src/**/*.{ts,tsx}', 'apps/web/test/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Props and hook results are plain closures written with method shorthand (`onClose(): void`); none uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      // React ignores what an event handler returns: an async onSubmit/onClick is fine (each one catches its errors).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
);
