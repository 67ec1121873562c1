// Rewrites the generated block of docs/api.md (datasets, filters, columns) from the open-data catalogue of libs/pact.
// Run after `npm run build -w @pacte/pact`; a libs/pact test fails when the block is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { withOpenDataMarkdown } = require(join(root, 'libs/pact/dist/index.js'));
const file = join(root, 'docs/api.md');
writeFileSync(file, withOpenDataMarkdown(readFileSync(file, 'utf8')));
console.log(`${file}: open-data block rewritten`);
