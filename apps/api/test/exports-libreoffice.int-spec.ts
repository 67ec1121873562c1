import { DATASET_IDS, getDataset } from '@pacte/pact';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { collectivityWithEverything, get } from './support/exports';
import { createTestApi, TestApi } from './support/test-app';

const run = promisify(execFile);

/**
 * The .ods exports open in LibreOffice with the same cells as the CSV: each one is converted with LibreOffice
 * headless (Debian's libreoffice-calc-nogui, installed by .ci/run) back to CSV, and compared cell by cell.
 */
describe('ODS exports through LibreOffice', () => {
  let api: TestApi;
  let tmp: string;
  let query: string;
  beforeAll(async () => {
    api = await createTestApi();
    tmp = mkdtempSync(join(tmpdir(), 'exports-ods-'));
    const own = await collectivityWithEverything(api);
    query = `code=${own.code}&kind=COMMUNE`;
  });
  afterAll(async () => {
    await api.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const cells = (text: string): string[][] => parse(text, { relax_column_count: true });

  it('converts every dataset’s .ods to the CSV the export gives', async () => {
    const files: string[] = [];
    const expected = new Map<string, string[][]>();
    for (const id of DATASET_IDS) {
      const q = id === 'software' ? 'category=OFFICE_SUITE' : query;
      const ods = await get(api, `/exports/${id}.ods?${q}`);
      expect(ods.status).toBe(200);
      const file = join(tmp, `${id}.ods`);
      writeFileSync(file, Buffer.from(await ods.arrayBuffer()));
      files.push(file);
      expected.set(id, cells(await (await get(api, `/exports/${id}.csv?${q}`)).text()));
    }
    // Separator, quote, UTF-8, first line; cells as shown (the .ods shows numbers and dates as the CSV writes them).
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(tmp, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
        '--outdir',
        join(tmp, 'out'),
        ...files,
      ],
      { timeout: 300_000 },
    );
    for (const id of DATASET_IDS) {
      const converted = cells(readFileSync(join(tmp, 'out', `${id}.csv`), 'utf8'));
      const csv = expected.get(id)!;
      expect(csv[0]).toEqual(getDataset(id).columns.map((c) => c.name));
      expect(csv.length).toBeGreaterThan(1);
      // LibreOffice writes a row's trailing empty cells as nothing: pad to the header's width before comparing.
      const width = csv[0].length;
      expect({ id, rows: converted.map((r) => [...r, ...Array<string>(width - r.length).fill('')]) }).toEqual({
        id,
        rows: csv,
      });
    }
  });
});
