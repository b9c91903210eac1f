// ESLint, configured once: JavaScript's and TypeScript's recommended rules everywhere, Astro's for .astro files with
// their accessibility rules (eslint-plugin-astro with jsx-a11y), and each folder told where its code runs.
// Formatting is Prettier's job (.prettierrc.json), so no rule here is about layout.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'deploy/',
      'deploy-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-strict'],
  {
    rules: {
      // An unused name is a mistake, except one that says on purpose that it is left out (`_questions`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // The browser's code.
  { files: ['src/enhance/**', '**/*.astro'], languageOptions: { globals: globals.browser } },
  // Node: the build, its config, scripts and tests.
  {
    files: ['*.{js,mjs,ts}', 'scripts/**', 'tests/**', 'src/integrations/**', 'src/loaders/**', 'src/pages/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  // Tests and the measuring scripts run in Node but hand functions to the browser (page.evaluate), so both sets of
  // names are real there.
  {
    files: ['tests/**', 'scripts/bench*.mjs', 'scripts/phone-first-screen.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
