import { ContractItemInput, addMonths, contractSummary } from './contracts';

const item = (over: Partial<ContractItemInput>): ContractItemInput => ({
  isFree: false,
  stage: 'INVENTORY',
  contractEndsOn: null,
  renewalOn: null,
  yearlyCost: null,
  ...over,
});

describe('contractSummary (action 1.3: anticipate the end of proprietary licences)', () => {
  const today = '2026-06-15';

  it('lists the contracts that renew or end within 12 months, soonest first, the renewal before the end', () => {
    const summary = contractSummary(
      [
        item({ contractEndsOn: '2028-12-31', renewalOn: '2027-01-01' }), // renews in 6 months
        item({ contractEndsOn: '2026-09-30' }), // ends in 3 months
        item({ contractEndsOn: '2027-06-16' }), // a day too late
        item({ contractEndsOn: '2026-06-14' }), // already past
        item({ contractEndsOn: '2027-06-15' }), // exactly 12 months: in
        item({}),
      ],
      today,
    );
    expect(summary.dueWithin12Months).toEqual([1, 0, 4]);
  });

  it('adds the yearly cost of the proprietary licences still in use, and counts those whose cost is unknown', () => {
    const summary = contractSummary(
      [
        item({ yearlyCost: 12_000 }), // Microsoft 365, in use
        item({ yearlyCost: 3_500, stage: 'PARALLEL_RUN' }), // still paid during the parallel run
        item({ yearlyCost: 8_000, stage: 'LEGACY_REMOVED' }), // removed: no longer paid
        item({ yearlyCost: 900, isFree: true }), // a support contract of free software: not a proprietary licence
        item({ stage: 'DEFAULT' }), // cost unknown
      ],
      today,
    );
    expect(summary.proprietaryYearlyCost).toBe(15_500);
    expect(summary.proprietaryWithoutCost).toBe(1);
  });

  it('rejects a negative or fractional cost', () => {
    expect(() => contractSummary([item({ yearlyCost: -1 })], today)).toThrow(RangeError);
    expect(() => contractSummary([item({ yearlyCost: 9.5 })], today)).toThrow(RangeError);
  });

  it('adds calendar months, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-06-15', 12)).toBe('2027-06-15');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  });
});
