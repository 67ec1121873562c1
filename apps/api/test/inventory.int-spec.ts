import { createCommitted } from './support/factories';
import { ADD_EVIDENCE, ADD_ITEM, ADVANCE, seedCatalogue, seedEntryId, userWithRole } from './support/migration-tracker';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const ITEM = `query($id: ID!) { collectivity(id: $id) {
  inventory { id category actionCodes seats stage proposedProgressUpdates { actionCode from to } }
  inventoryFigures { linuxWorkstationShare freeOfficeSeatShare linuxServerShare freeBusinessApplications }
  history(first: 10) { entityType action after }
} }`;

describe('inventory: items, migration stages, figures and proposed progress', () => {
  let api: TestApi;
  let debian: string;
  beforeAll(async () => {
    api = await createTestApi();
    await seedCatalogue(api);
    debian = await seedEntryId(api, 'debian-workstation');
  });
  afterAll(() => api.close());

  async function workstations(collectivityId: string, cookie?: string) {
    const data = await api.ok(
      ADD_ITEM,
      {
        input: {
          collectivityId,
          category: 'WORKSTATION_OS',
          productName: 'Windows 10',
          productIsFree: false,
          seats: 90,
          targetEntryId: debian,
          stageReachedOn: '2026-06-01',
        },
      },
      cookie ? { cookie } : {},
    );
    return data.addInventoryItem;
  }

  it('keeps the inventory of its own collectivity only, and records every change in the history', async () => {
    const own = await createCommitted(api);
    const other = await createCommitted(api);
    const dsi = await userWithRole(api, 'IT_MANAGER', own.collectivityId);
    const item = await workstations(own.collectivityId, dsi.cookie);
    expect(item).toMatchObject({
      category: 'WORKSTATION_OS',
      stage: 'INVENTORY',
      actionCodes: ['1.8'],
      targetIsFree: true,
      runsFree: false,
      stageHistory: [{ stage: 'INVENTORY', reachedOn: '2026-06-01', notes: null, evidenceIds: [] }],
    });
    const elsewhere = await api.gql(
      ADD_ITEM,
      {
        input: {
          collectivityId: other.collectivityId,
          category: 'EMAIL',
          productName: 'Outlook',
          productIsFree: false,
        },
      },
      { cookie: dsi.cookie },
    );
    expect(errorCode(elsewhere)).toBe('NOT_FOUND');
    const contributor = await userWithRole(api, 'CONTRIBUTOR', own.collectivityId);
    const refused = await api.gql(
      ADVANCE,
      { input: { itemId: item.id, stage: 'PILOT', date: '2026-07-01' } },
      { cookie: contributor.cookie },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');

    // Changing the category moves the default actions with it; explicit actions are checked.
    const updated = await api.ok(
      `mutation($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { category actionCodes seats } }`,
      { input: { itemId: item.id, category: 'SERVER_OS', seats: 4 } },
      { cookie: dsi.cookie },
    );
    expect(updated.updateInventoryItem).toEqual({ category: 'SERVER_OS', actionCodes: ['1.7'], seats: 4 });
    const badCode = await api.gql(
      `mutation($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { id } }`,
      { input: { itemId: item.id, actionCodes: ['9.9'] } },
      { cookie: dsi.cookie },
    );
    expect(errorCode(badCode)).toBe('UNKNOWN_ACTION');

    const data = await api.ok(ITEM, { id: own.collectivityId }, { token: null });
    expect(
      data.collectivity.history.filter((h: any) => h.entityType === 'InventoryItem').map((h: any) => h.action),
    ).toEqual(['UPDATE', 'CREATE']);
  });

  it('moves stages forward only, dated in order, with evidence of the same collectivity', async () => {
    const own = await createCommitted(api);
    const other = await createCommitted(api);
    const item = await workstations(own.collectivityId);
    const foreign = await api.ok(ADD_EVIDENCE, {
      input: {
        commitmentId: other.commitmentId,
        kind: 'DOCUMENT',
        date: '2026-07-01',
        title: 'Ailleurs',
        actionCodes: ['1.8'],
      },
    });
    const advance = (input: object) => api.gql(ADVANCE, { input: { itemId: item.id, ...input } });
    expect(
      errorCode(await advance({ stage: 'PILOT', date: '2026-07-01', evidenceIds: [foreign.addEvidence.id] })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await advance({ stage: 'PILOT', date: '2026-05-01' }))).toBe(
      'MIGRATION_STAGE_DATE_BEFORE_PREVIOUS',
    );
    expect(errorCode(await advance({ stage: 'PILOT', date: '2099-01-01' }))).toBe('MIGRATION_STAGE_DATE_IN_FUTURE');
    expect((await advance({ stage: 'PILOT', date: '2026-07-01' })).errors).toBeUndefined();
    expect(errorCode(await advance({ stage: 'INVENTORY', date: '2026-07-02' }))).toBe('MIGRATION_STAGE_NOT_FORWARD');
    expect(errorCode(await advance({ stage: 'PILOT', date: '2026-07-02' }))).toBe('MIGRATION_STAGE_NOT_FORWARD');

    // Pilot: the share does not move yet. Legacy removed (stages may be skipped): it does, and DONE is proposed.
    let data = await api.ok(ITEM, { id: own.collectivityId });
    expect(data.collectivity.inventoryFigures.linuxWorkstationShare).toBe(0);
    expect(data.collectivity.inventory[0].proposedProgressUpdates).toEqual([
      { actionCode: '1.8', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
    ]);
    const done = await advance({ stage: 'LEGACY_REMOVED', date: '2026-10-01', notes: 'Dernier poste Windows retiré' });
    expect(done.data!.advanceMigrationStage.proposedProgressUpdates).toEqual([
      { commitmentId: own.commitmentId, actionCode: '1.8', from: 'NOT_STARTED', to: 'DONE' },
    ]);
    data = await api.ok(ITEM, { id: own.collectivityId });
    expect(data.collectivity.inventoryFigures).toEqual({
      linuxWorkstationShare: 100,
      freeOfficeSeatShare: null,
      linuxServerShare: null,
      freeBusinessApplications: 0,
    });
    const actions = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { commitment { actions { actionCode status } } } }`,
      {
        id: own.collectivityId,
      },
    );
    expect(actions.collectivity.commitment.actions.find((a: any) => a.actionCode === '1.8').status).toBe('NOT_STARTED');
  });

  it('proposes nothing for a collectivity without a commitment, nor for a migration without a free target', async () => {
    const { id } = (
      await api.ok(`mutation($i: CreateCollectivityInput!) { createCollectivity(input: $i) { id } }`, {
        i: { kind: 'SYNDICAT', siren: `9${String(Date.now() % 1e8).padStart(8, '0')}`, name: 'Syndicat sans pacte' },
      })
    ).createCollectivity;
    const item = await workstations(id);
    const moved = await api.ok(ADVANCE, { input: { itemId: item.id, stage: 'DEFAULT', date: '2026-08-01' } });
    expect(moved.advanceMigrationStage.proposedProgressUpdates).toEqual([]);
    const committed = await createCommitted(api);
    const noTarget = await api.ok(ADD_ITEM, {
      input: {
        collectivityId: committed.collectivityId,
        category: 'BROWSER',
        productName: 'Edge',
        productIsFree: false,
        stageReachedOn: '2026-06-01',
      },
    });
    const piloted = await api.ok(ADVANCE, {
      input: { itemId: noTarget.addInventoryItem.id, stage: 'PILOT', date: '2026-08-01' },
    });
    expect(piloted.advanceMigrationStage.proposedProgressUpdates).toEqual([]);
  });
});
