import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchemaSdl } from '../schema/build-schema';

/**
 * npm run schema:write — writes apps/api/schema.graphql from the code-first resolvers.
 * With --check (CI): fails when the committed file differs from what the code produces.
 */
async function main(): Promise<void> {
  const file = path.resolve(__dirname, '../../schema.graphql');
  const sdl = await buildSchemaSdl();
  if (process.argv.includes('--check')) {
    const current = readFileSync(file, 'utf8');
    if (current !== sdl) {
      console.error('apps/api/schema.graphql is out of date: run `npm run schema:write` and commit it');
      process.exit(1);
    }
    console.log('apps/api/schema.graphql is up to date');
    return;
  }
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
