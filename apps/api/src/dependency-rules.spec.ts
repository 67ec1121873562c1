import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * The import rules of `npm run lint:deps` (.dependency-cruiser.cjs and scripts/module-cycles.mjs, see
 * docs/architecture.md), run on a small tree of files laid out like the repository: each rule must refuse the import
 * that breaks it, and let the allowed ones through. A rule loosened or mistyped so that it no longer bites fails here.
 */
const ROOT = path.resolve(__dirname, '../../..');
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');
const MODULE_CYCLES = path.join(ROOT, 'scripts/module-cycles.mjs');
const MODULE_TABLES = path.join(ROOT, 'scripts/module-tables.mjs');

const FILES: Record<string, string> = {
  // API modules: a → b through b's public surface is fine, a → b's entity is not.
  'apps/api/src/modules/b/b.entity.ts': `@Entity('b_row')\nexport class BEntity { id!: string; }`,
  // SQL text: a names b's table (refused), e names it as a documented read model (allowed), b names its own.
  'apps/api/src/modules/a/a.repository.ts': [
    `// A comment may say that rows come FROM b_row: only code counts.`,
    `export const q = \`SELECT x.id\n  FROM a_row x\n  JOIN b_row y ON y.id = x.b_id\`;`,
  ].join('\n'),
  'apps/api/src/modules/a/a.entity.ts': `@Entity('a_row')\nexport class AEntity { id!: string; }`,
  'apps/api/src/modules/e/e.repository.ts': `export const q = 'SELECT count(*) FROM "b_row"';`,
  'apps/api/src/modules/b/b.sql.ts': `export const q = 'UPDATE b_row SET id = id';`,
  'docs/architecture.md': [
    '<!-- read-models:start -->',
    '| module | file | tables | why |',
    '| --- | --- | --- | --- |',
    '| `e` | `apps/api/src/modules/e/e.repository.ts` | `b_row` | a read model |',
    '| `f` | `apps/api/src/modules/f/gone.ts` | `b_row` | no longer in the code |',
    '<!-- read-models:end -->',
  ].join('\n'),
  'apps/api/src/modules/b/b.repository.ts': `import { BEntity } from './b.entity';\nexport const findB = (): BEntity[] => [];`,
  'apps/api/src/modules/b/b.service.ts': `import { findB } from './b.repository';\nexport const listB = () => findB();`,
  'apps/api/src/modules/b/models/b.model.ts': `export interface BModel { id: string }`,
  'apps/api/src/modules/a/a.service.ts': [
    `import { listB } from '../b/b.service';`,
    `import type { BModel } from '../b/models/b.model';`,
    `import { BEntity } from '../b/b.entity';`,
    `import { findB } from '../b/b.repository';`,
    `export const a = (): BModel[] => [...listB(), ...findB(), new BEntity()];`,
  ].join('\n'),
  // Modules c and d depend on each other through different files: no file cycle, but a module cycle.
  'apps/api/src/modules/c/c.service.ts': `import { d } from '../d/d.service';\nexport const c = () => d();`,
  'apps/api/src/modules/c/models/c.model.ts': `export interface CModel { id: string }`,
  'apps/api/src/modules/d/d.service.ts': `export const d = () => 1;`,
  'apps/api/src/modules/d/d.resolver.ts': `import type { CModel } from '../c/models/c.model';\nexport type R = CModel;`,
  'apps/api/src/common/shared.ts': `import { listB } from '../modules/b/b.service';\nexport const s = listB;`,
  'libs/pact/src/index.ts': `import { listB } from '../../../apps/api/src/modules/b/b.service';\nexport const p = listB;`,
  // The dashboard.
  'apps/web/src/lib/util.ts': `import { shown } from '../features/f';\nexport const u = shown;`,
  'apps/web/src/features/g/index.ts': `export { G } from './components/G';`,
  'apps/web/src/features/g/components/G.tsx': `export const G = 1;`,
  'apps/web/src/features/f/index.ts': `export const shown = 1;`,
  'apps/web/src/features/f/components/F.tsx': [
    `import { G } from '../../g';`,
    `import { G as Inside } from '../../g/components/G';`,
    `import { route } from '../../../app/routes';`,
    `import { a } from '../../../../../api/src/modules/a/a.service';`,
    `export const F = [G, Inside, route, a];`,
  ].join('\n'),
  'apps/web/src/app/routes.ts': `import { F } from '../features/f/components/F';\nexport const route = F;`,
  'apps/web/src/components/One.tsx': `import { two } from './Two';\nexport const one = two;`,
  'apps/web/src/components/Two.tsx': `import { one } from './One';\nimport { x } from './Missing';\nexport const two = [one, x];`,
};

interface Violation {
  rule: string;
  from: string;
  to: string;
}

function cruise(cwd: string, config: string, dirs: string[]): Violation[] {
  const run = spawnSync(DEPCRUISE, ['-c', config, '-T', 'json', ...dirs], { cwd, encoding: 'utf8' });
  if (run.error) throw run.error;
  const result = JSON.parse(run.stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('dependency rules (npm run lint:deps)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pacte-deps-'));
    cpSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
    writeFileSync(path.join(dir, 'tsconfig.base.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx' } }));
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), `${text}\n`);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses what crosses a boundary, and only that', () => {
    const found = cruise(dir, '.dependency-cruiser.cjs', ['apps/api/src', 'apps/web/src', 'libs/pact/src']);
    const seen = found.filter((v) => v.rule !== 'no-circular').map((v) => `${v.rule}: ${v.from} → ${v.to}`);
    expect(seen.sort()).toEqual(
      [
        'api-module-internals: apps/api/src/modules/a/a.service.ts → apps/api/src/modules/b/b.entity.ts',
        'api-module-internals: apps/api/src/modules/a/a.service.ts → apps/api/src/modules/b/b.repository.ts',
        'api-common-no-modules: apps/api/src/common/shared.ts → apps/api/src/modules/b/b.service.ts',
        'pact-is-pure: libs/pact/src/index.ts → apps/api/src/modules/b/b.service.ts',
        'apps-apart: apps/web/src/features/f/components/F.tsx → apps/api/src/modules/a/a.service.ts',
        'web-shared-is-shared: apps/web/src/lib/util.ts → apps/web/src/features/f/index.ts',
        'web-features-below-app: apps/web/src/features/f/components/F.tsx → apps/web/src/app/routes.ts',
        'web-feature-internals: apps/web/src/features/f/components/F.tsx → apps/web/src/features/g/components/G.tsx',
        'not-to-unresolvable: apps/web/src/components/Two.tsx → ./Missing',
      ].sort(),
    );
    // One violation per file cycle (dependency-cruiser names one of its edges): the two cycles of the tree.
    const cycles = found.filter((v) => v.rule === 'no-circular').map((v) => [v.from, v.to].sort().join(' ↔ '));
    expect(cycles.sort()).toEqual([
      'apps/web/src/app/routes.ts ↔ apps/web/src/features/f/components/F.tsx',
      'apps/web/src/components/One.tsx ↔ apps/web/src/components/Two.tsx',
    ]);
  });

  it('refuses a cycle between two modules even when no file imports itself', () => {
    const run = spawnSync(process.execPath, [MODULE_CYCLES, dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error api-module-cycle: c ↔ d depend on each other:');
    expect(run.stderr).toContain('apps/api/src/modules/d/d.resolver.ts → apps/api/src/modules/c/models/c.model.ts');
    // a → b only: not a cycle.
    expect(run.stderr).not.toMatch(/\ba ↔|↔ b\b/);
  });

  it("refuses SQL naming another module's table, unless docs/architecture.md lists it as a read model", () => {
    const run = spawnSync(process.execPath, [MODULE_TABLES, dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'error api-module-tables: apps/api/src/modules/a/a.repository.ts (module a) names table b_row of module b: ' +
        "read it through b's service or port, or list it as a read model in docs/architecture.md",
      'error api-module-tables: docs/architecture.md lists apps/api/src/modules/f/gone.ts → b_row as a read model, ' +
        'but the code no longer does it',
    ]);
  });
});
