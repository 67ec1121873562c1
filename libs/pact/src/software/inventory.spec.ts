import { MigrationStage } from '../migration-stage';
import { SoftwareCategory } from './categories';
import { InventoryItemInput, inventoryFigures, runsFree } from './inventory';

const item = (
  category: SoftwareCategory,
  seats: number | null,
  stage: MigrationStage,
  { isFree = false, targetIsFree = true } = {},
): InventoryItemInput => ({ category, isFree, seats, stage, targetIsFree });

describe('runsFree', () => {
  it('counts a free product whatever its stage', () => {
    expect(runsFree({ isFree: true, stage: 'INVENTORY', targetIsFree: false })).toBe(true);
  });

  it.each([
    ['INVENTORY', false],
    ['PILOT', false],
    ['PARALLEL_RUN', false],
    ['DEFAULT', true],
    ['LEGACY_REMOVED', true],
  ] as const)('counts a migration to a free target at %s: %p', (stage, expected) => {
    expect(runsFree({ isFree: false, stage, targetIsFree: true })).toBe(expected);
  });

  it('never counts a migration to a proprietary target', () => {
    expect(runsFree({ isFree: false, stage: 'LEGACY_REMOVED', targetIsFree: false })).toBe(false);
  });
});

describe('inventoryFigures', () => {
  it('has no share and no application for an empty inventory', () => {
    const figures = inventoryFigures([]);
    expect(figures).toMatchObject({
      linuxWorkstationShare: null,
      freeOfficeSeatShare: null,
      linuxServerShare: null,
      freeBusinessApplications: 0,
      audiences: [],
    });
    expect(figures.shares.map((s) => s.basis)).toEqual([null, null, null]);
  });

  it('weighs each item by its seats, and counts a migration from DEFAULT on', () => {
    const figures = inventoryFigures([
      // Workstations: 40 already on Debian, 60 on Windows in a pilot, 20 on Windows moved by default: 60 of 120.
      item('WORKSTATION_OS', 40, 'INVENTORY', { isFree: true }),
      item('WORKSTATION_OS', 60, 'PILOT'),
      item('WORKSTATION_OS', 20, 'DEFAULT'),
      // Office: 150 seats moved to LibreOffice with the old suite removed, 50 in a parallel run: 150 of 200.
      item('OFFICE_SUITE', 150, 'LEGACY_REMOVED'),
      item('OFFICE_SUITE', 50, 'PARALLEL_RUN'),
      // Servers: 2 of 3 on GNU/Linux, whose seat count is unknown for a fourth item (left out).
      item('SERVER_OS', 2, 'INVENTORY', { isFree: true }),
      item('SERVER_OS', 1, 'INVENTORY'),
      item('SERVER_OS', null, 'LEGACY_REMOVED'),
      // Business applications: one free, one migrated by default, one piloted, one moving to another vendor.
      item('BUSINESS_APPLICATION', null, 'INVENTORY', { isFree: true }),
      item('BUSINESS_APPLICATION', 30, 'DEFAULT'),
      item('BUSINESS_APPLICATION', 30, 'PILOT'),
      item('BUSINESS_APPLICATION', 30, 'LEGACY_REMOVED', { targetIsFree: false }),
      // Other categories do not enter any figure.
      item('BROWSER', 500, 'LEGACY_REMOVED'),
    ]);
    expect(figures).toMatchObject({
      linuxWorkstationShare: 50,
      freeOfficeSeatShare: 75,
      linuxServerShare: 66.7,
      freeBusinessApplications: 2,
    });
  });

  it('gives null, not 0, to a share whose seats are all unknown or zero', () => {
    const figures = inventoryFigures([item('SERVER_OS', null, 'DEFAULT'), item('OFFICE_SUITE', 0, 'INVENTORY')]);
    expect(figures.linuxServerShare).toBeNull();
    expect(figures.freeOfficeSeatShare).toBeNull();
  });

  it('gives 0 when seats are known and none runs free software', () => {
    expect(inventoryFigures([item('WORKSTATION_OS', 10, 'PARALLEL_RUN')]).linuxWorkstationShare).toBe(0);
  });

  it.each([-1, 2.5, Number.NaN])('rejects %p seats', (seats) => {
    expect(() => inventoryFigures([item('OFFICE_SUITE', seats, 'PILOT')])).toThrow(RangeError);
  });

  it('rejects an unknown category or stage', () => {
    expect(() => inventoryFigures([item('FAX' as SoftwareCategory, 1, 'PILOT')])).toThrow('unknown software category');
    expect(() => inventoryFigures([item('OFFICE_SUITE', 1, 'DONE' as MigrationStage)])).toThrow(
      'Unknown migration stage',
    );
  });
});
