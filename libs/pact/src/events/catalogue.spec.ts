import {
  EventPayload,
  HISTORY_EVENTS,
  HISTORY_EVENT_NAMES,
  EventParseError,
  legacyEventName,
  readHistoryEvent,
  tryReadHistoryEvent,
} from './index';

const progressV1 = {
  actionCode: '1.1',
  status: 'IN_PROGRESS',
  progress: 40,
  progressOverride: 40,
  targetDate: null,
  owner: 'DSI',
  justification: null,
};

describe('the history event catalogue', () => {
  it('gives every stored entity type and action of version 1 one event name', () => {
    expect(legacyEventName('ActionProgress', 'UPDATE')).toBe('ActionProgressUpdated');
    expect(legacyEventName('ActionProgress', 'CREATE')).toBe('ActionProgressCreated');
    expect(legacyEventName('Signatory', 'ERASE')).toBe('SignatoryErased');
    expect(legacyEventName('User', 'ERASE')).toBe('UserErased');
    expect(legacyEventName('Nothing', 'UPDATE')).toBeNull();
    const pairs = HISTORY_EVENT_NAMES.map((n) => `${HISTORY_EVENTS[n].entityType}/${HISTORY_EVENTS[n].action}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('reads an entry written before events were stored (version 1) as the current payload, version unknown', () => {
    const event = readHistoryEvent({
      entityType: 'ActionProgress',
      action: 'UPDATE',
      before: { ...progressV1, status: 'PLANNED', progress: 10, progressOverride: null },
      after: progressV1,
    });
    expect(event.name).toBe('ActionProgressUpdated');
    expect(event.storedVersion).toBe(1);
    const payload = event.payload as EventPayload<'ActionProgressUpdated'>;
    expect(payload.after).toEqual({ ...progressV1, version: null });
    expect(payload.before.status).toBe('PLANNED');
  });

  it('reads a current entry by its stored name and version', () => {
    const event = readHistoryEvent({
      event: 'MilestoneCreated',
      eventVersion: 2,
      entityType: 'Milestone',
      action: 'CREATE',
      before: null,
      after: { actionCode: '1.2', title: 'Pilote', description: null, date: '2026-06-01', reached: false, version: 1 },
    });
    expect(event).toMatchObject({ name: 'MilestoneCreated', storedVersion: 2, payload: { after: { version: 1 } } });
  });

  it('refuses a payload that does not fit, naming the field, and an unknown version', () => {
    const row = { entityType: 'ActionProgress', action: 'UPDATE', before: null, after: { progress: 3 } };
    expect(() => readHistoryEvent(row)).toThrow(EventParseError);
    expect(() => readHistoryEvent(row)).toThrow(/ActionProgressUpdated v1 .*before/);
    expect(tryReadHistoryEvent(row)).toBeNull();
    expect(() =>
      readHistoryEvent({
        event: 'UserErased',
        eventVersion: 7,
        entityType: 'User',
        action: 'ERASE',
        before: null,
        after: null,
      }),
    ).toThrow(/unknown version/);
  });

  it('keeps the optional facts of evidence and of a migration stage', () => {
    const evidence = {
      kind: 'COUNCIL_DELIBERATION',
      date: '2026-05-01',
      title: 'Délibération',
      description: null,
      url: null,
      actionCodes: ['1.1'],
    };
    const event = readHistoryEvent({
      entityType: 'Evidence',
      action: 'UPDATE',
      before: evidence,
      after: { ...evidence, file: { mimeType: 'application/pdf', size: 12 }, fileSha256: 'ab' },
    });
    expect(event.payload.after).toMatchObject({ fileSha256: 'ab', file: { size: 12 }, version: null });
  });
});
