import { csvRows, get } from './support/exports';
import { createCommitted } from './support/factories';
import { ADD_ITEM, seedCatalogue, seedEntryId, userWithRole } from './support/migration-tracker';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const DECLARE = `mutation($input: DeclareFleetInput!) { declareFleet(input: $input) {
  id audience workstations servers officeSeats asOf version
} }`;

const FIGURES = `query($id: ID!) { collectivity(id: $id) {
  fleet { audience workstations asOf }
  inventoryFigures {
    linuxWorkstationShare
    shares { figure percent freeSeats base basis inventoryExceedsFleet }
    audiences { audience fleetAsOf shares { figure percent basis } }
  }
  commitment { labelReadiness {
    figures { linuxWorkstationShare }
    domains { criteria { id status } }
  } }
  history(first: 20) { entityType action after }
} }`;

describe('the declared fleet: the base of the inventory shares', () => {
  let api: TestApi;
  let debian: string;
  beforeAll(async () => {
    api = await createTestApi();
    await seedCatalogue(api);
    debian = await seedEntryId(api, 'debian-workstation');
  });
  afterAll(() => api.close());

  const workstationShare = (data: any) =>
    data.collectivity.inventoryFigures.shares.find((s: any) => s.figure === 'linuxWorkstationShare');
  const criterion = (data: any, id: string) =>
    data.collectivity.commitment.labelReadiness.domains.flatMap((d: any) => d.criteria).find((c: any) => c.id === id);

  it('counts a 10-seat pilot as 2.5 % of a declared fleet of 400, in the figures and in the label readiness', async () => {
    const { collectivityId } = await createCommitted(api);
    const dsi = await userWithRole(api, 'IT_MANAGER', collectivityId);
    await api.ok(
      ADD_ITEM,
      {
        input: {
          collectivityId,
          category: 'WORKSTATION_OS',
          productName: 'Windows 10',
          productIsFree: false,
          seats: 10,
          targetEntryId: debian,
          stage: 'DEFAULT',
          stageReachedOn: '2026-06-01',
        },
      },
      { cookie: dsi.cookie },
    );

    // Without a fleet: 100 % of the inventory, and it says the base is the inventory only.
    const before = await api.ok(FIGURES, { id: collectivityId });
    expect(workstationShare(before)).toMatchObject({ percent: 100, base: 10, basis: 'INVENTORY' });
    expect(criterion(before, 'FS-WORKSTATIONS').status).toBe('MET');

    const declared = await api.ok(
      DECLARE,
      { input: { collectivityId, audience: 'STAFF', workstations: 400, servers: 6, asOf: '2026-09-01' } },
      { cookie: dsi.cookie },
    );
    expect(declared.declareFleet).toMatchObject({
      audience: 'STAFF',
      workstations: 400,
      servers: 6,
      officeSeats: null,
      asOf: '2026-09-01',
      version: 1,
    });

    const after = await api.ok(FIGURES, { id: collectivityId });
    expect(after.collectivity.fleet).toEqual([{ audience: 'STAFF', workstations: 400, asOf: '2026-09-01' }]);
    expect(after.collectivity.inventoryFigures.linuxWorkstationShare).toBe(2.5);
    expect(workstationShare(after)).toEqual({
      figure: 'linuxWorkstationShare',
      percent: 2.5,
      freeSeats: 10,
      base: 400,
      basis: 'FLEET',
      inventoryExceedsFleet: false,
    });
    expect(after.collectivity.inventoryFigures.audiences).toEqual([
      {
        audience: 'STAFF',
        fleetAsOf: '2026-09-01',
        shares: [
          { figure: 'linuxWorkstationShare', percent: 2.5, basis: 'FLEET' },
          { figure: 'freeOfficeSeatShare', percent: null, basis: null },
          { figure: 'linuxServerShare', percent: 0, basis: 'FLEET' },
        ],
      },
    ]);
    // The readiness reads the same figures: the pilot alone no longer meets "workstations moved to GNU/Linux".
    expect(after.collectivity.commitment.labelReadiness.figures.linuxWorkstationShare).toBe(2.5);
    expect(criterion(after, 'FS-WORKSTATIONS').status).toBe('UNMET');
    // So does the open-data figures dataset.
    const [{ code, kind }] = await api.dataSource.query(`SELECT code, kind FROM collectivity WHERE id = $1`, [
      collectivityId,
    ]);
    const figures = csvRows(await (await get(api, `/exports/figures.csv?code=${code}&kind=${kind}`)).text());
    expect(figures).toEqual([expect.objectContaining({ inventory_items: '1', linux_workstation_share: '2.5' })]);
    expect(after.collectivity.history.find((h: any) => h.entityType === 'Fleet')).toMatchObject({
      action: 'UPDATE',
      after: { audience: 'STAFF', workstations: 400, servers: 6, officeSeats: null, asOf: '2026-09-01' },
    });
  });

  it('keeps one declaration per audience, replaced at the version read, schools apart from staff', async () => {
    const { collectivityId } = await createCommitted(api);
    const elected = await userWithRole(api, 'ELECTED_OFFICIAL', collectivityId);
    const staff = { collectivityId, audience: 'STAFF', workstations: 100, asOf: '2026-01-15' };
    await api.ok(DECLARE, { input: staff }, { cookie: elected.cookie });
    const replaced = await api.ok(
      DECLARE,
      { input: { ...staff, workstations: 120, asOf: '2026-09-01', expectedVersion: 1 } },
      { cookie: elected.cookie },
    );
    expect(replaced.declareFleet).toMatchObject({ workstations: 120, version: 2 });
    const stale = await api.gql(DECLARE, { input: { ...staff, expectedVersion: 1 } }, { cookie: elected.cookie });
    expect(errorCode(stale)).toBe('CONFLICT');
    await api.ok(DECLARE, { input: { ...staff, audience: 'SCHOOL', workstations: 40 } }, { cookie: elected.cookie });
    await api.ok(
      ADD_ITEM,
      {
        input: {
          collectivityId,
          category: 'WORKSTATION_OS',
          productName: 'Primtux',
          productIsFree: true,
          seats: 30,
          audience: 'SCHOOL',
        },
      },
      { cookie: elected.cookie },
    );
    const data = await api.ok(FIGURES, { id: collectivityId });
    expect(data.collectivity.fleet.map((f: any) => [f.audience, f.workstations])).toEqual([
      ['SCHOOL', 40],
      ['STAFF', 120],
    ]);
    const perAudience = Object.fromEntries(
      data.collectivity.inventoryFigures.audiences.map((a: any) => [a.audience, a.shares[0].percent]),
    );
    // Schools: 30 of 40; staff: none of 120; together 30 of 160.
    expect(perAudience).toEqual({ STAFF: 0, SCHOOL: 75 });
    expect(workstationShare(data)).toMatchObject({ percent: 18.8, base: 160, basis: 'FLEET' });
  });

  it('refuses a fleet dated in the future, a negative count, and a caller who does not manage the collectivity', async () => {
    const own = await createCommitted(api);
    const other = await createCommitted(api);
    const dsi = await userWithRole(api, 'IT_MANAGER', own.collectivityId);
    const input = { collectivityId: own.collectivityId, audience: 'STAFF', workstations: 10, asOf: '2026-09-01' };
    expect(errorCode(await api.gql(DECLARE, { input: { ...input, asOf: '2099-01-01' } }, dsi))).toBe(
      'FLEET_DATE_IN_FUTURE',
    );
    expect(errorCode(await api.gql(DECLARE, { input: { ...input, workstations: -4 } }, dsi))).toBe('VALIDATION_FAILED');
    expect(errorCode(await api.gql(DECLARE, { input: { ...input, collectivityId: other.collectivityId } }, dsi))).toBe(
      'NOT_FOUND',
    );
    const contributor = await userWithRole(api, 'CONTRIBUTOR', own.collectivityId);
    expect(errorCode(await api.gql(DECLARE, { input }, contributor))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(DECLARE, { input }, { token: null }))).toBe('UNAUTHENTICATED');
  });
});
