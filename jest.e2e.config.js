/**
 * End-to-end tests of the built task pane in Chromium (test/e2e). Run after `npm run build`:
 *   npm run build && npx jest -c jest.e2e.config.js
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 120000,
  maxWorkers: 1,
};
