/**
 * The API modules, one node per module folder: no cycle between two modules, even through different files (e.g.
 * a.service → b.service and b.resolver → a/models). A separate run (`npm run lint:deps`), because folder rules see
 * every folder of the cruise: restricted to apps/api/src/modules, the registries outside the modules (the entity
 * list in database/, the resolver list in schema/) do not count as cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'api-module-cycle',
      severity: 'error',
      comment:
        'Modules depend on each other one way only. A cycle means one of the two dependencies should be turned ' +
        'around, or go through a port the depended-on module publishes (see elections/list-events.port.ts).',
      scope: 'folder',
      from: { path: '^apps/api/src/modules/([^/]+)' },
      to: { path: '^apps/api/src/modules/[^/]+', pathNot: '^apps/api/src/modules/$1(/|$)', circular: true },
    },
  ],
  options: {
    includeOnly: '^apps/api/src/modules/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
