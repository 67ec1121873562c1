import { tnlLevelsOf } from '@pacte/pact';
import { today } from '../src/lib/rules';
import { inventoryAbilitiesOn } from '../src/features/migration/utils/abilities';
import { confirmInput, proposalRows } from '../src/features/migration/utils/proposals';
import {
  addItemInput,
  checkAdvanceForm,
  checkFleetForm,
  checkLabelForm,
  checkNewItemForm,
  fleetInput,
  labelInput,
  checkItemForm,
  updateItemInput,
  type NewItemForm,
} from '../src/features/migration/utils/validation';
import { meWith } from './support/migration-fixtures';

describe('inventoryAbilitiesOn (docs/permissions.md)', () => {
  it('lets IT managers and elected officials keep the inventory, and only elected officials record a label', () => {
    const it = meWith([{ role: 'IT_MANAGER', collectivityId: 'c1' }]);
    const elected = meWith([{ role: 'ELECTED_OFFICIAL', collectivityId: 'c1' }]);
    expect(inventoryAbilitiesOn(it, 'c1')).toEqual({ manageInventory: true, recordLabel: false });
    expect(inventoryAbilitiesOn(elected, 'c1')).toEqual({ manageInventory: true, recordLabel: true });
    expect(inventoryAbilitiesOn(it, 'c2')).toEqual({ manageInventory: false, recordLabel: false });
    expect(inventoryAbilitiesOn(meWith([{ role: 'CONTRIBUTOR', collectivityId: 'c1' }]), 'c1').manageInventory).toBe(
      false,
    );
    expect(
      inventoryAbilitiesOn(meWith([{ role: 'IT_MANAGER', status: 'REQUESTED', collectivityId: 'c1' }]), 'c1')
        .manageInventory,
    ).toBe(false);
    expect(inventoryAbilitiesOn(null, 'c1').manageInventory).toBe(false);
    // An administrator's grant is platform-wide (collectivity null), as in the API.
    expect(inventoryAbilitiesOn(meWith([{ role: 'ADMIN', collectivityId: '' }]), 'c9')).toEqual({
      manageInventory: true,
      recordLabel: true,
    });
  });
});

/** Windows 10 on 280 workstations, piloting Ubuntu. */
const windowsForm: NewItemForm = {
  category: 'WORKSTATION_OS',
  productName: ' Windows 10 ',
  productIsFree: false,
  entry: { id: 'entry-ubuntu', name: 'Ubuntu' },
  seats: '280',
  audience: 'STAFF',
  contractEndsOn: '',
  renewalOn: '2027-01-01',
  yearlyCost: '12000',
  notes: '',
  plannedOn: {},
  appliesToSome: false,
  memberIds: [],
  stage: 'PILOT',
  stageReachedOn: '2026-05-02',
};

describe('inventory forms', () => {
  const item = windowsForm;

  it('checks a new item as the API does', () => {
    expect(checkNewItemForm(item, '2026-06-01')).toEqual({});
    expect(
      checkNewItemForm(
        { ...item, category: '', productName: ' ', seats: '2.5', stageReachedOn: '2026-07-01' },
        '2026-06-01',
      ),
    ).toEqual({
      category: 'REQUIRED',
      productName: 'REQUIRED',
      seats: 'INVALID_NUMBER',
      stageReachedOn: 'MIGRATION_STAGE_DATE_IN_FUTURE',
    });
    expect(checkNewItemForm({ ...item, seats: '-1' }, '2026-06-01').seats).toBe('INVALID_NUMBER');
    expect(checkNewItemForm({ ...item, stageReachedOn: '' }, '2026-06-01').stageReachedOn).toBe('REQUIRED');
  });

  it('sends the picked entry as the target of a proprietary product, as the product when it is free', () => {
    expect(addItemInput('c1', item)).toEqual({
      collectivityId: 'c1',
      category: 'WORKSTATION_OS',
      productName: 'Windows 10',
      productIsFree: false,
      productEntryId: null,
      targetEntryId: 'entry-ubuntu',
      seats: 280,
      audience: 'STAFF',
      contractEndsOn: null,
      renewalOn: '2027-01-01',
      yearlyCost: 12000,
      stage: 'PILOT',
      stageReachedOn: '2026-05-02',
      plannedStages: [],
      notes: null,
    });
    const free = updateItemInput('i1', { ...item, productIsFree: true, seats: '' });
    expect(free).toMatchObject({
      productIsFree: true,
      productEntryId: 'entry-ubuntu',
      targetEntryId: null,
      seats: null,
    });
    expect(free).not.toHaveProperty('actionCodes');
    expect(updateItemInput('i1', item, ['1.8', '1.9']).actionCodes).toEqual(['1.8', '1.9']);
  });

  it('checks a fleet declaration with the rulebook and sends counts left empty as undeclared', () => {
    const fleet = {
      audience: 'STAFF' as const,
      workstations: '400',
      servers: '',
      officeSeats: '2.5',
      asOf: '2026-07-01',
    };
    expect(checkFleetForm(fleet, '2026-06-01')).toEqual({
      officeSeats: 'INVALID_NUMBER',
      asOf: 'FLEET_DATE_IN_FUTURE',
    });
    expect(checkFleetForm({ ...fleet, officeSeats: '', asOf: '' }, '2026-06-01')).toEqual({ asOf: 'REQUIRED' });
    expect(fleetInput('c1', { ...fleet, officeSeats: '' }, 2)).toEqual({
      collectivityId: 'c1',
      audience: 'STAFF',
      workstations: 400,
      servers: null,
      officeSeats: null,
      asOf: '2026-07-01',
      expectedVersion: 2,
    });
  });

  it('asks a later stage, reached between the current stage and today, and a title for a new evidence file', () => {
    const current = { stage: 'PILOT' as const, stageReachedOn: '2026-05-02', actionCodes: ['1.8'] };
    const form = {
      stage: 'DEFAULT' as const,
      date: '2026-06-01',
      notes: '',
      evidenceIds: [],
      evidenceTitle: '',
      hasFile: false,
    };
    expect(checkAdvanceForm(form, current, '2026-06-01')).toEqual({});
    expect(checkAdvanceForm({ ...form, stage: 'PILOT' }, current, '2026-06-01').stage).toBe(
      'MIGRATION_STAGE_NOT_FORWARD',
    );
    expect(checkAdvanceForm({ ...form, date: '2026-05-01' }, current, '2026-06-01').date).toBe(
      'MIGRATION_STAGE_DATE_BEFORE_PREVIOUS',
    );
    expect(checkAdvanceForm({ ...form, date: '2026-06-02' }, current, '2026-06-01').date).toBe(
      'MIGRATION_STAGE_DATE_IN_FUTURE',
    );
    expect(checkAdvanceForm({ ...form, hasFile: true }, current, '2026-06-01').evidenceTitle).toBe('evidenceTitle');
    expect(
      checkAdvanceForm({ ...form, evidenceTitle: 'Bilan' }, { ...current, actionCodes: [] }, '2026-06-01')
        .evidenceTitle,
    ).toBe('evidenceActions');
  });

  it('gives today in the calendar of Europe/Paris, wherever the browser is', () => {
    expect(today(new Date('2026-01-05T22:59:00Z'))).toBe('2026-01-05');
    expect(today(new Date('2026-01-05T23:30:00Z'))).toBe('2026-01-06');
  });
});

describe('awarded labels', () => {
  it('offers the levels of the vintage’s scale and maps the 2025 scale to the schema’s SCALE_2025', () => {
    expect(tnlLevelsOf('LEGACY')).toEqual(['1', '2', '3', '4', '5']);
    expect(tnlLevelsOf('2025')).toEqual(['BADGE', 'BRONZE', 'ARGENT', 'OR']);
    const form = { year: '2024', level: '3', mentions: ['MUTUALISATION' as const], url: '' };
    expect(checkLabelForm(form, '2026-06-01')).toEqual({});
    expect(labelInput('c1', form)).toEqual({
      collectivityId: 'c1',
      year: 2024,
      scale: 'LEGACY',
      level: '3',
      mentions: [],
      url: null,
    });
    expect(labelInput('c1', { ...form, year: '2025', level: 'ARGENT' })).toMatchObject({
      scale: 'SCALE_2025',
      mentions: ['MUTUALISATION'],
    });
    expect(checkLabelForm({ ...form, year: '2025' }, '2026-06-01')).toEqual({ level: 'INVALID_TNL_LABEL' });
    expect(checkLabelForm({ ...form, year: '2015' }, '2026-06-01')).toEqual({ year: 'INVALID_YEAR' });
    expect(checkLabelForm({ ...form, year: '2027' }, '2026-06-01')).toEqual({ year: 'INVALID_YEAR' });
    expect(checkLabelForm({ ...form, url: 'palmares' }, '2026-06-01')).toEqual({ url: 'INVALID_URL' });
  });
});

describe('proposalRows', () => {
  it('shows the action’s current % (its override) and the proposed status’s default, and confirms at that default', () => {
    const rows = proposalRows(
      [
        { commitmentId: 'k', actionCode: '1.8', from: 'PLANNED', to: 'IN_PROGRESS' },
        { commitmentId: 'k', actionCode: '1.6', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
      ],
      [{ actionCode: '1.8', progress: 30 }],
    );
    expect(rows.map((r) => [r.actionCode, r.currentPercent, r.proposedPercent])).toEqual([
      ['1.8', 30, 50],
      ['1.6', 0, 50],
    ]);
    expect(confirmInput(rows[0])).toEqual({
      commitmentId: 'k',
      actionCode: '1.8',
      status: 'IN_PROGRESS',
      progress: null,
    });
  });

  it('never lowers a % declared by hand: an action at 70 % stays at 70 % when confirmed as in progress', () => {
    const [row] = proposalRows(
      [{ commitmentId: 'k', actionCode: '1.8', from: 'PLANNED', to: 'IN_PROGRESS' }],
      [{ actionCode: '1.8', progress: 70 }],
    );
    expect([row.currentPercent, row.proposedPercent]).toEqual([70, 70]);
    expect(confirmInput(row)).toEqual({ commitmentId: 'k', actionCode: '1.8', status: 'IN_PROGRESS', progress: 70 });
    const [done] = proposalRows(
      [{ commitmentId: 'k', actionCode: '1.8', from: 'IN_PROGRESS', to: 'DONE' }],
      [{ actionCode: '1.8', progress: 70 }],
    );
    expect(confirmInput(done).progress).toBeNull();
  });
});

describe('a planned migration in the inventory forms', () => {
  const item: NewItemForm = {
    ...windowsForm,
    renewalOn: '',
    yearlyCost: '',
    plannedOn: { DEFAULT: '2027-09-01', PILOT: '2027-03-01' },
    stage: 'INVENTORY',
  };

  it('sends the planned stages in the stages’ order, and refuses a past day as the API does', () => {
    expect(checkNewItemForm(item, '2026-12-06')).toEqual({});
    expect(addItemInput('c1', item).plannedStages).toEqual([
      { stage: 'PILOT', plannedOn: '2027-03-01' },
      { stage: 'DEFAULT', plannedOn: '2027-09-01' },
    ]);
    expect(checkNewItemForm({ ...item, plannedOn: { PILOT: '2026-12-05' } }, '2026-12-06')).toEqual({
      plannedOn: 'MIGRATION_PLAN_DATE_IN_PAST',
    });
    expect(
      checkNewItemForm({ ...item, plannedOn: { PILOT: '2027-09-01', DEFAULT: '2027-03-01' } }, '2026-12-06'),
    ).toEqual({ plannedOn: 'MIGRATION_PLAN_OUT_OF_ORDER' });
  });

  it('sends an edited item’s plan only when changed, checked against its stage', () => {
    const kept = [{ stage: 'DEFAULT' as const, plannedOn: '2026-01-01' }];
    // A plan kept as it was, now past, does not stop an edit of another field.
    const unchanged = { ...item, plannedOn: { DEFAULT: '2026-01-01' } };
    expect(checkItemForm(unchanged, '2026-12-06', { stage: 'PILOT', plannedStages: kept })).toEqual({});
    expect(updateItemInput('i1', unchanged, undefined, kept)).not.toHaveProperty('plannedStages');
    expect(
      checkItemForm({ ...item, plannedOn: { PILOT: '2027-03-01' } }, '2026-12-06', {
        stage: 'PILOT',
        plannedStages: kept,
      }),
    ).toEqual({ plannedOn: 'MIGRATION_PLAN_STAGE_NOT_AHEAD' });
    expect(updateItemInput('i1', { ...item, plannedOn: {} }, undefined, kept).plannedStages).toEqual([]);
  });
});
