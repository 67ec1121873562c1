import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { FREE_ALTERNATIVES_SEED } from '@pacte/pact';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  CatalogueImporter,
  CatalogueRecordRefusedError,
  ensureSoftwareCatalogue,
  formatImportReport,
} from '../src/modules/software-catalogue/catalogue.importer';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const run = promisify(execFile);
const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
const CLI = path.resolve(__dirname, '../dist/cli');

const ENTRY = `query($q: String, $source: SoftwareCatalogueSource) {
  softwareCatalogue(query: $q, source: $source, first: 50) {
    totalCount nodes { id source externalId name category licence website repository sillId comptoirId similarSillIds
      providers { name siren url } declaredUsers replaces actionCodes dereferenced }
  }
}`;

describe('software catalogue: the seed of free alternatives, SILL and Comptoir du Libre imports', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('seeds the free alternatives the pact names, idempotently, and anyone can search them', async () => {
    await ensureSoftwareCatalogue(api.dataSource);
    const again = await ensureSoftwareCatalogue(api.dataSource);
    expect(again).toEqual({ total: FREE_ALTERNATIVES_SEED.length, inserted: 0, updated: 0, unchanged: again.total });
    const data = await api.ok(ENTRY, { q: 'primitux', source: 'SEED' }, { token: null });
    expect(data.softwareCatalogue.nodes).toEqual([
      expect.objectContaining({
        source: 'SEED',
        externalId: 'primtux',
        name: 'PrimTux',
        category: 'SCHOOL',
        actionCodes: ['2.7'],
        replaces: ['Microsoft Windows'],
      }),
    ]);
    const unknown = await api.gql(`{ softwareCatalogueEntry(id: "not-an-id") { id } }`, {}, { token: null });
    expect(errorCode(unknown)).toBe('CATALOGUE_ENTRY_NOT_FOUND');
  });

  it('imports a SILL file: upserts by SILL id in one transaction, reports the skipped records, then changes nothing', async () => {
    const progress: string[] = [];
    const importer = new CatalogueImporter(api.dataSource, (m) => progress.push(m));
    const first = await importer.run('SILL', fixture('sill.json'));
    expect(first.counts.total).toBe(4);
    expect(first.skipped.map((s) => [s.index, s.reason])).toEqual([
      [2, 'not an object but string'],
      [3, 'missing id'],
      [4, 'id is not a non-negative integer: "73"'],
      [5, 'missing or empty name'],
      [7, 'duplicate id 70, first seen at index 0'],
    ]);
    expect(progress).toEqual(['SILL: 4 entries read, 5 skipped', 'SILL: 4/4 written (100 %)']);
    expect(formatImportReport(first)).toContain('skipped record #7 (id 70): duplicate id 70, first seen at index 0');

    const second = await importer.run('SILL', fixture('sill.json'));
    expect(second.counts).toEqual({ total: 4, inserted: 0, updated: 0, unchanged: 4 });

    const changed = fixture('sill.json');
    changed[1].name = 'Firefox';
    const third = await importer.run('SILL', changed);
    expect(third.counts).toEqual({ total: 4, inserted: 0, updated: 1, unchanged: 3 });

    const data = await api.ok(ENTRY, { q: 'libreoffice', source: 'SILL' }, { token: null });
    expect(data.softwareCatalogue.nodes).toEqual([
      expect.objectContaining({
        externalId: '70',
        sillId: 70,
        comptoirId: 48,
        licence: 'MPL-2.0',
        similarSillIds: [71],
        repository: 'https://git.libreoffice.org/core',
        providers: expect.arrayContaining([
          { name: 'Arawa', siren: '123456789', url: 'https://annuaire.cnll.fr/societes/123456789' },
        ]),
        declaredUsers: expect.arrayContaining(['DINUM']),
        dereferenced: false,
      }),
    ]);
  });

  it('imports a Comptoir du Libre export from the command line, with progress and the skipped records', async () => {
    const env = { ...process.env, DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!, NODE_ENV: 'test' };
    const { stdout } = await run('node', [path.join(CLI, 'import-comptoir.js'), path.join(FIXTURES, 'comptoir.json')], {
      env,
    });
    expect(stdout).toContain('Comptoir du Libre: 2 entries read, 4 skipped');
    expect(stdout).toContain('Comptoir du Libre: 2/2 written (100 %)');
    expect(stdout).toMatch(
      /Comptoir du Libre import: 2 entries — \d new, \d updated, \d unchanged; 4 record\(s\) skipped/,
    );
    expect(stdout).toContain('skipped record #2 (id 99): missing or empty name');
    expect(stdout).toContain('skipped record #4: not an object but null');

    const again = await run('node', [path.join(CLI, 'import-comptoir.js'), path.join(FIXTURES, 'comptoir.json')], {
      env,
    });
    expect(again.stdout).toContain('2 entries — 0 new, 0 updated, 2 unchanged');
    const data = await api.ok(ENTRY, { q: 'Lutèce', source: 'COMPTOIR' });
    expect(data.softwareCatalogue.nodes).toEqual([
      expect.objectContaining({ externalId: '12', comptoirId: 12, licence: 'BSD-3-Clause' }),
    ]);

    // A file that is not the format, or not JSON, stops with a message and exit code 1; nothing is written.
    await expect(
      run('node', [path.join(CLI, 'import-comptoir.js'), path.join(FIXTURES, 'sill.json')], { env }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/Not a Comptoir du Libre export/) });
    await expect(run('node', [path.join(CLI, 'import-sill.js'), __filename], { env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/cannot read .* as JSON/),
    });
  });

  /** A SILL file of three new records, the second of which PostgreSQL cannot store (a NUL in its description). */
  function refusedFile(): unknown[] {
    return [9101, 9102, 9103].map((id) => ({
      id,
      name: `Logiciel ${id}`,
      description: id === 9102 ? 'Suite\u0000bureautique' : 'Suite bureautique',
      license: 'MIT',
    }));
  }
  const sillRows = async () =>
    Number(
      (await api.dataSource.query(`SELECT count(*) AS n FROM software_catalogue_entry WHERE source = 'SILL'`))[0].n,
    );

  it('names the record the database refuses, and writes nothing of the file', async () => {
    const before = await sillRows();
    const failure = await new CatalogueImporter(api.dataSource).run('SILL', refusedFile()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CatalogueRecordRefusedError);
    expect((failure as CatalogueRecordRefusedError).record).toEqual({ externalId: '9102', name: 'Logiciel 9102' });
    expect((failure as Error).message).toMatch(
      /^SILL record id 9102 \("Logiciel 9102"\) was refused by the database: invalid byte sequence for encoding "UTF8": 0x00\. Nothing was imported/,
    );
    expect(await sillRows()).toBe(before);
  });

  it('says so on the command line, with exit code 1 and no SQL', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pacte-sill-')), 'sill.json');
    writeFileSync(file, JSON.stringify(refusedFile()));
    const env = { ...process.env, DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!, NODE_ENV: 'test' };
    const before = await sillRows();
    const failure = await run('node', [path.join(CLI, 'import-sill.js'), file], { env }).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('SILL record id 9102 ("Logiciel 9102")'),
    });
    const { stdout, stderr } = failure as { stdout: string; stderr: string };
    expect(`${stdout}${stderr}`).not.toMatch(/INSERT INTO|PARAMETERS|QueryFailedError/);
    expect(await sillRows()).toBe(before);
  });
});
