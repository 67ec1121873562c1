import { systemActor } from '../src/common/auth/actor';
import { ImportsService } from '../src/modules/imports/imports.service';
import { createTestApi, TestApi } from './support/test-app';
import { windows1252 } from './support/windows-1252';

const HEADER = 'Type;Liste;Position;Parti(s);Site;Commune;Code postal;Nom;Prénom;Téléphone;Courriel;Fait à;Le';

describe('import:signatures', () => {
  let api: TestApi;
  let imports: ImportsService;
  const operator = systemActor('test-import');
  const tag = `${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    api = await createTestApi();
    imports = api.app.get(ImportsService);
  });
  afterAll(() => api.close());

  const run = (bytes: Buffer, dryRun: boolean) => imports.run(operator, { kind: 'signatures', bytes, dryRun });

  it('reads Windows-1252 with semicolons, dry run first, imports once, then changes nothing', async () => {
    const list = `Échirolles Libre ${tag}`;
    const file = windows1252(
      [
        HEADER,
        `Ma liste s’engage;${list};1;Parti A, Parti B;https://example.org;Échirolles;38130;Dupré;Élodie;06 12 34 56 78;elodie@example.org;Échirolles;02/02/2026`,
        `Je m’engage;${list};2;;;Échirolles;38130;Lefèvre;Noël;;;Échirolles;2026-02-03`,
      ].join('\r\n'),
    );
    const dry = await run(file, true);
    expect(dry).toMatchObject({ encoding: 'windows-1252', separator: ';', rows: 2, created: 2, refused: 0 });
    expect(dry.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const lists = async () =>
      (
        await api.ok(
          `{ collectivity(code: "38151", kind: COMMUNE) { candidateLists { name headOfList signatories { lastName firstName scope } } } }`,
        )
      ).collectivity.candidateLists.filter((l: any) => l.name === list);
    expect(await lists()).toEqual([]);

    const real = await run(file, false);
    expect(real).toMatchObject({ written: true, created: 2, unchanged: 0 });
    const [stored] = await lists();
    expect(stored.headOfList).toBe('Élodie Dupré');
    expect(stored.signatories.map((s: any) => `${s.firstName} ${s.lastName} ${s.scope}`)).toEqual([
      'Élodie Dupré LIST',
      'Noël Lefèvre PERSONAL',
    ]);

    const again = await run(file, false);
    expect(again).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 2 });
    expect(await lists()).toHaveLength(1);
  });

  it('names every bad row, and writes nothing when one row is bad', async () => {
    const list = `Liste test ${tag}`;
    const file = Buffer.from(
      [
        HEADER,
        `personnel;${list};1;;;Échirolles;38130;Martin;Anne;;;;2026-02-01`,
        `personnel;${list};2;;;Saint-Pierre;;Martin;Paul;;;;2026-02-01`,
        `inconnu;${list};3;;;Échirolles;38130;Martin;Jean;;pas-un-courriel;;31/02/2026`,
        `personnel;${list};4;;;Nullepartville;99999;Martin;Luc;;;;2026-02-01`,
      ].join('\n'),
      'utf8',
    );
    const report = await run(file, false);
    expect(report.written).toBe(false);
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.column, p.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [3, 'Commune', 'AMBIGUOUS_COMMUNE'],
        [4, 'Type', 'INVALID_SCOPE'],
        [4, 'Courriel', 'INVALID_EMAIL'],
        [4, 'Le', 'INVALID_DATE'],
        [5, 'Commune', 'UNKNOWN_COMMUNE'],
      ]),
    );
    expect(report.refused).toBe(3);
    // The private e-mail is masked in the report.
    expect(report.problems.find((p) => p.code === 'INVALID_EMAIL')?.value).toBe('•••');
    expect(report.problems.find((p) => p.code === 'AMBIGUOUS_COMMUNE')?.candidates).toMatch(/974/);
    const names = (
      await api.ok(`{ collectivity(code: "38151", kind: COMMUNE) { candidateLists { name } } }`)
    ).collectivity.candidateLists.map((l: any) => l.name);
    expect(names).not.toContain(list);
  });

  it('says in its own words, never csv-parse’s or JSON’s, when a file or a mapping cannot be read', async () => {
    const problemsOf = async (bytes: Buffer, mapping?: string) =>
      (await imports.run(operator, { kind: 'signatures', bytes, dryRun: true, mapping })).problems.map((p) => ({
        line: p.line,
        value: p.value,
        code: p.code,
      }));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\nLIST;Liste\n`, 'utf16le')]);
    expect(await problemsOf(utf16)).toEqual([{ line: null, value: null, code: 'UNSUPPORTED_ENCODING' }]);
    expect(await problemsOf(Buffer.from([0x1a, 0xe5, 0x00, 0x22, 0x0a, 0x00, 0xff]))).toEqual([
      { line: null, value: null, code: 'UNSUPPORTED_ENCODING' },
    ]);
    const [quote] = await problemsOf(Buffer.from(`${HEADER}\nLIST;"Liste ouverte;1\n`, 'utf8'));
    expect(quote).toMatchObject({ value: null, code: 'UNREADABLE_CSV' });
    expect(quote.line).toBeGreaterThanOrEqual(2);
    expect(await problemsOf(Buffer.from(`${HEADER}\n`, 'utf8'), '{ "Nom": ')).toEqual([
      { line: null, value: null, code: 'MAPPING_NOT_JSON' },
    ]);
    // A column nobody reads: a mapping file can make it read (signatures take one).
    const extra = await problemsOf(Buffer.from(`${HEADER};Surnom\nLIST;Liste\n`, 'utf8'));
    expect(extra.filter((p) => p.value === 'Surnom')).toEqual([{ line: 1, value: 'Surnom', code: 'UNKNOWN_COLUMN' }]);
  });
});
