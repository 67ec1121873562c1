import { createCommitted } from './support/factories';
import { eventsOf, replay } from './support/history-replay';
import { createTestApi, errorCode, GqlResult, TestApi } from './support/test-app';

const ADD_MILESTONE = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id title version } }`;
const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneInput!) {
  updateMilestone(input: $input) { id title reached version }
}`;
const UPDATE_PROGRESS = `mutation($input: UpdateActionProgressInput!) {
  updateActionProgress(input: $input) { actionCode status progress version }
}`;
const ADD_EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id version actionCodes } }`;
const LINK_EVIDENCE = `mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { id version actionCodes } }`;

describe('optimistic locking and concurrent writes', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  async function milestone(commitmentId: string) {
    const data = await api.ok(ADD_MILESTONE, {
      input: { commitmentId, actionCode: '1.1', title: 'Pilote', date: '2026-09-01' },
    });
    return data.addMilestone as { id: string; version: number };
  }

  async function milestoneRow(id: string) {
    const [row] = await api.dataSource.query(`SELECT title, reached, version FROM milestone WHERE id = $1`, [id]);
    return row as { title: string; reached: boolean; version: number };
  }

  it('refuses an edit made from a stale page with CONFLICT carrying the current milestone, and writes nothing', async () => {
    const { commitmentId } = await createCommitted(api);
    const { id, version } = await milestone(commitmentId);
    expect(version).toBe(1);
    const first = await api.ok(UPDATE_MILESTONE, { input: { milestoneId: id, title: 'Pilote A', expectedVersion: 1 } });
    expect(first.updateMilestone).toMatchObject({ title: 'Pilote A', version: 2 });

    const stale = await api.gql(UPDATE_MILESTONE, {
      input: { milestoneId: id, title: 'Pilote B', expectedVersion: 1 },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({
      category: 'CONFLICT',
      entity: 'Milestone',
      id,
      expectedVersion: 1,
      currentVersion: 2,
      current: { id, title: 'Pilote A', version: 2, reached: false },
    });
    expect(await milestoneRow(id)).toEqual({ title: 'Pilote A', reached: false, version: 2 });
    expect((await eventsOf(api.dataSource, id)).map((e) => e.name)).toEqual(['MilestoneCreated', 'MilestoneUpdated']);
  });

  it('lets one of two concurrent edits of a milestone win; the other gets CONFLICT; history agrees with the table', async () => {
    const { commitmentId } = await createCommitted(api);
    const { id } = await milestone(commitmentId);
    const results: GqlResult[] = await Promise.all(
      ['Alice', 'Bob', 'Chloé', 'Dan'].map((title) =>
        api.gql(UPDATE_MILESTONE, { input: { milestoneId: id, title, expectedVersion: 1 } }),
      ),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(3);
    const row = await milestoneRow(id);
    expect(row).toMatchObject({ title: won[0].data!.updateMilestone.title, version: 2 });
    const { last, problems } = replay(await eventsOf(api.dataSource, id));
    expect(problems).toEqual([]);
    expect(last).toMatchObject({ title: row.title, version: 2 });
  });

  it('serialises concurrent edits without a version: every one is in the history, in the order the table saw', async () => {
    const { commitmentId } = await createCommitted(api);
    const { id } = await milestone(commitmentId);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api.ok(UPDATE_MILESTONE, { input: { milestoneId: id, title: `Titre ${i}`, reached: i % 2 === 0 } }),
      ),
    );
    const events = await eventsOf(api.dataSource, id);
    expect(events).toHaveLength(9);
    const { last, problems } = replay(events);
    expect(problems).toEqual([]);
    const row = await milestoneRow(id);
    expect(row.version).toBe(9);
    expect(last).toMatchObject({ title: row.title, reached: row.reached, version: 9 });
  });

  it('counts an edit that changes nothing as a version, as its history event does (a stale page then gets CONFLICT)', async () => {
    const { commitmentId } = await createCommitted(api);
    const input = { commitmentId, actionCode: '1.4', status: 'PLANNED' };
    const first = await api.ok(UPDATE_PROGRESS, { input });
    const same = await api.ok(UPDATE_PROGRESS, { input: { ...input, expectedVersion: 1 } });
    expect([first.updateActionProgress.version, same.updateActionProgress.version]).toEqual([1, 2]);
    const stale = await api.gql(UPDATE_PROGRESS, { input: { ...input, status: 'DONE', expectedVersion: 1 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const { id } = await milestone(commitmentId);
    const unchanged = await api.ok(UPDATE_MILESTONE, {
      input: { milestoneId: id, title: 'Pilote', expectedVersion: 1 },
    });
    const again = await api.ok(UPDATE_MILESTONE, { input: { milestoneId: id, title: 'Pilote', expectedVersion: 2 } });
    expect([unchanged.updateMilestone.version, again.updateMilestone.version]).toEqual([2, 3]);
    expect((await milestoneRow(id)).version).toBe(3);
    expect(await eventsOf(api.dataSource, id)).toHaveLength(3);
  });

  it('never answers ALREADY_EXISTS to concurrent first writes to an action', async () => {
    const { commitmentId } = await createCommitted(api);
    const statuses = ['PLANNED', 'IN_PROGRESS', 'DONE', 'PLANNED', 'IN_PROGRESS', 'DONE', 'PLANNED', 'IN_PROGRESS'];
    const results = await Promise.all(
      statuses.map((status) => api.gql(UPDATE_PROGRESS, { input: { commitmentId, actionCode: '2.3', status } })),
    );
    expect(results.map((r) => errorCode(r) ?? 'ok')).toEqual(statuses.map(() => 'ok'));
    const events = await eventsOf(api.dataSource, `${commitmentId}:2.3`);
    expect(events.map((e) => e.name)).toEqual([
      'ActionProgressCreated',
      ...statuses.slice(1).map(() => 'ActionProgressUpdated'),
    ]);
    const { last, problems } = replay(events);
    expect(problems).toEqual([]);
    const [row] = await api.dataSource.query(
      `SELECT status, version FROM action_progress WHERE commitment_id = $1 AND action_code = '2.3'`,
      [commitmentId],
    );
    expect(row.version).toBe(statuses.length);
    expect(last).toMatchObject({ status: row.status, version: row.version });
  });

  it('answers CONFLICT to concurrent first writes that both read "never touched" (version 0), except one', async () => {
    const { commitmentId } = await createCommitted(api);
    const results = await Promise.all(
      ['PLANNED', 'DONE', 'IN_PROGRESS'].map((status) =>
        api.gql(UPDATE_PROGRESS, { input: { commitmentId, actionCode: '3.1', status, expectedVersion: 0 } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const conflicts = results.filter((r) => errorCode(r) === 'CONFLICT');
    expect(conflicts).toHaveLength(2);
    const winner = results.find((r) => !r.errors)!.data!.updateActionProgress;
    expect(conflicts[0].errors![0].extensions!.current).toMatchObject({
      actionCode: '3.1',
      status: winner.status,
      version: 1,
    });
  });

  it('keeps history and table agreeing under concurrent linkEvidence', async () => {
    const { commitmentId } = await createCommitted(api);
    const added = await api.ok(ADD_EVIDENCE, {
      input: { commitmentId, kind: 'DOCUMENT', date: '2026-04-01', title: 'Rapport', actionCodes: ['1.1'] },
    });
    const evidenceId = added.addEvidence.id as string;
    const codes = ['1.2', '1.3', '1.4', '1.5', '1.6', '2.1'];
    await Promise.all(
      codes.map((code) => api.ok(LINK_EVIDENCE, { input: { evidenceId, commitmentId, actionCodes: [code] } })),
    );
    const events = await eventsOf(api.dataSource, evidenceId);
    expect(events).toHaveLength(1 + codes.length);
    const { last, problems } = replay(events);
    expect(problems).toEqual([]);
    const linked = await api.dataSource.query(`SELECT action_code FROM evidence_action WHERE evidence_id = $1`, [
      evidenceId,
    ]);
    expect([...(last!.actionCodes as string[])].sort()).toEqual(linked.map((r: any) => r.action_code).sort());
    expect(last!.version).toBe(1 + codes.length);

    const stale = await api.gql(LINK_EVIDENCE, {
      input: { evidenceId, commitmentId, actionCodes: ['3.1'], expectedVersion: 1 },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.current).toMatchObject({ id: evidenceId, version: 1 + codes.length });
  });
});
