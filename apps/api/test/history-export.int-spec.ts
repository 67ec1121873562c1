import fc from 'fast-check';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { toJsonLine } from '../src/modules/history/chain';
import { HistoryRepository } from '../src/modules/history/history.repository';

/**
 * The export is written by PostgreSQL (COPY … TO STDOUT) and tightened in Node: its bytes must be those of
 * toJsonLine over the entries as the driver reads them, for any JSON the history may hold. Runs on a scratch
 * database (the rows below are not a valid chain); on the embedded database, skipped.
 */
const onServer = process.env.PACTE_TEST_ADMIN_URL ? describe : describe.skip;
onServer('history export (COPY)', () => {
  const adminUrl = process.env.PACTE_TEST_ADMIN_URL!;
  const name = `pacte_test_export_${process.pid}_${Date.now()}`;
  let dataSource: DataSource;
  let repository: HistoryRepository;

  beforeAll(async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    dataSource = new DataSource(dataSourceOptions(url.toString(), 3));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    repository = new HistoryRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  let nextId = 1;
  async function insert(rows: { before: string | null; after: string | null; text?: string; event?: string | null }[]) {
    for (const row of rows) {
      const id = nextId++;
      await dataSource.query(
        `INSERT INTO audit_event (id, occurred_at, actor_id, actor_label, collectivity_id, entity_type, entity_id,
                                  action, before, after, prev_hash, hash, event, event_version)
         VALUES ($1::bigint, now() + $1::int * interval '1.001 second', $2, $3, $4, 'X', $5, 'UPDATE', $6::jsonb, $7::jsonb,
                 $8, $9, $10, $11)`,
        [
          id,
          id % 3 === 0 ? null : `actor ${row.text ?? ''}`,
          `label ${row.text ?? ''}`,
          id % 2 === 0 ? null : '5F0C7A4E-2B1D-4C3E-9A8B-0123456789AB',
          `entity:${row.text ?? id}`,
          row.before,
          row.after,
          `p${id}`,
          `h${id}`,
          row.event === undefined ? 'SomethingHappened' : row.event,
          id % 4 === 0 ? null : 2,
        ],
      );
    }
  }

  async function both(collectivityId: string | null = null): Promise<[string, string]> {
    let expected = '';
    for await (const entry of repository.streamChain(collectivityId)) expected += `${toJsonLine(entry)}\n`;
    const chunks: Buffer[] = [];
    for await (const chunk of repository.exportStream(collectivityId)) chunks.push(chunk as Buffer);
    return [Buffer.concat(chunks).toString('utf8'), expected];
  }

  it('writes the same bytes as toJsonLine for awkward values', async () => {
    await insert([
      {
        before: null,
        // As jsonb reads it: a 20-digit integer, an exponent, escapes, a line separator.
        after:
          '{"z": 1, "a": {"é": "€", "b": [1, 2.5, null, 1e-7, 12345678901234567890]}, "s": "a\\nb \\\\ \\" \\u0001 \u2028"}',
        text: 'tab\there "quoted" \\ back',
        event: null,
      },
      { before: '{"10": 1, "2": [], "b": {}, "a": "x: y, z"}', after: '{"n": -12.50, "m": 1.0, "e": 1E+3, "z": -0}' },
      { before: 'null', after: '{"k": "\\\\\\\\"}' },
    ]);
    const [actual, expected] = await both();
    expect(expected.split('\n')).toHaveLength(4);
    expect(actual).toBe(expected);
  });

  it('writes the same bytes for any JSON (property)', async () => {
    // jsonb holds neither \u0000 nor lone surrogates: the history cannot either.
    const storable = (value: unknown) => !/\\u0000|\\ud[89a-f]/i.test(JSON.stringify(value));
    const object = fc.dictionary(fc.string(), fc.jsonValue()).filter(storable);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.option(object), object), { minLength: 1, maxLength: 20 }), async (rows) => {
        await insert(
          rows.map(([before, after]) => ({ before: before && JSON.stringify(before), after: JSON.stringify(after) })),
        );
        const [actual, expected] = await both();
        expect(actual).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('exports one collectivity’s entries the same way', async () => {
    const [actual, expected] = await both('5f0c7a4e-2b1d-4c3e-9a8b-0123456789ab');
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toBe(expected);
  });
});
