import { committedCommune } from './support/committed-commune';
import { createTestApi, TestApi } from './support/test-app';

const SEARCH = `query($query: String!, $first: Int, $offset: Int, $kinds: [CollectivityKind!], $committedOnly: Boolean) {
  searchCollectivities(query: $query, first: $first, offset: $offset, kinds: $kinds, committedOnly: $committedOnly) {
    totalCount hasNextPage offset
    nodes { id code name kind matchedBy departementCode departement { code name } commitment { id } }
  }
}`;

interface Node {
  id: string;
  code: string;
  name: string;
  kind: string;
  matchedBy: string;
  departement: { code: string; name: string } | null;
  commitment: { id: string } | null;
}

/** The search says what matched, names the département, and can keep to committed collectivities. */
describe('searchCollectivities: what matched, the département, committed only', () => {
  let api: TestApi;
  const search = async (vars: Record<string, unknown>): Promise<{ totalCount: number; nodes: Node[] }> =>
    (await api.ok(SEARCH, { first: 100, ...vars }, { token: null })).searchCollectivities;
  const find = (nodes: Node[], code: string) => nodes.find((n) => n.code === code);
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('labels an INSEE code, a postcode, a SIREN and a name, and names the département', async () => {
    // 38130: the INSEE code of La Côte-Saint-André, the postcode of Échirolles.
    const five = await search({ query: '38130' });
    expect(find(five.nodes, '38130')).toMatchObject({ matchedBy: 'INSEE_CODE', name: 'La Côte-Saint-André' });
    expect(find(five.nodes, '38151')).toMatchObject({
      matchedBy: 'POSTCODE',
      departement: { code: '38', name: 'Isère' },
    });
    // An EPCI's code is its SIREN.
    expect((await search({ query: '200040715' })).nodes[0]).toMatchObject({ kind: 'METROPOLE', matchedBy: 'SIREN' });
    const byName = await search({ query: 'echirolles' });
    expect(find(byName.nodes, '38151')).toMatchObject({ matchedBy: 'NAME' });
    // A département's own code is an INSEE code too.
    const isere = await search({ query: '38', kinds: ['DEPARTEMENT'] });
    expect(isere.nodes).toEqual([expect.objectContaining({ name: 'Isère', matchedBy: 'INSEE_CODE' })]);
  });

  it('keeps to committed collectivities when asked, with the same paging', async () => {
    const briancon = await committedCommune(api, '05023');
    const all = await search({ query: 'briancon' });
    expect(all.nodes.length).toBeGreaterThan(1);
    const committed = await search({ query: 'briancon', committedOnly: true });
    expect(committed.nodes.map((n) => n.id)).toContain(briancon.id);
    expect(committed.nodes.every((n) => n.commitment !== null)).toBe(true);
    expect(committed.totalCount).toBe(committed.nodes.length);
    expect(committed.totalCount).toBeLessThan(all.totalCount);
    expect(all.nodes.filter((n) => n.commitment !== null).map((n) => n.id)).toEqual(committed.nodes.map((n) => n.id));
    // Combined with a kind: no committed département is named so.
    expect((await search({ query: 'briancon', committedOnly: true, kinds: ['DEPARTEMENT'] })).totalCount).toBe(0);
  });

  it('pages through more results without repeating', async () => {
    const first = await search({ query: 'saint', first: 30 });
    const second = await search({ query: 'saint', first: 30, offset: 30 });
    expect(first.totalCount).toBeGreaterThan(60);
    const seen = new Set(first.nodes.map((n) => n.id));
    expect(second.nodes).toHaveLength(30);
    for (const node of second.nodes) expect(seen.has(node.id)).toBe(false);
    expect((await api.gql(SEARCH, { query: 'saint', committedOnly: 'yes' })).errors).toBeDefined();
  });
});
