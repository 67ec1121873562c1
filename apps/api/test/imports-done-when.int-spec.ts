import type { ImportReport } from '@pacte/pact';
import { createUser, grantRole } from './support/factories';
import { createOwnDatabase, onServer, type OwnDatabase } from './support/own-database';
import { createTestApi, type TestApi } from './support/test-app';
import { windows1252 } from './support/windows-1252';

const SIGNATURES_HEADER =
  'Type;Liste;Position;Parti(s);Site;Commune;Code postal;Nom;Prénom;Téléphone;Courriel;Fait à;Le';
const RESULTS_HEADER =
  'Code commune;Libellé commune;Numéro de panneau;Libellé de la liste;Nom tête de liste;Prénom tête de liste;Voix;Sièges au CM;Sièges au CC';
const COMMUNES = 250;
const PER_COMMUNE = 20; // 250 × 20 = 5,000 signatories
const RESULTS_FILE = 'resultats-municipales-2026-t1.csv';

interface Commune {
  id: string;
  code: string;
  name: string;
  postcode: string;
}

/**
 * The "done when", on a database of its own holding only the referential, every file uploaded through
 * `POST /imports/{kind}` with a campaign moderator's session (the operator only grants the role): a 5,000-row
 * signature file (Windows-1252, semicolons) with 12 bad rows is refused with a report naming each of the 12 by line
 * and column, and writes nothing; the fixed file imports at once; the results of those communes commit every commune
 * where the signing list won, with the results file as the source; the register of elected officials confirms who
 * was elected in the councils it covers; a second run of each file changes nothing.
 */
onServer('the import path from an empty instance, as a campaign moderator', () => {
  let db: OwnDatabase;
  let api: TestApi;
  let cookie: string;
  let communes: Commune[];

  beforeAll(async () => {
    db = await createOwnDatabase('donewhen');
    api = await createTestApi({}, { databaseUrl: db.url });
    const moderator = await createUser(api, 'Moderatrice nationale');
    await grantRole(api, moderator.id, 'CAMPAIGN_MODERATOR', { auditScope: 'NATIONAL' });
    cookie = moderator.cookie;
    // Communes whose name no other commune bears, written in Latin-1, as the forms name them: name and postcode.
    communes = await api.dataSource.query(
      `SELECT c.id, c.code, c.name, c.postcodes[1] AS postcode FROM collectivity c
        WHERE c.kind = 'COMMUNE' AND cardinality(c.postcodes) > 0 AND c.name ~ '^[ -~À-ÿ]+$'
          AND NOT EXISTS (SELECT 1 FROM collectivity o
                           WHERE o.kind = 'COMMUNE' AND o.search_name = c.search_name AND o.id <> c.id)
        ORDER BY md5(c.code) LIMIT $1`,
      [COMMUNES],
    );
    expect(communes).toHaveLength(COMMUNES);
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  /** Uploads a file as the desk does: a dry run, or the real run confirming the dry run's hash. */
  async function upload(
    kind: string,
    bytes: Buffer,
    fileName: string,
    fields: Record<string, string> = {},
  ): Promise<ImportReport> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const port = api.app.getHttpServer().address().port;
    const response = await fetch(`http://127.0.0.1:${port}/imports/${kind}`, {
      method: 'POST',
      body: form,
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as ImportReport;
  }
  /** Dry run, then the real run of the same file. */
  async function importFile(kind: string, bytes: Buffer, fileName: string, options: Record<string, string> = {}) {
    const dry = await upload(kind, bytes, fileName, options);
    expect(errors(dry)).toEqual([]);
    const real = await upload(kind, bytes, fileName, { ...options, dryRun: 'false', expectedHash: dry.fileHash });
    return { dry, real };
  }
  const errors = (report: ImportReport) => report.problems.filter((p) => p.severity === 'error');

  const listName = (c: Commune) => `Liste citoyenne de ${c.name}`;
  const head = (i: number) => ({ first: 'Élise', last: `Dupré${'abcdefghij'[i % 10]}${Math.floor(i / 10)}` });
  /** The signatory rows, in file order (line = index + 2); row 0 of each commune signs for the list. */
  function signatureRows(): string[][] {
    const rows: string[][] = [];
    communes.forEach((c, i) => {
      for (let p = 1; p <= PER_COMMUNE; p++) {
        const person = p === 1 ? head(i) : { first: `Prénom${p}`, last: `Lefèvre${i}x${p}` };
        rows.push([
          p === 1 ? 'Ma liste s’engage' : 'Je m’engage',
          listName(c),
          String(p),
          p === 1 ? 'Parti A, Parti B' : '',
          p === 1 ? 'https://example.org' : '',
          c.name,
          c.postcode,
          person.last,
          person.first,
          p === 2 ? '06 12 34 56 78' : '',
          p === 2 ? `contact${i}@example.org` : '',
          c.name,
          '02/02/2026',
        ]);
      }
    });
    return rows;
  }
  const COLUMNS = SIGNATURES_HEADER.split(';');
  const col = (name: string) => COLUMNS.indexOf(name);
  const asFile = (rows: string[][]) => windows1252([SIGNATURES_HEADER, ...rows.map((r) => r.join(';'))].join('\r\n'));

  /** Twelve mistakes people make on a form, each on a personal signatory's row, each in one column. */
  const MISTAKES: { row: number; column: string; value: string; code: string }[] = [
    { row: 41, column: 'Le', value: '31/02/2026', code: 'INVALID_DATE' },
    { row: 402, column: 'Type', value: 'peut-être', code: 'INVALID_SCOPE' },
    { row: 803, column: 'Courriel', value: 'pas-un-courriel', code: 'INVALID_EMAIL' },
    { row: 1204, column: 'Commune', value: 'Nullepartville', code: 'UNKNOWN_COMMUNE' },
    { row: 1605, column: 'Code postal', value: '38-AB', code: 'INVALID_POSTCODE' },
    { row: 2006, column: 'Nom', value: '', code: 'REQUIRED' },
    { row: 2407, column: 'Site', value: 'ftp://example.org', code: 'INVALID_URL' },
    { row: 2808, column: 'Position', value: 'deux', code: 'INVALID_NUMBER' },
    { row: 3209, column: 'Téléphone', value: 'appeler', code: 'INVALID_PHONE' },
    { row: 3610, column: 'Le', value: '2026-13-45', code: 'INVALID_DATE' },
    { row: 4011, column: 'Prénom', value: '', code: 'REQUIRED' },
    { row: 4999, column: 'Type', value: 'x', code: 'INVALID_SCOPE' },
  ];

  // Its timeout guards against a hang, it is no time limit (speed is the bench's): the test imports 5,000
  // signatories four times over HTTP, ~100 s alone on an idle 2-core machine, more than 300 s in a fresh-clone CI
  // beside other work.
  it('names the 12 bad rows of 5,000, imports the fixed file, commits the winners, and re-runs change nothing', async () => {
    const fixed = signatureRows();
    expect(fixed).toHaveLength(5000);
    const broken = fixed.map((r) => [...r]);
    for (const m of MISTAKES) broken[m.row][col(m.column)] = m.value;

    // The broken file: refused, each of the 12 named by its line and column, nothing written (even confirmed).
    const check = await upload('signatures', asFile(broken), 'signatures.csv');
    expect(check).toMatchObject({ encoding: 'windows-1252', separator: ';', rows: 5000, refused: 12 });
    // Each mistake is named by its line (the header is line 1) and column; no other line is (a bad postcode also
    // leaves the commune unmatched, a second problem on the same line).
    const named = errors(check).map((p) => [p.line, p.column, p.code]);
    expect(named).toEqual(expect.arrayContaining(MISTAKES.map((m) => [m.row + 2, m.column, m.code])));
    expect(new Set(named.map(([line]) => line))).toEqual(new Set(MISTAKES.map((m) => m.row + 2)));
    const refusedRun = await upload('signatures', asFile(broken), 'signatures.csv', {
      dryRun: 'false',
      expectedHash: check.fileHash,
    });
    expect(refusedRun).toMatchObject({ written: false, refused: 12 });
    const count = async (sql: string) => Number((await api.dataSource.query(sql))[0].n);
    expect(await count(`SELECT count(*) AS n FROM signatory`)).toBe(0);

    // The fixed file: imported at once.
    const signatures = await importFile('signatures', asFile(fixed), 'signatures.csv');
    expect(signatures.dry).toMatchObject({ created: 5000, refused: 0, written: false });
    expect(signatures.real).toMatchObject({ created: 5000, refused: 0, written: true });
    expect(await count(`SELECT count(*) AS n FROM signatory`)).toBe(5000);
    expect(await count(`SELECT count(*) AS n FROM candidate_list`)).toBe(COMMUNES);

    // The results of the first round, long format: in two communes out of three, the signing list wins.
    const wins = (i: number) => i % 3 !== 0;
    const results = Buffer.from(
      [
        RESULTS_HEADER,
        ...communes.flatMap((c, i) => {
          const h = head(i);
          return [
            `${c.code};${c.name};1;${listName(c).toUpperCase()};${h.last.toUpperCase()};${h.first};${wins(i) ? 900 : 300};${wins(i) ? 15 : 4};${wins(i) ? 3 : 1}`,
            `${c.code};${c.name};2;Union pour ${c.name};Martin;Paul;${wins(i) ? 300 : 900};${wins(i) ? 4 : 15};${wins(i) ? 1 : 3}`,
          ];
        }),
      ].join('\n'),
    );
    const outcome = await importFile('results', results, RESULTS_FILE, { round: '1' });
    expect(outcome.real).toMatchObject({ written: true, refused: 0, created: COMMUNES, updated: COMMUNES });
    // Every match was certain: nothing waits in the review queue.
    expect(outcome.real.problems.filter((p) => p.code === 'REVIEW_QUEUED')).toEqual([]);

    const committed: { code: string; source: string; resultSource: string; name: string }[] =
      await api.dataSource.query(
        `SELECT c.code, m.source, l.result_source AS "resultSource", l.name
           FROM commitment m JOIN collectivity c ON c.id = m.collectivity_id
           JOIN candidate_list l ON l.id = m.candidate_list_id
          WHERE m.withdrawn_at IS NULL ORDER BY c.code`,
      );
    const winners = communes.filter((_, i) => wins(i));
    expect(committed.map((c) => c.code)).toEqual(winners.map((c) => c.code).sort());
    for (const row of committed) {
      const commune = communes.find((c) => c.code === row.code)!;
      expect(row).toEqual({
        code: commune.code,
        source: 'LIST_MAJORITY',
        resultSource: RESULTS_FILE,
        name: listName(commune),
      });
    }

    // The register of conseillers municipaux of twenty of those communes: each council's fifteen are the signing
    // list's first fifteen; the commune's other signatories were not elected; the other communes stay unknown.
    const councils = winners.slice(0, 20);
    const register = Buffer.from(
      [
        "Code de la commune;Libellé de la commune;Nom de l'élu;Prénom de l'élu;Libellé de la fonction",
        ...councils.flatMap((c) => {
          const i = communes.indexOf(c);
          return Array.from({ length: 15 }, (_, k) => {
            const person = k === 0 ? head(i) : { first: `Prénom${k + 1}`, last: `Lefèvre${i}x${k + 1}` };
            return `${c.code};${c.name};${person.last.toUpperCase()};${person.first};${k === 0 ? 'Maire' : 'Conseiller municipal'}`;
          });
        }),
      ].join('\n'),
    );
    const elected = await importFile('elected', register, 'rne-conseillers-municipaux.csv');
    expect(elected.real).toMatchObject({ written: true, refused: 0 });
    const outcomes = await api.dataSource.query(
      `SELECT s.elected, count(*)::int AS n FROM signatory s GROUP BY s.elected ORDER BY s.elected NULLS LAST`,
    );
    expect(outcomes).toEqual([
      { elected: false, n: 20 * (PER_COMMUNE - 15) },
      { elected: true, n: 20 * 15 },
      { elected: null, n: 5000 - 20 * PER_COMMUNE },
    ]);

    // A second run of every import changes nothing.
    const history = await count(`SELECT count(*) AS n FROM audit_event`);
    const signaturesAgain = await importFile('signatures', asFile(fixed), 'signatures.csv');
    expect(signaturesAgain.real).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 5000 });
    const resultsAgain = await importFile('results', results, RESULTS_FILE, { round: '1' });
    expect(resultsAgain.real).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 2 * COMMUNES });
    const electedAgain = await importFile('elected', register, 'rne-conseillers-municipaux.csv');
    expect(electedAgain.real).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 20 * 15 });
    expect(await count(`SELECT count(*) AS n FROM audit_event`)).toBe(history);
    expect(await count(`SELECT count(*) AS n FROM commitment`)).toBe(winners.length);
  }, 1_200_000);
});
