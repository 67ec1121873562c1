import 'reflect-metadata';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/config';
import { DumpService } from '../modules/exports/dump';
import { withAppContext } from './with-app-context';

const USAGE = 'usage: export-dump.js DIR';

/**
 * npm run export:dump -- DIR — writes the full public dump into DIR (created if needed): every public dataset as CSV
 * and the Frictionless datapackage.json describing them (Table Schema, licence, date, SHA-256 of each file), the same
 * files as GET /exports/dump.zip. Reads DATABASE_URL, or the embedded database in DATA_DIR; messages go to stderr.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('-')) throw new Error(USAGE);
  const dir = resolve(args[0]);
  mkdirSync(dir, { recursive: true });
  await withAppContext(loadConfig(), async (app) => {
    const pkg = await app.get(DumpService).write((path) => createWriteStream(join(dir, path)));
    for (const r of pkg.resources) console.error(`${r.path}: ${r.bytes} bytes, ${r.hash}`);
    console.error(`wrote ${pkg.resources.length} files and datapackage.json to ${dir}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
