import { inventoryFigures } from './inventory';
import { plannedStageText, plannedStagesAhead } from './planned-stages';

const plan = [
  { stage: 'DEFAULT', plannedOn: '2027-09-01' },
  { stage: 'PILOT', plannedOn: '2027-03-01' },
] as const;

describe('planned migration stages', () => {
  it('read "prévu le 1er mars 2027" / "planned for 1 March 2027", and say when the day passed unreached', () => {
    expect(plannedStageText(plan[1], '2026-12-06')).toEqual({
      fr: 'Pilote\u00a0: prévu le 1er mars 2027',
      en: 'Pilot: planned for 1 March 2027',
    });
    expect(plannedStageText(plan[0], '2027-09-02')).toEqual({
      fr: 'Par défaut\u00a0: prévu le 1er septembre 2027 (pas encore atteint)',
      en: 'Default: planned for 1 September 2027 (not reached yet)',
    });
  });

  it('come in the stages’ order, and a stage reached drops those it reaches or skips', () => {
    expect(plannedStagesAhead('INVENTORY', plan).map((p) => p.stage)).toEqual(['PILOT', 'DEFAULT']);
    expect(plannedStagesAhead('PARALLEL_RUN', plan)).toEqual([{ stage: 'DEFAULT', plannedOn: '2027-09-01' }]);
    expect(plannedStagesAhead('DEFAULT', plan)).toEqual([]);
  });

  it('count in no share until reached: a migration planned to DEFAULT is still the proprietary software', () => {
    // 400 workstations on a proprietary OS, whose move to GNU/Linux is planned (pilot in March, default in September).
    const planned = {
      category: 'WORKSTATION_OS' as const,
      isFree: false,
      seats: 400,
      stage: 'INVENTORY' as const,
      targetIsFree: true,
      plannedStages: [...plan],
    };
    expect(inventoryFigures([planned]).linuxWorkstationShare).toBe(0);
    // Once DEFAULT is recorded as reached, it counts.
    expect(inventoryFigures([{ ...planned, stage: 'DEFAULT', plannedStages: [] }]).linuxWorkstationShare).toBe(100);
  });
});
