import {
  checkPlannedStages,
  checkStageAdvance,
  inventoryItemAddSchema,
  inventoryItemUpdateSchema,
  stageAdvanceAgainst,
} from './inventory';
import { validate } from './validate';

const ID = '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10';
const ctx = { today: '2026-06-15' };
const item = {
  collectivityId: ID,
  category: 'OFFICE_SUITE',
  productName: 'Microsoft Office 2019',
  productIsFree: false,
};
const issues = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);

describe('an inventory item', () => {
  it('starts at INVENTORY unless said, and is reached today or earlier', () => {
    const result = validate(inventoryItemAddSchema(ctx), item);
    expect(result).toMatchObject({ ok: true, value: { stage: 'INVENTORY' } });
    expect(issues(validate(inventoryItemAddSchema(ctx), { ...item, stageReachedOn: '2026-06-15' }))).toEqual([]);
    expect(issues(validate(inventoryItemAddSchema(ctx), { ...item, stageReachedOn: '2026-06-16' }))).toEqual([
      'stageReachedOn:MIGRATION_STAGE_DATE_IN_FUTURE',
    ]);
  });

  it('names a product, counts seats in whole numbers, keeps notes short', () => {
    const add = (input: object) => issues(validate(inventoryItemAddSchema(ctx), { ...item, ...input }));
    expect(add({ productName: '  ' })).toEqual(['productName:REQUIRED']);
    expect(add({ productName: 'x'.repeat(201) })).toEqual(['productName:TOO_LONG']);
    expect(add({ seats: -1 })).toEqual(['seats:INVALID_NUMBER']);
    expect(add({ seats: 2.5 })).toEqual(['seats:INVALID_NUMBER']);
    expect(add({ seats: null, notes: 'x'.repeat(4001) })).toEqual(['notes:TOO_LONG']);
    expect(validate(inventoryItemAddSchema(ctx), { ...item, notes: 'x'.repeat(4001) })).toEqual({
      ok: false,
      issues: [{ path: 'notes', code: 'TOO_LONG', params: { max: 4000 } }],
    });
    expect(add({ category: 'TYPEWRITER' })).toEqual(['category:INVALID_VALUE']);
  });

  it('is edited field by field', () => {
    expect(validate(inventoryItemUpdateSchema(ctx), { itemId: ID, seats: 12 }).ok).toBe(true);
    expect(issues(validate(inventoryItemUpdateSchema(ctx), { itemId: ID, productName: '' }))).toEqual([
      'productName:REQUIRED',
    ]);
  });
});

describe('advancing a migration', () => {
  const current = { stage: 'PILOT' as const, stageReachedOn: '2026-03-01' };

  it('goes to a later stage (skipping is fine), never back nor in place', () => {
    expect(checkStageAdvance(current, { stage: 'DEFAULT', date: '2026-04-01' })).toEqual([]);
    expect(checkStageAdvance(current, { stage: 'PILOT', date: '2026-04-01' })).toEqual([
      { path: 'stage', code: 'MIGRATION_STAGE_NOT_FORWARD' },
    ]);
    expect(checkStageAdvance(current, { stage: 'INVENTORY', date: '2026-04-01' })).toEqual([
      { path: 'stage', code: 'MIGRATION_STAGE_NOT_FORWARD' },
    ]);
  });

  it('is dated between the current stage’s day and today', () => {
    const advance = (date: string) =>
      issues(validate(stageAdvanceAgainst(ctx, current), { itemId: ID, stage: 'PARALLEL_RUN', date }));
    expect(advance('2026-03-01')).toEqual([]);
    expect(advance('2026-06-15')).toEqual([]);
    expect(advance('2026-02-28')).toEqual(['date:MIGRATION_STAGE_DATE_BEFORE_PREVIOUS']);
    expect(advance('2026-06-16')).toEqual(['date:MIGRATION_STAGE_DATE_IN_FUTURE']);
  });
});

describe('a planned migration', () => {
  const add = (input: object) => issues(validate(inventoryItemAddSchema(ctx), { ...item, ...input }));

  it('plans stages after the current one, each for today or a later day, in the stages’ order', () => {
    const plan = [
      { stage: 'PILOT', plannedOn: '2027-03-01' },
      { stage: 'DEFAULT', plannedOn: '2027-09-01' },
    ];
    expect(add({ plannedStages: plan })).toEqual([]);
    expect(add({ plannedStages: [{ stage: 'PILOT', plannedOn: '2026-06-15' }] })).toEqual([]);
    expect(add({ plannedStages: [{ stage: 'PILOT', plannedOn: '2026-06-14' }] })).toEqual([
      'plannedStages.0.plannedOn:MIGRATION_PLAN_DATE_IN_PAST',
    ]);
    expect(add({ stage: 'PILOT', plannedStages: plan })).toEqual([
      'plannedStages.0.stage:MIGRATION_PLAN_STAGE_NOT_AHEAD',
    ]);
    expect(
      add({
        plannedStages: [
          { stage: 'DEFAULT', plannedOn: '2027-03-01' },
          { stage: 'PILOT', plannedOn: '2027-09-01' },
        ],
      }),
    ).toEqual([
      'plannedStages.0.plannedOn:MIGRATION_PLAN_OUT_OF_ORDER',
      'plannedStages.1.plannedOn:MIGRATION_PLAN_OUT_OF_ORDER',
    ]);
  });

  it('is checked against the item’s stage when edited, and refuses a past day there too', () => {
    expect(
      checkPlannedStages('PARALLEL_RUN', [
        { stage: 'PILOT', plannedOn: '2027-01-01' },
        { stage: 'DEFAULT', plannedOn: '2027-02-01' },
        { stage: 'DEFAULT', plannedOn: '2027-03-01' },
      ]),
    ).toEqual([
      { path: 'plannedStages.0.stage', code: 'MIGRATION_PLAN_STAGE_NOT_AHEAD' },
      { path: 'plannedStages.2.stage', code: 'MIGRATION_PLAN_OUT_OF_ORDER' },
    ]);
    expect(
      issues(
        validate(inventoryItemUpdateSchema(ctx), {
          itemId: ID,
          plannedStages: [{ stage: 'DEFAULT', plannedOn: '2026-01-01' }],
        }),
      ),
    ).toEqual(['plannedStages.0.plannedOn:MIGRATION_PLAN_DATE_IN_PAST']);
    expect(issues(validate(inventoryItemUpdateSchema(ctx), { itemId: ID, plannedStages: null }))).toEqual([]);
  });
});
