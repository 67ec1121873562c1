/**
 * Jest for the dashboard (jsdom, Testing Library): `npx jest -c apps/web/jest.config.cjs` from the root.
 * The same object is meant to become the `web` project of the root jest.config.js.
 */
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
/** @type {import('jest').Config} */
module.exports = {
  rootDir: root,
  displayName: 'web',
  testMatch: ['<rootDir>/apps/web/test/**/*.test.ts?(x)'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@pacte/pact$': '<rootDir>/libs/pact/src/index.ts',
    '\\.css$': '<rootDir>/apps/web/test/support/style-stub.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/apps/web/test/support/setup.ts'],
};
