/**
 * Import rules between the parts of the code, checked by `npm run lint:deps` (run by `npm test`, so in CI).
 * docs/architecture.md ("Modules as boundaries") explains each rule and why it is there.
 *
 * API modules (apps/api/src/modules/<m>/): a module owns its tables. Another module may import only its public
 * surface: `<m>.module.ts` (the Nest module), `*.service.ts`, `*.port.ts` (read ports: an interface and the provider
 * the owner exports), `*.access.ts` (per-record checks), `*.loaders.ts` (the one shared loader per relation),
 * `*.errors.ts`, `models/` (GraphQL types), `*.middleware.ts`, and history's `unit-of-work.ts`. Never its
 * `*.entity.ts`, `*.repository.ts`, `dto/` or anything else.
 * Cycles between modules (through different files) are checked by scripts/module-cycles.mjs, also run by lint:deps.
 */
const MODULES = '^apps/api/src/modules/';
const PUBLIC_SURFACE = [
  '[^/]+[.]module[.]ts$',
  '[^/]+[.]service[.]ts$',
  '[^/]+[.]port[.]ts$',
  '[^/]+[.]access[.]ts$',
  '[^/]+[.]loaders[.]ts$',
  '[^/]+[.]errors[.]ts$',
  'models/[^/]+[.]ts$',
  '[^/]+[.]middleware[.]ts$',
  // The history module's unit of work (a transaction and its typed events), which every writing module runs in.
  'unit-of-work[.]ts$',
];
const FEATURES = '^apps/web/src/features/';

module.exports = {
  forbidden: [
    {
      name: 'api-module-internals',
      severity: 'error',
      comment:
        'A module reaches another module only through its public surface (module, service, port, access, loaders, ' +
        'errors, models); its entities, repositories and other internals are its own. See docs/architecture.md.',
      from: { path: `${MODULES}([^/]+)/` },
      to: {
        path: `${MODULES}([^/]+)/`,
        pathNot: [`${MODULES}$1/`, ...PUBLIC_SURFACE.map((p) => `${MODULES}[^/]+/${p}`)],
      },
    },
    {
      name: 'api-common-no-modules',
      severity: 'error',
      comment: 'common/ is shared by every module and depends on none of them.',
      from: { path: '^apps/api/src/common/' },
      to: { path: MODULES },
    },
    {
      name: 'pact-is-pure',
      severity: 'error',
      comment: 'libs/pact is framework-free and imports nothing from the apps.',
      from: { path: '^libs/pact/' },
      to: { path: '^(apps|migrations)/' },
    },
    {
      name: 'apps-apart',
      severity: 'error',
      comment: 'The API and the dashboard share code only through libs/ (the dashboard reads the API through GraphQL).',
      from: { path: '^apps/(api|web)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'web-shared-is-shared',
      severity: 'error',
      comment: 'Imports flow shared (components, lib, generated) -> features -> app: shared code knows no feature.',
      from: { path: '^apps/web/src/(components|lib|generated)/' },
      to: { path: '^apps/web/src/(features|app)/' },
    },
    {
      name: 'web-features-below-app',
      severity: 'error',
      comment: 'Features do not import the app shell (routes, layout); the app imports features.',
      from: { path: FEATURES },
      to: { path: '^apps/web/src/app/' },
    },
    {
      name: 'web-feature-internals',
      severity: 'error',
      comment:
        "A feature does not reach into another feature's folders; when one truly needs another's piece, the owner " +
        'exports it from its public index.ts. Shared pieces belong in components/ or lib/.',
      from: { path: `${FEATURES}([^/]+)/` },
      to: { path: FEATURES, pathNot: [`${FEATURES}$1/`, `${FEATURES}[^/]+/index[.]ts$`] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No file imports itself through others.',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (a typo in a path would otherwise hide a dependency from these rules).',
      from: { path: '^(apps|libs)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
      // Type-only packages (e.g. @graphql-typed-document-node/core) name their entry point in `typings`.
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
