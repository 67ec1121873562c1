import { randomInt } from 'node:crypto';
import { createCommitted, createCommune, createSyndicat } from './support/factories';
import { ADD_EVIDENCE, ADD_ITEM, userWithRole } from './support/migration-tracker';
import { csvRows, get } from './support/exports';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const SET = `mutation($input: SetPooledItInput!) { setPooledIt(input: $input) { id pooledItBody { id name } } }`;

const POOLED = `query($id: ID!) { collectivity(id: $id) {
  pooledItBody { id name }
  inventory { id }
  pooledInventory { from { id name } item { id productName appliesToAllMembers appliesToMembers { id } } }
  pooledEvidence { from { id } evidence { id title } }
  inventoryFigures { linuxServerShare freeBusinessApplications shares { figure freeSeats base basis } }
  commitment { labelReadiness { domains { criteria { id status throughPooling } } } }
  history(first: 20) { entityType action before after }
} }`;

const MEMBERS = `query($id: ID!) { collectivity(id: $id) { pooledItMembers { id } } }`;

/** An EPCI of its own, written with SQL as the referential writes them, with `communeIds` as its members. */
async function createEpci(api: TestApi, communeIds: string[]): Promise<{ id: string; name: string }> {
  const siren = `8${String(randomInt(0, 99_999_999)).padStart(8, '0')}`;
  const name = `CC de test ${siren}`;
  const [row]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO collectivity (code, kind, name, search_name, siren, postcodes, departement_code, region_code, origin)
     SELECT $1, 'COMMUNAUTE_DE_COMMUNES', $2, lower($2), $1, '{}', d.code, d.region_code, 'MANUAL'
       FROM collectivity d WHERE d.kind = 'DEPARTEMENT' AND d.code = '38'
     RETURNING id`,
    [siren, name],
  );
  await api.dataSource.query(`UPDATE collectivity SET epci_id = $1 WHERE id = ANY($2::uuid[])`, [row.id, communeIds]);
  return { id: row.id, name };
}

const item = (collectivityId: string, fields: Record<string, unknown>) => ({
  input: { collectivityId, productIsFree: true, stage: 'INVENTORY', ...fields },
});

describe('pooled IT: a commune whose IT its EPCI or a syndicat runs', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  const criterion = (data: any, id: string) =>
    data.collectivity.commitment.labelReadiness.domains.flatMap((d: any) => d.criteria).find((c: any) => c.id === id);

  it('counts the EPCI’s items that apply to the commune in its figures and readiness, each shown as pooled', async () => {
    const { collectivityId: communeId } = await createCommitted(api, 'COMMUNE');
    const neighbour = await createCommune(api, 'Commune voisine');
    const epci = await createEpci(api, [communeId, neighbour.id]);
    const epciDsi = await userWithRole(api, 'IT_MANAGER', epci.id);
    // The communauté runs 40 servers for its members, 30 on GNU/Linux, and two free business applications, one of
    // them for the neighbouring commune only.
    const servers = await api.ok(ADD_ITEM, item(epci.id, { category: 'SERVER_OS', productName: 'Debian', seats: 30 }), {
      cookie: epciDsi.cookie,
    });
    await api.ok(
      ADD_ITEM,
      item(epci.id, { category: 'SERVER_OS', productName: 'Windows Server', productIsFree: false, seats: 10 }),
      { cookie: epciDsi.cookie },
    );
    await api.ok(
      ADD_ITEM,
      item(epci.id, {
        category: 'BUSINESS_APPLICATION',
        productName: 'OpenCimetière',
        appliesToMemberIds: [neighbour.id],
      }),
      { cookie: epciDsi.cookie },
    );

    const alone = await api.ok(POOLED, { id: communeId });
    expect(alone.collectivity.pooledItBody).toBeNull();
    expect(alone.collectivity.inventoryFigures.linuxServerShare).toBeNull();
    expect(criterion(alone, 'FS-SERVERS')).toMatchObject({ status: 'UNMET', throughPooling: false });

    const dsi = await userWithRole(api, 'IT_MANAGER', communeId);
    const set = await api.ok(SET, { input: { collectivityId: communeId, bodyId: epci.id } }, { cookie: dsi.cookie });
    expect(set.setPooledIt.pooledItBody).toEqual({ id: epci.id, name: epci.name });

    const pooled = await api.ok(POOLED, { id: communeId });
    expect(pooled.collectivity.inventory).toEqual([]);
    expect(pooled.collectivity.pooledInventory.map((p: any) => [p.from.id, p.item.productName])).toEqual([
      [epci.id, 'Debian'],
      [epci.id, 'Windows Server'],
    ]);
    expect(pooled.collectivity.pooledInventory[0].item).toMatchObject({
      id: servers.addInventoryItem.id,
      appliesToAllMembers: true,
      appliesToMembers: [],
    });
    expect(pooled.collectivity.inventoryFigures.linuxServerShare).toBe(75);
    expect(pooled.collectivity.inventoryFigures.freeBusinessApplications).toBe(0);
    expect(criterion(pooled, 'FS-SERVERS')).toMatchObject({ status: 'MET', throughPooling: true });
    expect(pooled.collectivity.history.find((h: any) => h.entityType === 'PooledIt')).toMatchObject({
      action: 'UPDATE',
      before: null,
      after: { bodyId: epci.id, bodyName: epci.name },
    });
    expect((await api.ok(MEMBERS, { id: epci.id })).collectivity.pooledItMembers).toEqual([{ id: communeId }]);

    // The neighbour's business application counts for the neighbour only.
    await api.ok(SET, { input: { collectivityId: neighbour.id, bodyId: epci.id } });
    const forNeighbour = await api.ok(POOLED, { id: neighbour.id });
    expect(forNeighbour.collectivity.inventoryFigures.freeBusinessApplications).toBe(1);
    expect(
      forNeighbour.collectivity.pooledInventory.find((p: any) => p.item.productName === 'OpenCimetière').item,
    ).toMatchObject({ appliesToAllMembers: false, appliesToMembers: [{ id: neighbour.id }] });

    // The open-data figures are the page's: the commune, which keeps no inventory of its own, gets a row of pooled items.
    const [communeRow] = await api.dataSource.query(`SELECT code FROM collectivity WHERE id = $1`, [communeId]);
    const figures = await get(api, `/exports/figures.csv?code=${communeRow.code}&kind=COMMUNE`);
    const [header, ...lines] = (await figures.text()).trim().split('\n');
    expect(lines).toHaveLength(1);
    const cells = Object.fromEntries(header.split(',').map((name, i) => [name, lines[0].split(',')[i]]));
    expect(cells).toMatchObject({ inventory_items: '2', pooled_items: '2', linux_server_share: '75' });

    // The open-data inventory says which rows are pooled, and for which communes (their codes).
    const codes = await api.dataSource.query(`SELECT id, code FROM collectivity WHERE id = ANY($1::uuid[])`, [
      [communeId, neighbour.id],
    ]);
    const codeOf = (id: string) => codes.find((c: { id: string }) => c.id === id).code as string;
    const [epciRow] = await api.dataSource.query(`SELECT code FROM collectivity WHERE id = $1`, [epci.id]);
    const response = await get(api, `/exports/inventory.csv?code=${epciRow.code}&kind=COMMUNAUTE_DE_COMMUNES`);
    expect(response.status).toBe(200);
    const rows = csvRows(await response.text());
    const row = (product: string) => rows.find((r) => r.product_name === product)!;
    expect(row('Debian')).toMatchObject({ pooled: 'true' });
    expect(row('Debian').pooled_for.split(';').sort()).toEqual([codeOf(communeId), codeOf(neighbour.id)].sort());
    expect(row('OpenCimetière')).toMatchObject({ pooled: 'true', pooled_for: codeOf(neighbour.id) });

    // Unset: the commune's figures are its own again, and the history says so.
    await api.ok(SET, { input: { collectivityId: communeId, bodyId: null } }, { cookie: dsi.cookie });
    const unset = await api.ok(POOLED, { id: communeId });
    expect(unset.collectivity.pooledInventory).toEqual([]);
    expect(unset.collectivity.inventoryFigures.linuxServerShare).toBeNull();
    expect(unset.collectivity.history.filter((h: any) => h.entityType === 'PooledIt').map((h: any) => h.after)).toEqual(
      expect.arrayContaining([null]),
    );
  });

  it('counts a syndicat’s evidence for the criteria it covers, never for the council’s political backing', async () => {
    const { collectivityId: communeId } = await createCommitted(api, 'COMMUNE');
    const { collectivityId: syndicatId, commitmentId } = await createCommitted(api);
    const elected = await userWithRole(api, 'ELECTED_OFFICIAL', communeId);
    await api.ok(SET, { input: { collectivityId: communeId, bodyId: syndicatId } }, { cookie: elected.cookie });
    const openFormats = await api.ok(ADD_EVIDENCE, {
      input: {
        commitmentId,
        kind: 'DOCUMENT',
        date: '2026-10-01',
        title: 'Politique des formats ouverts du syndicat',
        actionCodes: [],
        criterionIds: ['GP-OPEN-FORMATS'],
      },
    });
    await api.ok(ADD_EVIDENCE, {
      input: {
        commitmentId,
        kind: 'COUNCIL_DELIBERATION',
        date: '2026-10-01',
        title: 'Délibération du comité syndical',
        url: 'https://syndicat.example.org/deliberation.pdf',
        actionCodes: ['1.1'],
      },
    });
    const data = await api.ok(POOLED, { id: communeId });
    expect(data.collectivity.pooledEvidence).toEqual(
      expect.arrayContaining([
        { from: { id: syndicatId }, evidence: { id: openFormats.addEvidence.id, title: expect.any(String) } },
      ]),
    );
    expect(criterion(data, 'GP-OPEN-FORMATS')).toMatchObject({ status: 'MET', throughPooling: true });
    expect(criterion(data, 'SP-POLITICAL-BACKING')).toMatchObject({ status: 'UNMET', throughPooling: false });
  });

  it('lets only the commune’s own editors point to its own EPCI or a syndicat', async () => {
    const commune = await createCommune(api);
    const other = await createCommune(api, 'Autre commune');
    await createEpci(api, [commune.id]);
    const otherEpci = await createEpci(api, [other.id]);
    const syndicat = await createSyndicat(api);
    const dsi = await userWithRole(api, 'IT_MANAGER', commune.id);
    const contributor = await userWithRole(api, 'CONTRIBUTOR', commune.id);
    const otherDsi = await userWithRole(api, 'IT_MANAGER', other.id);
    const input = { collectivityId: commune.id, bodyId: syndicat.id };

    expect(errorCode(await api.gql(SET, { input }, { token: null }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(SET, { input }, { cookie: contributor.cookie }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(SET, { input }, { cookie: otherDsi.cookie }))).toBe('NOT_FOUND');
    const neighbourEpci = { collectivityId: commune.id, bodyId: otherEpci.id };
    expect(errorCode(await api.gql(SET, { input: neighbourEpci }, { cookie: dsi.cookie }))).toBe(
      'POOLING_BODY_NOT_ITS_EPCI',
    );
    const aCommune = { collectivityId: commune.id, bodyId: other.id };
    expect(errorCode(await api.gql(SET, { input: aCommune }, { cookie: dsi.cookie }))).toBe('POOLING_BODY_INVALID');
    const fromBody = { collectivityId: syndicat.id, bodyId: syndicat.id };
    expect(errorCode(await api.gql(SET, { input: fromBody }))).toBe('POOLING_COMMUNE_ONLY');
    expect((await api.ok(SET, { input }, { cookie: dsi.cookie })).setPooledIt.pooledItBody.id).toBe(syndicat.id);

    // A commune's own item names no member communes; an EPCI's names its own members only.
    const own = await api.gql(
      ADD_ITEM,
      item(commune.id, { category: 'SERVER_OS', productName: 'Debian', appliesToMemberIds: [commune.id] }),
      {
        cookie: dsi.cookie,
      },
    );
    expect(errorCode(own)).toBe('POOLING_MEMBERS_NOT_ALLOWED');
    const notMember = await api.gql(
      ADD_ITEM,
      item(otherEpci.id, { category: 'SERVER_OS', productName: 'Debian', appliesToMemberIds: [commune.id] }),
    );
    expect(errorCode(notMember)).toBe('POOLING_MEMBER_INVALID');
  });
});
