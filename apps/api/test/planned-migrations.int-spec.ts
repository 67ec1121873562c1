import { todayInFrance } from '@pacte/pact';
import { createCommitted } from './support/factories';
import { ADVANCE, userWithRole } from './support/migration-tracker';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const ADD = `mutation($input: AddInventoryItemInput!) { addInventoryItem(input: $input) {
  id stage version plannedStages { stage plannedOn }
} }`;
const UPDATE = `mutation($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) {
  version plannedStages { stage plannedOn }
} }`;
const STATE = `query($id: ID!) { collectivity(id: $id) {
  inventory { productName stage runsFree plannedStages { stage plannedOn } }
  inventoryFigures { linuxWorkstationShare }
  history(first: 10) { entityType action after }
} }`;

/** YYYY-MM-DD `days` from today in France. */
const inDays = (days: number) => todayInFrance(new Date(Date.now() + days * 24 * 3600 * 1000));

describe('planned migrations: stages planned for days to come, counted nowhere until reached', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('plans a migration, keeps it out of the shares, and drops a planned stage once it is recorded as reached', async () => {
    const { collectivityId } = await createCommitted(api);
    const dsi = await userWithRole(api, 'IT_MANAGER', collectivityId);
    const as = { cookie: dsi.cookie };
    const pilot = { stage: 'PILOT', plannedOn: inDays(90) };
    const byDefault = { stage: 'DEFAULT', plannedOn: inDays(270) };
    const added = await api.ok(
      ADD,
      {
        input: {
          collectivityId,
          category: 'WORKSTATION_OS',
          productName: 'Windows 10',
          productIsFree: false,
          seats: 40,
          // Given out of order: kept in the stages' order.
          plannedStages: [byDefault, pilot],
        },
      },
      as,
    );
    const item = added.addInventoryItem;
    expect(item).toMatchObject({ stage: 'INVENTORY', plannedStages: [pilot, byDefault] });

    // A planned DEFAULT is not a migration done: 0 % of the workstations on GNU/Linux, the item does not run free.
    let state = (await api.ok(STATE, { id: collectivityId }, { token: null })).collectivity;
    expect(state.inventoryFigures.linuxWorkstationShare).toBe(0);
    expect(state.inventory).toEqual([
      { productName: 'Windows 10', stage: 'INVENTORY', runsFree: false, plannedStages: [pilot, byDefault] },
    ]);
    const created = state.history.find((h: any) => h.entityType === 'InventoryItem' && h.action === 'CREATE');
    expect(created.after.plannedStages).toEqual([pilot, byDefault]);

    // A past day, a stage already reached, or days against the stages' order are refused, and change nothing.
    const update = (plannedStages: object[] | null) =>
      api.gql(UPDATE, { input: { itemId: item.id, plannedStages } }, as);
    expect(errorCode(await update([{ stage: 'PILOT', plannedOn: inDays(-1) }]))).toBe('MIGRATION_PLAN_DATE_IN_PAST');
    expect(errorCode(await update([{ stage: 'INVENTORY', plannedOn: inDays(10) }]))).toBe(
      'MIGRATION_PLAN_STAGE_NOT_AHEAD',
    );
    expect(
      errorCode(
        await update([
          { stage: 'PILOT', plannedOn: inDays(300) },
          { stage: 'DEFAULT', plannedOn: inDays(200) },
        ]),
      ),
    ).toBe('MIGRATION_PLAN_OUT_OF_ORDER');
    expect(
      errorCode(
        await api.gql(
          ADD,
          {
            input: {
              collectivityId,
              category: 'OFFICE_SUITE',
              productName: 'Office',
              productIsFree: false,
              plannedStages: [{ stage: 'PILOT', plannedOn: '2020-01-01' }],
            },
          },
          as,
        ),
      ),
    ).toBe('MIGRATION_PLAN_DATE_IN_PAST');

    // Recording the pilot as reached (the way it always was) drops its plan and keeps the rest.
    const advanced = await api.ok(ADVANCE, { input: { itemId: item.id, stage: 'PILOT', date: inDays(0) } }, as);
    expect(advanced.advanceMigrationStage.item.stage).toBe('PILOT');
    state = (await api.ok(STATE, { id: collectivityId }, { token: null })).collectivity;
    expect(state.inventory[0].plannedStages).toEqual([byDefault]);
    expect(state.inventoryFigures.linuxWorkstationShare).toBe(0);

    // Cleared with null; the history says so, typed.
    const cleared = await api.ok(UPDATE, { input: { itemId: item.id, plannedStages: null } }, as);
    expect(cleared.updateInventoryItem.plannedStages).toEqual([]);
    state = (await api.ok(STATE, { id: collectivityId }, { token: null })).collectivity;
    expect(state.history[0]).toMatchObject({
      entityType: 'InventoryItem',
      action: 'UPDATE',
      after: { plannedStages: [] },
    });
    expect(
      errorCode(await api.gql(UPDATE, { input: { itemId: item.id, plannedStages: [pilot] } }, { token: null })),
    ).toBe('UNAUTHENTICATED');
  });
});
