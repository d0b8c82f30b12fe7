// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';

const PURE = "pure code imports none of Node's modules: I/O belongs at the edges";
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Fixtures that stand for a user's own modules: plain JavaScript loaded by the built CLI.
  { ignores: ['dist/**', 'node_modules/**', 'eslint.config.js', 'tests/cli/fixtures/**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // Pure code: no I/O, no clock, no randomness (DESIGN.md, Pure code).
    files: [
      'src/domain/**/*.ts',
      'src/replay/**/*.ts',
      'src/projections/**/*.ts',
      'src/render/**/*.ts',
      'src/check/**/*.ts',
      'src/simulate/**/*.ts',
      'src/stepper/*.ts', // the stepper's pure core; its terminal and file I/O is in src/stepper/shell
      'machines/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Node's built-in modules, with or without the node: prefix (`fs`, `fs/promises`, …).
          paths: builtinModules.map((name) => ({ name, message: PURE })),
          patterns: [{ group: ['node:*'], message: PURE }],
        },
      ],
    },
  },
);
