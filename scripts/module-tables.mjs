#!/usr/bin/env node
/**
 * No API module reads or writes another module's tables in SQL text, which the import rules (.dependency-cruiser.cjs)
 * cannot see. Each table belongs to the module whose `*.entity.ts` declares it (`@Entity('name')`); a file of module
 * A that names a table of module B after FROM, JOIN, INTO, UPDATE, TABLE or TRUNCATE (or in `getRepository('b')`) is
 * an error, unless docs/architecture.md lists that file and table as a read-model exception, in the table between
 * `<!-- read-models:start -->` and `<!-- read-models:end -->`. An exception listed there that the code no longer has
 * is an error too, so the list stays true. Exit 1 on any error.
 *
 * Usage: node scripts/module-tables.mjs [root]   (root: the folder holding apps/api/src/modules; default: cwd)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';

const MODULES = 'apps/api/src/modules';
const DOC = 'docs/architecture.md';
const START = '<!-- read-models:start -->';
const END = '<!-- read-models:end -->';

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The code without its comments (SQL lives in strings; prose in comments may name tables freely). */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** table → owning module, from the `@Entity('table')` declarations. */
export function tableOwners(root) {
  const owners = new Map();
  for (const file of filesUnder(join(root, MODULES))) {
    const module = relative(join(root, MODULES), file).split('/')[0];
    for (const match of readFileSync(file, 'utf8').matchAll(/@Entity\(\s*['"]([a-z0-9_]+)['"]/g)) {
      owners.set(match[1], module);
    }
  }
  return owners;
}

/** Every `{ module, file, table, owner }` where a module's SQL names a table another module owns. */
export function crossModuleTables(root) {
  const owners = tableOwners(root);
  const names = [...owners.keys()].sort((a, b) => b.length - a.length).join('|');
  if (!names) return [];
  const sql = new RegExp(
    `\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE)\\s+(?:ONLY\\s+)?"?(${names})"?(?![a-z0-9_])` +
      `|getRepository\\(\\s*['"\`](${names})['"\`]`,
    'g',
  );
  const found = [];
  for (const file of filesUnder(join(root, MODULES))) {
    const path = relative(root, file);
    const module = relative(join(root, MODULES), file).split('/')[0];
    const tables = new Set();
    for (const match of withoutComments(readFileSync(file, 'utf8')).matchAll(sql)) tables.add(match[1] ?? match[2]);
    for (const table of [...tables].sort()) {
      const owner = owners.get(table);
      if (owner !== module) found.push({ module, file: path, table, owner });
    }
  }
  return found;
}

/** The exceptions docs/architecture.md lists: `file → table`, from the table between the markers. */
export function documentedExceptions(root) {
  const doc = readFileSync(join(root, DOC), 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC}: the ${START} … ${END} block is missing`);
  const allowed = new Set();
  for (const line of doc.slice(start + START.length, end).split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | module | file | tables it reads or writes | why |
    if (cells.length < 5 || !cells[2].startsWith('`apps/')) continue;
    const file = cells[2].replace(/`/g, '');
    for (const table of cells[3].matchAll(/`([a-z0-9_]+)`/g)) allowed.add(`${file} → ${table[1]}`);
  }
  return allowed;
}

export function checkModuleTables(root = process.cwd()) {
  const allowed = documentedExceptions(root);
  const found = crossModuleTables(root);
  const errors = [];
  const used = new Set();
  for (const f of found) {
    const key = `${f.file} → ${f.table}`;
    if (allowed.has(key)) used.add(key);
    else
      errors.push(
        `error api-module-tables: ${f.file} (module ${f.module}) names table ${f.table} of module ${f.owner}: ` +
          `read it through ${f.owner}'s service or port, or list it as a read model in ${DOC}`,
      );
  }
  for (const key of [...allowed].filter((k) => !used.has(k)).sort()) {
    errors.push(`error api-module-tables: ${DOC} lists ${key} as a read model, but the code no longer does it`);
  }
  return { errors, exceptions: used.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { errors, exceptions } = checkModuleTables(process.argv[2]);
  for (const error of errors) console.error(error);
  if (errors.length > 0) process.exit(1);
  console.log(`✔ no module names another's table in SQL, but the ${exceptions} file → table exceptions of ${DOC}`);
}
