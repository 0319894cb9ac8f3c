/** Unit and integration tests. Type checking is `npm run lint` (tsc --noEmit); ts-jest only transpiles (isolatedModules: tsconfig.json). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // The task pane's end-to-end tests need the built dist/ and Chromium: jest.e2e.config.js runs them.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, which pulls Node-only tooling into jest.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
  },
  testTimeout: 120000,
};
