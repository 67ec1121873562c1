import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderPermissionMatrix } from '../common/auth/permission-matrix';

export const START = '<!-- permission-matrix:start -->';
export const END = '<!-- permission-matrix:end -->';

/** npm run docs:permissions — rewrites the matrix section of docs/permissions.md from the code's table. */
function main(): void {
  const file = path.resolve(__dirname, '../../../../docs/permissions.md');
  const doc = readFileSync(file, 'utf8');
  // prettier-ignore keeps the generated table byte for byte, so the test can compare it with the code's.
  const block = `${START}\n<!-- prettier-ignore-start -->\n${renderPermissionMatrix()}\n<!-- prettier-ignore-end -->\n${END}`;
  const next = doc.includes(START)
    ? doc.replace(new RegExp(`${START}[\\s\\S]*?${END}`), block)
    : `${doc.trimEnd()}\n\n## Mutation × role matrix\n\n${block}\n`;
  writeFileSync(file, next);
  console.log(`updated ${file}`);
}

main();
