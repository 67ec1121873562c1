import { committedCommune } from './support/committed-commune';
import { createSyndicat } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const COMMITTED = `query($departementCode: String, $regionCode: String, $edition: String, $first: Int, $offset: Int) {
  committedCollectivities(departementCode: $departementCode, regionCode: $regionCode, edition: $edition,
                          first: $first, offset: $offset) {
    totalCount hasNextPage offset nodes { id code name kind departementCode commitment { edition } }
  }
}`;

/** Lozère (48) is left to this suite: no other suite commits anything there. */
describe('committed collectivities (the list behind the map of France)', () => {
  let api: TestApi;
  let later: { id: string };
  let earlier: { id: string };
  let mende: { id: string };
  beforeAll(async () => {
    api = await createTestApi();
    later = await createSyndicat(api, 'Zz syndicat lozérien', '48');
    earlier = await createSyndicat(api, 'Aa syndicat lozérien', '48');
    await createSyndicat(api, 'Aa syndicat non engagé', '48');
    for (const s of [later, earlier]) {
      await api.ok(`mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`, {
        input: {
          collectivityId: s.id,
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: `M-${s.id.slice(0, 8)}`,
          deliberationDate: '2026-06-02',
        },
      });
    }
    mende = await committedCommune(api, '48095');
  });
  afterAll(() => api.close());

  it("lists a département's committed collectivities by name, and only committed ones", async () => {
    const { committedCollectivities: page } = await api.ok(COMMITTED, { departementCode: '48' });
    const ids = page.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([earlier.id, later.id, mende.id]));
    expect(page.totalCount).toBe(ids.length);
    expect(ids.indexOf(earlier.id)).toBeLessThan(ids.indexOf(mende.id));
    expect(ids.indexOf(mende.id)).toBeLessThan(ids.indexOf(later.id));
    for (const node of page.nodes) {
      expect(node.departementCode).toBe('48');
      expect(node.commitment).toEqual({ edition: '2026' });
    }
    expect(page.nodes.some((n: { name: string }) => n.name.startsWith('Aa syndicat non engagé'))).toBe(false);
  });

  it('filters by région and pages without repeating', async () => {
    const { committedCollectivities: region } = await api.ok(COMMITTED, { regionCode: '76', first: 100 });
    expect(region.nodes.map((n: { code: string }) => n.code)).toContain('48095');
    const first = (await api.ok(COMMITTED, { departementCode: '48', first: 1 })).committedCollectivities;
    const second = (await api.ok(COMMITTED, { departementCode: '48', first: 1, offset: 1 })).committedCollectivities;
    expect(first.hasNextPage).toBe(true);
    expect(second.offset).toBe(1);
    expect(first.nodes[0].id).toBe(earlier.id);
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
  });

  it('answers a clear error for a malformed code or an unknown edition', async () => {
    const bad = await api.gql(COMMITTED, { departementCode: 'Lozère' });
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(bad.errors)).toMatch(/département code/);
    expect(errorCode(await api.gql(COMMITTED, { edition: '1999' }))).toBe('UNKNOWN_EDITION');
    expect(errorCode(await api.gql(COMMITTED, { first: 101 }))).toBe('VALIDATION_FAILED');
  });

  it('is public', async () => {
    const data = await api.ok(COMMITTED, { departementCode: '48' }, { token: null });
    expect(data.committedCollectivities.totalCount).toBeGreaterThanOrEqual(3);
  });
});

describe('map settings', () => {
  it("gives OpenStreetMap's tiles and credit by default, to anyone", async () => {
    const api = await createTestApi();
    try {
      const data = await api.ok(`{ mapSettings { tileUrl attribution attributionUrl } }`, {}, { token: null });
      expect(data.mapSettings).toEqual({
        tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '© les contributeurs d’OpenStreetMap',
        attributionUrl: 'https://www.openstreetmap.org/copyright',
      });
    } finally {
      await api.close();
    }
  });

  it('gives the tile server the operator configured, or none', async () => {
    const custom = await createTestApi({
      MAP_TILE_URL: 'https://tiles.example.fr/{z}/{x}/{y}.png',
      MAP_TILE_ATTRIBUTION: 'Exemple',
    });
    const off = await createTestApi({ MAP_TILE_URL: 'off' });
    try {
      expect((await custom.ok(`{ mapSettings { tileUrl attribution attributionUrl } }`)).mapSettings).toEqual({
        tileUrl: 'https://tiles.example.fr/{z}/{x}/{y}.png',
        attribution: 'Exemple',
        attributionUrl: null,
      });
      expect((await off.ok(`{ mapSettings { tileUrl } }`)).mapSettings.tileUrl).toBeNull();
    } finally {
      await custom.close();
      await off.close();
    }
  });
});
