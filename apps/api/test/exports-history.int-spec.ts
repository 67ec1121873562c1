import { getDataset } from '@pacte/pact';
import { csvRows, get, odsRows } from './support/exports';
import { OwnDatabase, createOwnDatabase, onServer } from './support/own-database';
import { createTestApi, TestApi } from './support/test-app';

const NAMES = getDataset('history').columns.map((c) => c.name);

/** The XML of an ODS cell's paragraph as text (the entities the writer uses; runs of spaces as ODF writes them). */
const xmlText = (xml: string) =>
  xml
    .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
    .replace(/<text:s\/>/g, ' ')
    .replace(/<text:tab\/>/g, '\t')
    .replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);

/**
 * The history dataset is written by PostgreSQL (COPY), not from JavaScript rows: its cells must still be what the
 * row writers give (JSON as JSON.stringify writes it, CSV quoting, empty strings as empty cells) for awkward values.
 * A database of its own: entries are inserted in SQL, outside the hash chain the shared database's suites verify.
 */
onServer('the history dataset written by PostgreSQL', () => {
  let db: OwnDatabase;
  let api: TestApi;
  const before = {
    a: 'x, y: z',
    'b"c\\': [1, 2.5, -3, 0.1, true, null],
    d: { e: null, x: 'é\n\t\u0001 « guillemets »' },
    f: '\\", ',
    g: '  two  spaces\r\nline',
  };
  const after = { list: ['a;b', 'c'], n: 12345678901 };
  beforeAll(async () => {
    db = await createOwnDatabase('exphist');
    api = await createTestApi({}, { databaseUrl: db.url });
    await api.dataSource.query(
      `INSERT INTO audit_event (occurred_at, actor_id, actor_label, collectivity_id, entity_type, entity_id, action,
                                event, event_version, before, after, prev_hash, hash)
       VALUES ('2026-04-01T10:00:00.123Z', 'u1', '', (SELECT id FROM collectivity WHERE code = '38185' AND kind = 'COMMUNE'),
               'Thing', 'x,"y"', 'UPDATE', NULL, NULL, $1::jsonb, NULL, 'p1', 'h1'),
              ('2026-04-02T10:00:00Z', NULL, 'system:x', NULL, 'Other', 'id;1', 'CREATE', 'Ev', NULL, NULL, $2::jsonb, 'p2', 'h2'),
              ('2026-04-03T10:00:00Z', 'u2', 'user', (SELECT id FROM collectivity WHERE code = '84' AND kind = 'REGION'),
               'Tab\tbed', E'multi\\nline', 'UPDATE', 'Ev2', 3, '{}'::jsonb, '[]'::jsonb, 'p3', 'h3')`,
      [JSON.stringify(before), JSON.stringify(after)],
    );
  }, 600_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const expected = () => [
    {
      event_id: expect.any(Number),
      occurred_at: '2026-04-01T10:00:00.123Z',
      actor_id: 'u1',
      actor_label: '',
      collectivity_code: '38185',
      collectivity_kind: 'COMMUNE',
      collectivity_name: 'Grenoble',
      departement: '38',
      region: '84',
      entity_type: 'Thing',
      entity_id: 'x,"y"',
      action: 'UPDATE',
      event: null,
      event_version: null,
      before,
      after: null,
      prev_hash: 'p1',
      hash: 'h1',
    },
    expect.objectContaining({ collectivity_code: null, event: 'Ev', event_version: 1, before: null, after }),
    expect.objectContaining({
      collectivity_code: '84',
      collectivity_kind: 'REGION',
      entity_type: 'Tab\tbed',
      entity_id: 'multi\nline',
      event_version: 3,
      before: {},
      after: [],
    }),
  ];

  it('JSON and GeoJSON: the values stored, keys in the catalogue’s order, places as points', async () => {
    const objects = (await (await get(api, '/exports/history.json')).json()) as Record<string, unknown>[];
    expect(objects).toEqual(expected());
    expect(Object.keys(objects[0])).toEqual(NAMES);
    const geo = (await (await get(api, '/exports/history.geojson')).json()) as {
      features: { geometry: { type: string } | null; properties: unknown }[];
    };
    expect(geo.features.map((f) => f.properties)).toEqual(objects);
    expect(geo.features.map((f) => f.geometry?.type ?? null)).toEqual(['Point', null, 'Point']);
    // Filters: the collectivity's territory and the days (Europe/Paris).
    const only = async (query: string) =>
      ((await (await get(api, `/exports/history.json?${query}`)).json()) as { entity_type: string }[]).map(
        (o) => o.entity_type,
      );
    expect(await only('departement=38')).toEqual(['Thing']);
    expect(await only('region=84')).toEqual(['Thing', 'Tab\tbed']);
    expect(await only('kind=REGION&code=84')).toEqual(['Tab\tbed']);
    expect(await only('since=2026-04-02&until=2026-04-02')).toEqual(['Other']);
    expect(await only('until=2000-01-01')).toEqual([]);
  });

  it('CSV: the header, JSON cells as JSON.stringify writes them, empty strings as empty cells, quoting', async () => {
    const text = await (await get(api, '/exports/history.csv')).text();
    expect(text.split('\n')[0]).toBe(NAMES.join(','));
    const rows = csvRows(text);
    expect(rows.map((r) => [r.actor_label, r.entity_id, r.entity_type, r.event_version])).toEqual([
      ['', 'x,"y"', 'Thing', ''],
      ['system:x', 'id;1', 'Other', '1'],
      ['user', 'multi\nline', 'Tab\tbed', '3'],
    ]);
    // What the row writers gave: JSON.stringify of the stored value (pg's JSON.parse keeps jsonb's key order).
    const stored: { before: unknown; after: unknown }[] = await api.dataSource.query(
      'SELECT before, after FROM audit_event ORDER BY id',
    );
    const json = (value: unknown) => (value === null ? '' : JSON.stringify(value));
    expect(rows.map((r) => [r.before, r.after])).toEqual(stored.map((e) => [json(e.before), json(e.after)]));
    expect(rows[2]).toMatchObject({ before: '{}', after: '[]' });
    expect(await (await get(api, '/exports/history.csv?until=2000-01-01')).text()).toBe(`${NAMES.join(',')}\n`);
  });

  it('ODS: the CSV’s cells', async () => {
    const csv = csvRows(await (await get(api, '/exports/history.csv')).text());
    const sheet = await odsRows(await (await get(api, '/exports/history.ods')).arrayBuffer());
    expect(sheet.first).toBe('mimetype');
    expect(sheet.rows[0]).toEqual(NAMES);
    expect(sheet.rows.slice(1).map((row) => row.map(xmlText))).toEqual(csv.map((r) => NAMES.map((n) => r[n])));
  });
});
