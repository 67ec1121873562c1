/**
 * End-to-end tests of the dashboard in Debian's Chromium (playwright-core), against the built app:
 * `npx jest -c apps/web/jest.e2e.config.cjs` from the root (builds the API and the dashboard first if needed).
 * Screenshots go to $ARTIFACTS_DIR/screenshots (default: artifacts/screenshots at the root).
 */
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
/** @type {import('jest').Config} */
module.exports = {
  rootDir: root,
  displayName: 'web-e2e',
  testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Builds the app if needed and makes the run's seed DATA_DIR once: each suite's app starts on a copy of it.
  globalSetup: '<rootDir>/apps/web/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/web/e2e/support/global-teardown.ts',
  testTimeout: 300000,
};
