import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withOpenDataMarkdown } from './docs';

describe('docs/api.md', () => {
  it('lists the datasets and columns of the catalogue as they are (npm run docs:open-data rewrites them)', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/api.md'), 'utf8');
    expect(withOpenDataMarkdown(doc)).toBe(doc);
  });
});
