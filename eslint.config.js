// ESLint (flat config): JavaScript and TypeScript rules from typescript-eslint, Astro
// components through eslint-plugin-astro. `npm run lint` fails on any warning.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-fixtures/',
      'dist-paged/',
      '.paged-content/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `const { a: _a, ...rest } = x` is how the tests drop a field; underscore means unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Scripts that run in the reader's browser.
    files: ['src/**/*.astro', 'src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
