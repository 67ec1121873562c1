/**
 * One jest run, three projects:
 * - pact: pure unit tests of libs/pact;
 * - api-unit: unit tests next to the API code (*.spec.ts);
 * - api: integration and end-to-end suites on a real PostgreSQL (apps/api/test), see apps/api/test/setup;
 * - reliability: hostile input, concurrency, faults and load against the app on a real PostgreSQL
 *   (apps/api/test/reliability/*.rel-spec.ts). `npm test` runs it last and alone (`npm run test:reliability`), so
 *   that its measurements do not share the machine with the other suites.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  // PGlite ships CommonJS as .cjs with dynamic import() of Node built-ins, which jest's VM cannot run without
  // --experimental-vm-modules: swc turns those imports into require().
  transform: { '^.+\\.(t|j|cj)s$': swc },
  // ESM-only packages the API loads with require() (Node 20.19+ runs them natively): swc turns them into CommonJS
  // for jest. file-type exports no `require` condition: moduleNameMapper points jest at its entry point.
  transformIgnorePatterns: [
    '/node_modules/(?!(@electric-sql|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|openid-client|oauth4webapi|jose)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@pacte/pact$': '<rootDir>/libs/pact/src/index.ts',
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
  rootDir: __dirname,
};
module.exports = {
  // Suites wait on PostgreSQL and Chromium as much as they compute: two workers at least, even on two cores (jest's
  // default is one less than the cores). Each worker has its own database (apps/api/test/setup/worker-database.ts).
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
  // The longest suites first, by the durations CI measured when jest has none of its own (a fresh clone).
  testSequencer: `${__dirname}/scripts/test-sequencer.cjs`,
  // Per-project testTimeout is ignored by jest: integration tests talk to a real database, so the bound is generous.
  testTimeout: 60000,
  projects: [
    // The dashboard: component tests (jsdom) and end to end in Chromium against the built app (see apps/web).
    '<rootDir>/apps/web/jest.config.cjs',
    '<rootDir>/apps/web/jest.e2e.config.cjs',
    { ...common, displayName: 'pact', testMatch: ['<rootDir>/libs/pact/src/**/*.spec.ts'] },
    { ...common, displayName: 'api-unit', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/apps/api/test/**/*.(int|e2e)-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/apps/api/test/setup/worker-database.ts'],
    },
    {
      ...common,
      displayName: 'reliability',
      testMatch: ['<rootDir>/apps/api/test/reliability/**/*.rel-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/apps/api/test/setup/worker-database.ts'],
    },
  ],
};
