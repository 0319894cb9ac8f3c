// Lint: typescript-eslint's recommended rules for all code, and the Office add-in rules
// (eslint-plugin-office-addins: load before read, sync after load, no sync in loops) for the code
// that talks to Excel. Formatting is not linted: the plugin's prettier preset is left out.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'coverage/', '.tmp/', '**/*.js', '!eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off', // control characters are matched on purpose (clipboard, OOXML)
      'no-misleading-character-class': 'off', // combining marks in classes are deliberate (Vietnamese)
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
);
