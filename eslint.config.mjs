import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'bench/results.json', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never parse data as HTML.' },
        { selector: "Identifier[name='unsafeHTML']", message: 'Never parse data as HTML.' },
      ],
    },
  },
  {
    // The core runs in Node and in browsers alike: no page, no Lit, and nothing of ours but
    // itself (dependencies point one way: components → core).
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'location', 'history', 'customElements',
        'HTMLElement', 'localStorage', 'sessionStorage', 'requestAnimationFrame', 'getComputedStyle', 'matchMedia']
        .map((name) => ({ name, message: 'The core has no DOM: it runs in Node too.' }))],
      'no-restricted-imports': ['error', { patterns: [
        { group: ['lit', 'lit/*', '@lit/*'], message: 'The core has no Lit: it runs in Node too.' },
        { group: ['**/components/**', '**/data/**', '**/cli/**', '**/cli.js'], message: 'The core depends on nothing of ours outside src/core.' },
      ] }],
    },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
