import { HistoryRepository } from '../src/modules/history/history.repository';
import { createCommitted } from './support/factories';
import { createTestApi, TestApi } from './support/test-app';

const HISTORY = `query($id: ID!) {
  collectivity(id: $id) { history(first: 20) { entityType action event eventVersion after } }
}`;

/**
 * The history stores each entry's typed event (name and version); entries written before it did (version 1, no
 * event column) still read as their event, for the API and for the feeds.
 */
describe('history entries as typed events', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('names the event and its version of every new entry', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    await api.ok(`mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { version } }`, {
      input: { commitmentId, actionCode: '1.1', status: 'PLANNED' },
    });
    const { collectivity } = await api.ok(HISTORY, { id: collectivityId });
    expect(collectivity.history.map((h: any) => `${h.event}@${h.eventVersion}`)).toEqual([
      'ActionProgressCreated@2',
      'CommitmentCreated@1',
      'CollectivityCreated@1',
    ]);
    expect(collectivity.history[0].after).toMatchObject({ actionCode: '1.1', status: 'PLANNED', version: 1 });
  });

  it('reads an entry written before events were stored (no name, version 1) in the API and in the feed', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    // Appended as the API wrote entries before the migration EventsAndVersions: no event, a version 1 snapshot.
    await api.dataSource.transaction((manager) =>
      new HistoryRepository(api.dataSource).append(manager, {
        actorId: 'operator',
        actorLabel: 'platform operator',
        collectivityId,
        entityType: 'ActionProgress',
        entityId: `${commitmentId}:1.4`,
        action: 'CREATE',
        before: null,
        after: {
          actionCode: '1.4',
          status: 'IN_PROGRESS',
          progress: 50,
          progressOverride: null,
          targetDate: null,
          owner: null,
          justification: null,
        },
      }),
    );
    const [row] = await api.dataSource.query(`SELECT event, event_version FROM audit_event WHERE entity_id = $1`, [
      `${commitmentId}:1.4`,
    ]);
    expect(row).toEqual({ event: null, event_version: null });

    const { collectivity } = await api.ok(HISTORY, { id: collectivityId });
    expect(collectivity.history[0]).toMatchObject({ event: 'ActionProgressCreated', eventVersion: 1 });

    const { port } = api.app.getHttpServer().address();
    const feed = await (await fetch(`http://127.0.0.1:${port}/feeds/collectivity/${collectivityId}.atom`)).text();
    expect(feed).toContain('action 1.4');
    expect(feed).toContain('En cours');
  });
});
