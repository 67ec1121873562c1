import { DATASET_IDS, GEO_COVERAGE, OPEN_DATASETS, getCatalogue, getDataset } from '@pacte/pact';
import { POSITION_COVERAGE } from '../src/modules/exports/positions';
import { committedCommune } from './support/committed-commune';
import { PRIVATE_EMAIL, PRIVATE_PHONE, collectivityWithEverything, csvRows, get, odsRows } from './support/exports';
import { createTestApi, TestApi } from './support/test-app';

/** The test database is shared by suites running at once: every export here is filtered to this suite's collectivity. */
describe('open-data exports (/exports/<dataset>.<format>)', () => {
  let api: TestApi;
  let own: Awaited<ReturnType<typeof collectivityWithEverything>>;
  beforeAll(async () => {
    api = await createTestApi();
    own = await collectivityWithEverything(api);
  });
  afterAll(() => api.close());

  const ownQuery = () => `code=${own.code}&kind=COMMUNE`;
  const csv = async (dataset: string, query = ownQuery()) => {
    const response = await get(api, `/exports/${dataset}.csv?${query}`);
    expect(response.status).toBe(200);
    return csvRows(await response.text());
  };

  it.each(DATASET_IDS.filter((id) => id !== 'software'))(
    '%s downloads in every format with the same rows, headers from the catalogue',
    async (id) => {
      const dataset = getDataset(id);
      const names = dataset.columns.map((c) => c.name);
      const csvResponse = await get(api, `/exports/${id}.csv?${ownQuery()}`);
      expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csvResponse.headers.get('content-disposition')).toBe(`attachment; filename="${id}.csv"`);
      const text = await csvResponse.text();
      expect(text.split('\n')[0]).toBe(names.join(','));
      const rows = csvRows(text);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.collectivity_code === own.code)).toBe(true);

      const json = await get(api, `/exports/${id}.json?${ownQuery()}`);
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const objects = (await json.json()) as Record<string, unknown>[];
      expect(objects).toHaveLength(rows.length);
      expect(Object.keys(objects[0])).toEqual(names);

      const geo = await get(api, `/exports/${id}.geojson?${ownQuery()}`);
      expect(geo.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
      const collection = (await geo.json()) as { type: string; features: { geometry: unknown; properties: object }[] };
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.features.map((f) => f.properties)).toEqual(objects);
      // A commune of its own has no position: a null geometry, as the description says.
      expect(collection.features.every((f) => f.geometry === null)).toBe(true);

      const ods = await get(api, `/exports/${id}.ods?${ownQuery()}`);
      expect(ods.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.spreadsheet');
      const sheet = await odsRows(await ods.arrayBuffer());
      expect(sheet.first).toBe('mimetype');
      expect(sheet.rows[0]).toEqual(names);
      expect(sheet.rows).toHaveLength(rows.length + 1);
    },
  );

  it('committed collectivities carry the scores the GraphQL API shows, per section', async () => {
    const [row] = await csv('committed-collectivities');
    const { collectivity } = await api.ok(
      `{ collectivity(code: "${own.code}", kind: COMMUNE) { commitment { scores { overall sections { section score } } } } }`,
    );
    const expected = collectivity.commitment.scores as { overall: number; sections: { score: number }[] };
    expect(expected.overall).toBeGreaterThan(0);
    expect(Number(row.score_overall)).toBe(expected.overall);
    expect([row.score_section_1, row.score_section_2, row.score_section_3]).toEqual(
      expected.sections.map((s) => (s.score === null ? '' : String(s.score))),
    );
    expect(row).toMatchObject({
      collectivity_kind: 'COMMUNE',
      departement: '38',
      source: 'COUNCIL_DELIBERATION',
      committed_on: '2026-05-12',
      actions_done: '1',
      actions_total: String(getCatalogue().actions.length),
      stratum: 'FROM_10000_TO_14999',
      demo: 'false',
    });
    expect(await csv('committed-collectivities', `${ownQuery()}&scoreMin=${expected.overall + 0.1}`)).toEqual([]);
    expect(await csv('committed-collectivities', `${ownQuery()}&scoreMax=${expected.overall}`)).toHaveLength(1);
    expect(await csv('committed-collectivities', `${ownQuery()}&demo=true`)).toEqual([]);
    expect(await csv('committed-collectivities', `${ownQuery()}&source=LIST_MAJORITY`)).toEqual([]);
  });

  it('progress has one row per action, stored or not, with the override apart from the effective %', async () => {
    const rows = await csv('progress');
    expect(rows.map((r) => r.action_code)).toEqual(getCatalogue().actions.map((a) => a.code));
    const byCode = new Map(rows.map((r) => [r.action_code, r]));
    expect(byCode.get('1.1')).toMatchObject({ status: 'DONE', progress: '100', progress_override: '', owner: 'DSI' });
    expect(byCode.get('1.1')!.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(byCode.get('1.2')).toMatchObject({
      status: 'IN_PROGRESS',
      progress: '40',
      progress_override: '40',
      target_date: '2027-01-31',
    });
    expect(byCode.get('1.3')).toMatchObject({ status: 'NOT_STARTED', progress: '0', updated_at: '' });
    expect((await csv('progress', `${ownQuery()}&status=DONE`)).map((r) => r.action_code)).toEqual(['1.1']);
    expect((await csv('progress', `${ownQuery()}&action=1.2`)).map((r) => r.status)).toEqual(['IN_PROGRESS']);
  });

  it('milestones, evidence and audits carry their public fields', async () => {
    expect(await csv('milestones')).toEqual([
      expect.objectContaining({
        action_code: '1.1',
        title: 'Vote « en conseil »',
        date: '2026-06-15',
        reached: 'true',
      }),
    ]);
    const [evidence] = await csv('evidence');
    expect(evidence).toMatchObject({
      evidence_id: own.evidenceId,
      kind: 'COUNCIL_DELIBERATION',
      title: 'Délibération, n° 12',
      action_codes: '1.1;1.2',
      file_url: '',
    });
    const json = (await (await get(api, `/exports/evidence.json?${ownQuery()}`)).json()) as {
      action_codes: string[];
    }[];
    expect(json[0].action_codes).toEqual(['1.1', '1.2']);
    expect(await csv('evidence', `${ownQuery()}&until=2026-05-11`)).toEqual([]);
    const [audit] = await csv('audits');
    expect(audit).toMatchObject({
      subject: 'ACTION',
      section: '1',
      action_code: '1.1',
      association: 'April',
      verdict: 'KEPT',
      verdict_score: '1',
      declared_status: 'DONE',
      evidence_ids: own.evidenceId,
      current: 'true',
    });
    expect(await csv('audits', `${ownQuery()}&verdict=UNVERIFIABLE`)).toEqual([
      expect.objectContaining({ subject: 'SECTION', assessment_id: own.sectionVerdictIds[0] }),
    ]);
  });

  it('audits carry the verdicts on the pact’s sections after those on actions, beside the self-assessment', async () => {
    const rows = await csv('audits');
    expect(rows.map((r) => [r.subject, r.section, r.action_code])).toEqual([
      ['ACTION', '1', '1.1'],
      ['SECTION', '1', ''],
      ['SECTION', '1', ''],
    ]);
    const [superseded, current] = own.sectionVerdictIds.map((id) => rows.find((r) => r.assessment_id === id));
    expect(superseded).toMatchObject({ verdict: 'UNVERIFIABLE', verdict_score: '', current: 'false' });
    expect(current).toMatchObject({
      association: 'April',
      verdict: 'PARTIAL',
      verdict_score: '0.5',
      declared_status: 'IN_PROGRESS',
      justification: 'Bureautique migrée, serveurs non',
      evidence_ids: '',
      supersedes_id: own.sectionVerdictIds[0],
      current: 'true',
      demo: 'false',
    });
    const json = (await (await get(api, `/exports/audits.json?${ownQuery()}`)).json()) as Record<string, unknown>[];
    // Rows of one subject come in id order (random uuids): the current verdict is looked up by its id.
    expect(json.find((r) => r.assessment_id === own.sectionVerdictIds[1])).toMatchObject({
      subject: 'SECTION',
      section: 1,
      action_code: null,
      verdict_score: 0.5,
    });
    // The action filter keeps the verdicts on that action only; the verdict filter applies to sections too.
    expect((await csv('audits', `${ownQuery()}&action=1.1`)).map((r) => r.subject)).toEqual(['ACTION']);
    expect((await csv('audits', `${ownQuery()}&verdict=PARTIAL`)).map((r) => r.assessment_id)).toEqual([
      own.sectionVerdictIds[1],
    ]);
  });

  it('signatories keep their public fields only: no phone, no e-mail, in any format', async () => {
    const [row] = await csv('signatories');
    expect(row).toMatchObject({
      candidate_list_name: 'Liste « Libre ensemble »',
      scope: 'PERSONAL',
      parties: 'A',
      first_name: 'Camille',
      last_name: 'Signataire',
      signed_on: '2026-02-01',
      elected: '',
      demo: 'false',
    });
    for (const format of ['csv', 'json', 'ods', 'geojson']) {
      const body = Buffer.from(await (await get(api, `/exports/signatories.${format}?${ownQuery()}`)).arrayBuffer());
      const text = format === 'ods' ? (await odsRows(body)).rows.flat().join('\n') : body.toString();
      expect(text).toContain('Signataire');
      expect(text).not.toContain(PRIVATE_EMAIL);
      expect(text).not.toContain('12 34 56 78');
    }
    expect(PRIVATE_PHONE).toContain('12 34 56 78');
  });

  it('the inventory and its figures', async () => {
    expect(await csv('inventory')).toEqual([
      expect.objectContaining({
        category: 'OFFICE_SUITE',
        product_is_free: 'false',
        seats: '120',
        target_software: 'LibreOffice',
        stage: 'INVENTORY',
        contract_ends_on: '2027-12-31',
        renewal_on: '2027-10-01',
        yearly_cost: '18500',
        planned_stages: 'PILOT:2099-03-01',
      }),
    ]);
    // The contract (action 1.3) in every format: typed in JSON and GeoJSON, cells in ODS.
    const contract = {
      contract_ends_on: '2027-12-31',
      renewal_on: '2027-10-01',
      yearly_cost: 18500,
      planned_stages: ['PILOT:2099-03-01'],
    };
    const [json] = (await (await get(api, `/exports/inventory.json?${ownQuery()}`)).json()) as object[];
    expect(json).toMatchObject(contract);
    const geo = (await (await get(api, `/exports/inventory.geojson?${ownQuery()}`)).json()) as {
      features: { properties: object }[];
    };
    expect(geo.features[0].properties).toMatchObject(contract);
    const sheet = await odsRows(await (await get(api, `/exports/inventory.ods?${ownQuery()}`)).arrayBuffer());
    const cells = Object.fromEntries(sheet.rows[0].map((name, i) => [name, sheet.rows[1][i]]));
    expect(cells).toMatchObject({
      contract_ends_on: '2027-12-31',
      renewal_on: '2027-10-01',
      yearly_cost: '18500',
      planned_stages: 'PILOT:2099-03-01',
    });
    expect(await csv('figures')).toEqual([
      // The planned pilot counts in no figure.
      expect.objectContaining({ inventory_items: '1', free_office_seat_share: '0', free_business_applications: '0' }),
    ]);
    expect(await csv('inventory', `${ownQuery()}&stage=PILOT`)).toEqual([]);
  });

  it('the history of a collectivity, in order, with the hash chain', async () => {
    const rows = await csv('history');
    // The commune came with the referential (no entry of its own): its history opens with the commitment.
    expect(rows[0]).toMatchObject({ entity_type: 'Commitment', action: 'CREATE' });
    expect(rows.length).toBeGreaterThan(4);
    const ids = rows.map((r) => Number(r.event_id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect(await csv('history', `${ownQuery()}&until=2000-01-01`)).toEqual([]);
  });

  it('the software catalogue, filtered by category', async () => {
    const rows = await csv('software', 'category=OFFICE_SUITE');
    expect(rows.map((r) => r.name)).toContain('LibreOffice');
    expect(rows.every((r) => r.category === 'OFFICE_SUITE')).toBe(true);
  });

  it('places a commune at its GeoNames position in GeoJSON', async () => {
    await committedCommune(api, '38151');
    const response = await get(api, '/exports/committed-collectivities.geojson?code=38151&kind=COMMUNE');
    const { features } = (await response.json()) as { features: { geometry: { coordinates: number[] } }[] };
    expect(features).toHaveLength(1);
    const [lng, lat] = features[0].geometry.coordinates;
    // Échirolles lies just south of Grenoble.
    expect(lat).toBeCloseTo(45.14, 1);
    expect(lng).toBeCloseTo(5.72, 1);
  });

  it.each([
    ['/exports/unknown.csv', 'EXPORT_UNKNOWN_DATASET'],
    ['/exports/progress.xlsx', 'EXPORT_UNKNOWN_FORMAT'],
    ['/exports/progress', 'EXPORT_UNKNOWN_FORMAT'],
    ['/exports/software.geojson', 'EXPORT_UNKNOWN_FORMAT'],
    ['/exports/progress.csv?verdict=KEPT', 'EXPORT_UNKNOWN_FILTER'],
    ['/exports/progress.csv?colour=blue', 'EXPORT_UNKNOWN_FILTER'],
    ['/exports/progress.csv?region=Bretagne', 'EXPORT_INVALID_FILTER'],
    ['/exports/progress.csv?kind=COMMUNE&kind=METROPOLE', 'EXPORT_INVALID_FILTER'],
    ['/exports/history.json?since=2026-02-30', 'EXPORT_INVALID_FILTER'],
  ])('%s answers 400 %s', async (path, code) => {
    const response = await get(api, path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ statusCode: 400, code });
  });

  it('every dataset of the catalogue is served', () => {
    expect(OPEN_DATASETS.map((d) => d.id)).toEqual([...DATASET_IDS]);
  });

  it('states the coverage of the positions table in the datasets’ descriptions', () => {
    expect(POSITION_COVERAGE).toEqual(GEO_COVERAGE);
  });
});
