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
  // jsdom with Node's fetch, streams and Request/Response (MSW intercepts them): MSW's documented set-up for jest.
  testEnvironment: 'jest-fixed-jsdom',
  transform: {
    '^.+\\.m?(t|j)sx?$': [
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
  // MSW's ESM-only dependencies, turned into CommonJS for jest by the same swc transform.
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^@pacte/pact$': '<rootDir>/libs/pact/src/index.ts',
    '\\.css$': '<rootDir>/apps/web/test/support/style-stub.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/apps/web/test/support/setup.ts'],
};
