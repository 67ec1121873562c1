import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { withEventCatalogue } from '../modules/history/event-catalogue-doc';

/**
 * npm run docs:events — rewrites the event catalogue of docs/architecture.md from libs/pact's events and the writers
 * and readers listed in modules/history/event-catalogue-doc.ts (event-catalogue-doc.spec.ts fails when it is stale).
 */
function main(): void {
  const file = path.resolve(__dirname, '../../../../docs/architecture.md');
  writeFileSync(file, withEventCatalogue(readFileSync(file, 'utf8')));
  console.log(`updated ${file}`);
}

main();
