import { HISTORY_EVENT_NAMES } from '@pacte/pact';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { EVENT_ROLES, withEventCatalogue } from './event-catalogue-doc';

const ROOT = path.resolve(__dirname, '../../../../..');
const MODULES = path.join(ROOT, 'apps/api/src/modules');

/** Every module's code (spec files and this catalogue's own listing left out), by module. */
function moduleSources(): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string, module: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file, module);
      else if (
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.spec.ts') &&
        entry.name !== 'event-catalogue-doc.ts'
      )
        sources.set(module, `${sources.get(module) ?? ''}\n${readFileSync(file, 'utf8')}`);
    }
  };
  for (const entry of readdirSync(MODULES, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(path.join(MODULES, entry.name), entry.name);
  }
  return sources;
}

describe('the event catalogue of docs/architecture.md', () => {
  it('is the one generated from libs/pact and the writers and readers (npm run docs:events rewrites it)', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
    expect(withEventCatalogue(doc)).toBe(doc);
  });

  it('names, for every event, the module whose code records it and exactly the other modules that read it', () => {
    const sources = moduleSources();
    const found = HISTORY_EVENT_NAMES.map((name) => {
      const records = new RegExp(`name:\\s*'${name}'`);
      const names = new RegExp(`'${name}'`);
      const writers = [...sources].filter(([, text]) => records.test(text)).map(([m]) => m);
      const readers = [...sources]
        .filter(([m, text]) => !writers.includes(m) && names.test(text))
        .map(([m]) => m)
        .sort();
      return { name, writers, readers };
    });
    const declared = HISTORY_EVENT_NAMES.map((name) => ({
      name,
      writers: [EVENT_ROLES[name].writtenBy.module],
      readers: EVENT_ROLES[name].readBy.map((r) => r.module).sort(),
    }));
    expect(found).toEqual(declared);
  });
});

describe('readers of the history', () => {
  it('never read a payload by JSON path in SQL (->, ->>, #>, #>>): only through the event catalogue', () => {
    const found = [...moduleSources()].filter(([, text]) => /(->>?|#>>?)\s*['\d]/.test(text)).map(([m]) => m);
    expect(found).toEqual([]);
  });
});
