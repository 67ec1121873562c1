import { inventoryItemAddSchema } from './inventory';
import { pooledItLinkSchema } from './pooling';
import { validate } from './validate';

const ID = '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10';
const issues = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);

describe('pooled IT at the edge', () => {
  it('a commune names a body by its id, or none to remove the link', () => {
    expect(issues(validate(pooledItLinkSchema, { collectivityId: ID, bodyId: ID }))).toEqual([]);
    expect(issues(validate(pooledItLinkSchema, { collectivityId: ID, bodyId: null }))).toEqual([]);
    expect(issues(validate(pooledItLinkSchema, { collectivityId: ID, bodyId: 'cc' }))).toEqual(['bodyId:INVALID_ID']);
  });

  it('a pooled item names at least one commune, or none for all the members', () => {
    const add = (appliesToMemberIds: unknown) =>
      issues(
        validate(inventoryItemAddSchema({ today: '2026-06-15' }), {
          collectivityId: ID,
          category: 'SERVER_OS',
          productName: 'Debian',
          productIsFree: true,
          appliesToMemberIds,
        }),
      );
    expect(add(null)).toEqual([]);
    expect(add([ID])).toEqual([]);
    expect(add([])).toEqual(['appliesToMemberIds:TOO_FEW']);
    expect(add(['x'])).toEqual(['appliesToMemberIds.0:INVALID_ID']);
  });
});
