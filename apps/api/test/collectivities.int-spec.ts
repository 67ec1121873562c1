import { createSyndicat } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const SEARCH = `query($query: String!, $first: Int, $offset: Int, $kinds: [CollectivityKind!]) {
  searchCollectivities(query: $query, first: $first, offset: $offset, kinds: $kinds) {
    totalCount hasNextPage offset nodes { id code name kind population postcodes }
  }
}`;

describe('collectivities (official referential, search, syndicats)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it.each(['Échirolles', 'echirolles', 'ECHIROLLES', 'échiro', '38151'])(
    'finds Échirolles (INSEE 38151) from "%s"',
    async (query) => {
      const data = await api.ok(SEARCH, { query, kinds: ['COMMUNE'] });
      expect(data.searchCollectivities.nodes[0]).toMatchObject({ code: '38151', name: 'Échirolles', kind: 'COMMUNE' });
    },
  );

  it('answers a five-digit query both as an INSEE code and as a postcode, the code first', async () => {
    // 38130 is the INSEE code of La Côte-Saint-André and the postcode of Échirolles.
    const data = await api.ok(SEARCH, { query: '38130' });
    const names = data.searchCollectivities.nodes.map((n: any) => n.name);
    expect(names[0]).toBe('La Côte-Saint-André');
    expect(names).toContain('Échirolles');
  });

  it('finds every commune sharing a postcode, and accents and hyphens are optional', async () => {
    const byPostcode = await api.ok(SEARCH, { query: '38000' });
    expect(byPostcode.searchCollectivities.nodes.map((n: any) => n.code)).toContain('38185'); // Grenoble
    const hyphenless = await api.ok(SEARCH, { query: 'saint etienne de crossey' });
    expect(hyphenless.searchCollectivities.nodes[0].name).toBe('Saint-Étienne-de-Crossey');
  });

  it('ranks the exact name first, then the most populated', async () => {
    const data = await api.ok(SEARCH, { query: 'grenoble', first: 3 });
    expect(data.searchCollectivities.nodes[0]).toMatchObject({ code: '38185', name: 'Grenoble' });
  });

  it('pages through results without repeating', async () => {
    const first = await api.ok(SEARCH, { query: 'saint', first: 10, offset: 0 });
    const second = await api.ok(SEARCH, { query: 'saint', first: 10, offset: 10 });
    expect(first.searchCollectivities.totalCount).toBeGreaterThan(1000);
    expect(first.searchCollectivities.hasNextPage).toBe(true);
    const ids = new Set(first.searchCollectivities.nodes.map((n: any) => n.id));
    for (const node of second.searchCollectivities.nodes) expect(ids.has(node.id)).toBe(false);
  });

  it('refuses a page size over 100 with a clear error', async () => {
    const result = await api.gql(SEARCH, { query: 'saint', first: 1000 });
    expect(errorCode(result)).toBe('VALIDATION_FAILED');
  });

  it('links a commune to its EPCI, département and région, and the EPCI to its members', async () => {
    const data = await api.ok(`{
      collectivity(code: "38151", kind: COMMUNE) {
        name population postcodes
        epci { code name kind isEpci members { code } }
        departement { code name }
        region { code name }
      }
    }`);
    const c = data.collectivity;
    expect(c.postcodes).toEqual(['38130']);
    expect(c.population).toBeGreaterThan(30000);
    expect(c.epci).toMatchObject({ name: 'Grenoble-Alpes-Métropole', kind: 'METROPOLE', isEpci: true });
    expect(c.epci.members.map((m: any) => m.code)).toEqual(expect.arrayContaining(['38151', '38185']));
    expect(c.departement).toEqual({ code: '38', name: 'Isère' });
    expect(c.region).toEqual({ code: '84', name: 'Auvergne-Rhône-Alpes' });
  });

  it('asks for a kind when a code names several collectivities, and says not found otherwise', async () => {
    expect(errorCode(await api.gql(`{ collectivity(code: "11") { name } }`))).toBe('AMBIGUOUS_CODE');
    const region = await api.ok(`{ collectivity(code: "11", kind: REGION) { name } }`);
    expect(region.collectivity.name).toBe('Île-de-France');
    expect(errorCode(await api.gql(`{ collectivity(code: "99999") { name } }`))).toBe('NOT_FOUND');
  });

  it('lets the operator add a syndicat, once, and only a syndicat', async () => {
    const syndicat = await createSyndicat(api, 'SITIV de test');
    const found = await api.ok(SEARCH, { query: syndicat.code });
    expect(found.searchCollectivities.nodes[0]).toMatchObject({ id: syndicat.id, kind: 'SYNDICAT' });

    const again = await api.gql(
      `mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }`,
      { input: { kind: 'SYNDICAT', siren: syndicat.code, name: 'Doublon' } },
    );
    expect(errorCode(again)).toBe('COLLECTIVITY_EXISTS');

    const commune = await api.gql(
      `mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }`,
      { input: { kind: 'COMMUNE', siren: '912345678', name: 'Commune inventée' } },
    );
    expect(errorCode(commune)).toBe('VALIDATION_FAILED');
  });
});
