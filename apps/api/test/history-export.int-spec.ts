import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { Writable } from 'node:stream';
import { toJsonLine } from '../src/modules/history/chain';
import { HistoryRepository } from '../src/modules/history/history.repository';
import { createMigratedDatabase, onServer, type OwnDatabase } from './support/own-database';

/**
 * The export is written by PostgreSQL (COPY … TO STDOUT) and tightened in Node, byte by byte (the rare line that
 * needs it parsed and written again): its bytes must be those of toJsonLine over the entries as the driver reads
 * them, for any JSON the history may hold. Runs on a scratch
 * database, a copy of the run's migrated one (the rows below are not a valid chain); on the embedded database, skipped.
 */
onServer('history export (COPY)', () => {
  let database: OwnDatabase;
  let dataSource: DataSource;
  let repository: HistoryRepository;

  beforeAll(async () => {
    database = await createMigratedDatabase('export');
    dataSource = new DataSource(dataSourceOptions(database.url, 3));
    await dataSource.initialize();
    repository = new HistoryRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
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
    // The export's buffers are used again once a write is called back: a copy of each is kept.
    const collect = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    const lines = await repository.exportTo(collect, collectivityId);
    expect(lines).toBe(expected.split('\n').length - 1);
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

  // jsonb holds neither \u0000 nor lone surrogates: the history cannot either.
  const storable = (value: unknown) => !/\\u0000|\\ud[89a-f]/i.test(JSON.stringify(value));

  /** Entries whose `before` (or none) and `after` are drawn from `object`: the export has toJsonLine's bytes. */
  async function sameBytesFor<T>(object: fc.Arbitrary<T>): Promise<void> {
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
  }

  it('writes the same bytes for any JSON (property)', async () => {
    const object = fc.dictionary(fc.string(), fc.jsonValue()).filter(storable);
    await sameBytesFor(object);
  });

  it('writes the same bytes for values like the history’s own (property: mostly lines that need no JSON.parse)', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ':', '.', '1', '-', '[', '{', '"', 'e', '\\') });
    const value = fc.oneof(
      text,
      fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }),
      fc.constant(null),
      fc.boolean(),
      fc.array(text, { maxLength: 3 }),
      fc.dictionary(text, fc.oneof(text, fc.integer(), fc.constant(null)), { maxKeys: 3 }),
    );
    const object = fc.dictionary(text, value, { maxKeys: 8 }).filter(storable);
    await sameBytesFor(object);
  });

  it('exports one collectivity’s entries the same way', async () => {
    const [actual, expected] = await both('5f0c7a4e-2b1d-4c3e-9a8b-0123456789ab');
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toBe(expected);
  });

  it('writes the same bytes for values JavaScript writes otherwise, and for the history’s own', async () => {
    await insert(
      [
        '{"a": "back\\\\slash", "b": "q \\"x\\": y, \\"z\\""}', // escapes; `": ` and `, "` inside a string
        '{": a": ", ", "b, ": [", ", ": "]}', // strings that start or end like jsonb's separators
        '{"a": [1, 2], "b": [true, false, null], "c": [{}, {"d": []}], "e": [[1], "x"]}',
        '{"n": 1.0}', // a trailing zero: JavaScript writes 1
        '{"n": -2.50, "m": [0.5], "k": 1E+2}',
        '{"n": 1234567890123456789, "m": 999999999999999}', // beyond a double's precision, and not
        '{"2": "x", "10": "y", "a": 1}', // keys made of digits: JavaScript puts them first
        '{"1000000000": 1, "ab": 2, "a": {"7": {}}}',
        // As the history holds them: codes with dots, titles with « : » and commas, dates, integers, nulls, lists.
        '{"owner": null, "status": "DONE, même, tant", "version": 2, "progress": 100, "actionCode": "1.6", "x": -3}',
        '{"url": "https://preuves.example.org/1.5", "date": "2026-04-02", "title": "Pièce 1 : clause", "actionCodes": ["2.1", "3.4"], "o": {}}',
      ].map((after) => ({ before: null, after })),
    );
    await insert([
      { before: '12.50', after: '[1.0, "x"]' },
      { before: '"a, "', after: '": "' },
      // Longer written again than jsonb wrote it (rounded to a double: 1e20 in full), so not in its own room.
      { before: null, after: '[99999999999999999999]' },
    ]); // not objects
    // Labels and ids that look like the line's own fields (Node looks for `,"before":` to start its work).
    await insert([{ before: '{"a": 1}', after: '{"b": 2.50}', text: 'x,"before":{"n": 1.50}, "y": 2 ' }]);
    const [actual, expected] = await both();
    expect(actual).toBe(expected);
  });
});
