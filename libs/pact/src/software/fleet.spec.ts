import { MigrationStage } from '../migration-stage';
import { SoftwareCategory } from './categories';
import { FleetAudience, FleetDeclaration } from './fleet';
import { InventoryItemInput, ShareFigure, inventoryFigures } from './inventory';

const item = (
  category: SoftwareCategory,
  seats: number | null,
  stage: MigrationStage,
  {
    isFree = false,
    targetIsFree = true,
    audience = 'STAFF',
  }: { isFree?: boolean; targetIsFree?: boolean; audience?: FleetAudience } = {},
): InventoryItemInput => ({ category, isFree, seats, stage, targetIsFree, audience });

const fleet = (
  audience: FleetAudience,
  counts: Partial<Pick<FleetDeclaration, 'workstations' | 'servers' | 'officeSeats'>>,
): FleetDeclaration => ({
  audience,
  workstations: counts.workstations ?? null,
  servers: counts.servers ?? null,
  officeSeats: counts.officeSeats ?? null,
  asOf: '2026-09-01',
});

const share = (figures: ReturnType<typeof inventoryFigures>, figure: ShareFigure) =>
  figures.shares.find((s) => s.figure === figure);

describe('inventory shares against the declared fleet', () => {
  // A commune of 400 workstations runs a 10-seat GNU/Linux pilot that reached the default stage.
  const pilot = [item('WORKSTATION_OS', 10, 'DEFAULT')];

  it('without a declared fleet, the one pilot is 100 % of the inventory, and says it is over the inventory only', () => {
    const figures = inventoryFigures(pilot);
    expect(figures.linuxWorkstationShare).toBe(100);
    expect(share(figures, 'linuxWorkstationShare')).toEqual({
      figure: 'linuxWorkstationShare',
      percent: 100,
      freeSeats: 10,
      base: 10,
      basis: 'INVENTORY',
      inventoryExceedsFleet: false,
    });
  });

  it('in a declared fleet of 400 workstations, the 10-seat pilot is 2.5 %, not 100 %', () => {
    const figures = inventoryFigures(pilot, [fleet('STAFF', { workstations: 400 })]);
    expect(figures.linuxWorkstationShare).toBe(2.5);
    expect(share(figures, 'linuxWorkstationShare')).toMatchObject({ freeSeats: 10, base: 400, basis: 'FLEET' });
    expect(figures.audiences).toEqual([
      {
        audience: 'STAFF',
        fleetAsOf: '2026-09-01',
        shares: expect.arrayContaining([expect.objectContaining({ figure: 'linuxWorkstationShare', percent: 2.5 })]),
      },
    ]);
  });

  it('counts a pilot that has not reached the default stage as 0 % of the fleet', () => {
    const figures = inventoryFigures([item('WORKSTATION_OS', 10, 'PILOT')], [fleet('STAFF', { workstations: 400 })]);
    expect(figures.linuxWorkstationShare).toBe(0);
  });

  it('gives a 0 % share, on the fleet, to a declared count with nothing inventoried', () => {
    const figures = inventoryFigures([], [fleet('STAFF', { servers: 12 })]);
    expect(share(figures, 'linuxServerShare')).toMatchObject({ percent: 0, base: 12, basis: 'FLEET' });
    expect(figures.linuxWorkstationShare).toBeNull();
  });

  it('keeps staff, school and public-access machines apart, each against its own fleet', () => {
    const figures = inventoryFigures(
      [
        item('WORKSTATION_OS', 300, 'INVENTORY', { targetIsFree: false }),
        item('WORKSTATION_OS', 60, 'INVENTORY', { isFree: true, audience: 'SCHOOL' }),
        item('WORKSTATION_OS', 8, 'LEGACY_REMOVED', { audience: 'PUBLIC_ACCESS' }),
      ],
      [fleet('STAFF', { workstations: 400 }), fleet('SCHOOL', { workstations: 80 })],
    );
    const byAudience = Object.fromEntries(
      figures.audiences.map((a) => [a.audience, a.shares.find((s) => s.figure === 'linuxWorkstationShare')]),
    );
    // Staff: 0 of 400 declared. Schools: 60 of 80 declared. Public access: no fleet, 8 of the 8 inventoried.
    expect(byAudience.STAFF).toMatchObject({ percent: 0, base: 400, basis: 'FLEET' });
    expect(byAudience.SCHOOL).toMatchObject({ percent: 75, base: 80, basis: 'FLEET' });
    expect(byAudience.PUBLIC_ACCESS).toMatchObject({ percent: 100, base: 8, basis: 'INVENTORY' });
    // All together: 68 of 488, partly on the inventory only.
    expect(share(figures, 'linuxWorkstationShare')).toMatchObject({
      percent: 13.9,
      freeSeats: 68,
      base: 488,
      basis: 'PARTIAL',
    });
  });

  it('takes the inventory as the base when it counts more seats than the declared fleet, and says so', () => {
    const figures = inventoryFigures(
      [item('OFFICE_SUITE', 120, 'DEFAULT'), item('OFFICE_SUITE', 30, 'INVENTORY')],
      [fleet('STAFF', { officeSeats: 100 })],
    );
    expect(share(figures, 'freeOfficeSeatShare')).toMatchObject({
      percent: 80,
      base: 150,
      basis: 'FLEET',
      inventoryExceedsFleet: true,
    });
  });

  it('rejects a negative or fractional count, an unknown audience and two declarations of one audience', () => {
    expect(() => inventoryFigures([], [fleet('STAFF', { workstations: -1 })])).toThrow(RangeError);
    expect(() => inventoryFigures([], [fleet('STAFF', { servers: 2.5 })])).toThrow(RangeError);
    expect(() => inventoryFigures([], [fleet('HOME' as FleetAudience, {})])).toThrow('unknown audience');
    expect(() => inventoryFigures([], [fleet('SCHOOL', {}), fleet('SCHOOL', {})])).toThrow('Several fleet');
    expect(() => inventoryFigures([item('OFFICE_SUITE', 1, 'PILOT', { audience: 'HOME' as FleetAudience })])).toThrow(
      'unknown audience',
    );
  });
});
