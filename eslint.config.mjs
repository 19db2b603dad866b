// typescript-eslint with the strict, type-checked rule sets over src/ and test/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/results/', 'custom-elements.json'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests reach into shadow roots and fixtures, where non-null assertions say "this must exist".
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read decoded cookie JSON through index signatures.
      '@typescript-eslint/dot-notation': 'off',
    },
  },
  {
    // Build, test-runner and demo-server scripts run in Node.
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Demo pages and test fixtures are plain browser scripts.
    files: ['demo/**/*.js', 'test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
