import { todayInFrance } from '@pacte/pact';
import { createCommitted } from './support/factories';
import { ADD_ITEM, userWithRole } from './support/migration-tracker';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const CONTRACTS = `query($id: ID!) { collectivity(id: $id) {
  inventory { productName contractEndsOn renewalOn yearlyCost }
  contractSummary { dueWithin12Months { productName } proprietaryYearlyCost proprietaryWithoutCost }
} }`;

/** YYYY-MM-DD `days` from today in France. */
const inDays = (days: number) => todayInFrance(new Date(Date.now() + days * 24 * 3600 * 1000));

describe('inventory contracts (action 1.3): end and renewal dates, yearly cost, and their summary', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('keeps each item’s contract, lists those due within 12 months and adds up the proprietary licences', async () => {
    const { collectivityId } = await createCommitted(api);
    const dsi = await userWithRole(api, 'IT_MANAGER', collectivityId);
    const add = (input: object) =>
      api.ok(
        ADD_ITEM,
        { input: { collectivityId, category: 'OFFICE_SUITE', productIsFree: false, ...input } },
        { cookie: dsi.cookie },
      );
    await add({ productName: 'Microsoft 365', contractEndsOn: inDays(90), yearlyCost: 12000 });
    await add({ productName: 'Suite métier', category: 'BUSINESS_APPLICATION', renewalOn: inDays(400) });
    await add({ productName: 'Outlook', category: 'EMAIL', contractEndsOn: inDays(500), renewalOn: inDays(30) });
    const data = await api.ok(CONTRACTS, { id: collectivityId });
    expect(data.collectivity.inventory).toContainEqual({
      productName: 'Microsoft 365',
      contractEndsOn: inDays(90),
      renewalOn: null,
      yearlyCost: 12000,
    });
    expect(data.collectivity.contractSummary).toEqual({
      dueWithin12Months: [{ productName: 'Outlook' }, { productName: 'Microsoft 365' }],
      proprietaryYearlyCost: 12000,
      proprietaryWithoutCost: 2,
    });

    // Edited like any field; null clears it.
    const item = data.collectivity.inventory.find((i: any) => i.productName === 'Microsoft 365');
    expect(item).toBeDefined();
    const [{ id }] = await api.dataSource.query(
      `SELECT id FROM software_inventory_item WHERE collectivity_id = $1 AND product_name = 'Microsoft 365'`,
      [collectivityId],
    );
    const updated = await api.ok(
      `mutation($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { contractEndsOn yearlyCost } }`,
      { input: { itemId: id, contractEndsOn: null, yearlyCost: 9000 } },
      { cookie: dsi.cookie },
    );
    expect(updated.updateInventoryItem).toEqual({ contractEndsOn: null, yearlyCost: 9000 });
    const refused = await api.gql(
      ADD_ITEM,
      { input: { collectivityId, category: 'EMAIL', productName: 'X', productIsFree: false, yearlyCost: -5 } },
      { cookie: dsi.cookie },
    );
    expect(errorCode(refused)).toBe('VALIDATION_FAILED');
  });
});
