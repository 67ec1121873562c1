import { verifyChain } from '../../src/modules/history/chain';
import { HistoryRepository } from '../../src/modules/history/history.repository';
import { createCommitted, createUser, grantRole } from '../support/factories';
import { eventsOf, replay } from '../support/history-replay';
import { CallOptions, createTestApi, errorCode, GqlResult, TestApi } from '../support/test-app';
import { ReliabilityReport } from './support/report';

/**
 * Concurrency: bursts of concurrent writes to the same records, through the HTTP API, by three actors (the operator
 * and two IT managers of the collectivity), some naming the version they read and some not. Afterwards the history,
 * replayed from its typed events, must agree with the tables; every write answered OK must be in the history (and
 * the last one in the table), every other one must have been answered CONFLICT; and the hash chain must verify.
 */
const BURST = 16;
const ROUNDS = 3;

/** 'ok', or the error code the write was answered with ('CONFLICT', …). */
type Outcome = string;

interface Target {
  label: string;
  entityId: string;
  /** One write; `i` makes each write's content distinct. */
  write(i: number, expectedVersion: number | undefined, as: CallOptions): Promise<GqlResult>;
  /** The record's version as the API returns it after a write. */
  versionOf(result: GqlResult): number;
  /** The row as the table holds it, in the history snapshot's terms. */
  row(): Promise<Record<string, unknown>>;
}

describe('reliability: concurrency', () => {
  const report = new ReliabilityReport('concurrency');
  let api: TestApi;
  let actors: CallOptions[];
  let commitmentId: string;

  beforeAll(async () => {
    api = await createTestApi();
    const committed = await createCommitted(api);
    commitmentId = committed.commitmentId;
    const [a, b] = [await createUser(api, 'Dsi Alpha'), await createUser(api, 'Dsi Beta')];
    await grantRole(api, a.id, 'IT_MANAGER', { collectivityId: committed.collectivityId });
    await grantRole(api, b.id, 'IT_MANAGER', { collectivityId: committed.collectivityId });
    actors = [{}, { cookie: a.cookie }, { cookie: b.cookie }];
  }, 120_000);
  afterAll(async () => {
    report.write();
    await api.close();
  });

  async function current(target: Target): Promise<number> {
    return (await target.row()).version as number;
  }

  /** Bursts against one record; checks the history against the table after each. */
  async function burst(target: Target) {
    const outcomes: Record<string, number> = {};
    let lost = 0;
    let disagreements: string[] = [];
    const started = Date.now();
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await current(target);
      const eventsBefore = (await eventsOf(api.dataSource, target.entityId)).length;
      const results = await Promise.all(
        Array.from({ length: BURST }, (_, i) =>
          target.write(round * BURST + i, i % 2 === 0 ? before : undefined, actors[i % actors.length]),
        ),
      );
      const kinds: Outcome[] = results.map((r) => (r.errors ? (errorCode(r) ?? 'no code') : 'ok'));
      for (const kind of kinds) outcomes[kind] = (outcomes[kind] ?? 0) + 1;
      const acknowledged = results.filter((r) => !r.errors).map((r) => target.versionOf(r));

      const events = await eventsOf(api.dataSource, target.entityId);
      const { last, problems } = replay(events);
      const row = await target.row();
      const recordedVersions = new Set(events.map((e) => (e.payload.after as { version?: number }).version));
      lost += acknowledged.filter((v) => !recordedVersions.has(v)).length;
      disagreements = disagreements.concat(problems);
      if (events.length - eventsBefore !== acknowledged.length) {
        disagreements.push(`${events.length - eventsBefore} entries for ${acknowledged.length} acknowledged writes`);
      }
      if (row.version !== before + acknowledged.length) {
        disagreements.push(`version ${String(row.version)} after ${acknowledged.length} writes from ${before}`);
      }
      for (const [key, value] of Object.entries(row)) {
        if (JSON.stringify((last as Record<string, unknown>)[key]) !== JSON.stringify(value)) {
          disagreements.push(`${key}: history says ${JSON.stringify(last?.[key])}, table ${JSON.stringify(value)}`);
        }
      }
    }
    const unexpected = Object.keys(outcomes).filter((k) => k !== 'ok' && k !== 'CONFLICT');
    report.add({
      tried: `${ROUNDS} bursts of ${BURST} concurrent ${target.label} by 3 actors, half naming the version read`,
      held:
        unexpected.length === 0 && lost === 0 && disagreements.length === 0
          ? 'every write answered OK or CONFLICT; every OK is in the history; history replays to the table'
          : `NOT HELD: unexpected ${unexpected.join(', ') || 'none'}, lost ${lost}, ${disagreements.slice(0, 3).join('; ')}`,
      figures: { ...outcomes, ms: Date.now() - started },
    });
    expect(unexpected).toEqual([]);
    expect(lost).toBe(0);
    expect(disagreements).toEqual([]);
    // Half the writes name the version read at the start of the burst: at most one of them can win.
    expect(outcomes.CONFLICT ?? 0).toBeGreaterThanOrEqual(ROUNDS * (BURST / 2 - 1));
  }

  it('milestone edits', async () => {
    const { addMilestone } = await api.ok(
      `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`,
      { input: { commitmentId, actionCode: '1.1', title: 'Pilote', date: '2026-09-01' } },
    );
    await burst({
      label: 'milestone edits',
      entityId: addMilestone.id,
      write: (i, expectedVersion, as) =>
        api.gql(
          `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { version } }`,
          { input: { milestoneId: addMilestone.id, title: `Étape ${i}`, reached: i % 3 === 0, expectedVersion } },
          as,
        ),
      versionOf: (r) => r.data!.updateMilestone.version,
      row: async () =>
        (
          await api.dataSource.query(`SELECT title, reached, version FROM milestone WHERE id = $1`, [addMilestone.id])
        )[0],
    });
  });

  it('progress updates', async () => {
    await api.ok(`mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { version } }`, {
      input: { commitmentId, actionCode: '1.2', status: 'PLANNED' },
    });
    const statuses = ['PLANNED', 'IN_PROGRESS', 'DONE'];
    await burst({
      label: 'progress updates of one action',
      entityId: `${commitmentId}:1.2`,
      write: (i, expectedVersion, as) =>
        api.gql(
          `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { version } }`,
          {
            input: { commitmentId, actionCode: '1.2', status: statuses[i % 3], owner: `Équipe ${i}`, expectedVersion },
          },
          as,
        ),
      versionOf: (r) => r.data!.updateActionProgress.version,
      row: async () =>
        (
          await api.dataSource.query(
            `SELECT status, owner, version FROM action_progress WHERE commitment_id = $1 AND action_code = '1.2'`,
            [commitmentId],
          )
        )[0],
    });
  });

  it('evidence links', async () => {
    const { addEvidence } = await api.ok(`mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`, {
      input: { commitmentId, kind: 'DOCUMENT', date: '2026-04-01', title: 'Rapport', actionCodes: ['1.1'] },
    });
    const codes = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '2.2', '2.3'];
    await burst({
      label: 'linkEvidence calls',
      entityId: addEvidence.id,
      write: (i, expectedVersion, as) =>
        api.gql(
          `mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { version } }`,
          {
            input: {
              evidenceId: addEvidence.id,
              commitmentId,
              actionCodes: [codes[i % codes.length]],
              expectedVersion,
            },
          },
          as,
        ),
      versionOf: (r) => r.data!.linkEvidence.version,
      row: async () => {
        const [{ version }] = await api.dataSource.query(`SELECT version FROM evidence WHERE id = $1`, [
          addEvidence.id,
        ]);
        const links = await api.dataSource.query(`SELECT action_code FROM evidence_action WHERE evidence_id = $1`, [
          addEvidence.id,
        ]);
        const actionCodes = links.map((l: { action_code: string }) => l.action_code);
        return { actionCodes: actionCodes.sort(byCode), version };
      },
    });
  });

  it('inventory edits', async () => {
    const { addInventoryItem } = await api.ok(
      `mutation($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`,
      {
        input: {
          collectivityId: (
            await api.dataSource.query(`SELECT collectivity_id FROM commitment WHERE id = $1`, [commitmentId])
          )[0].collectivity_id,
          category: 'OFFICE_SUITE',
          productName: 'Suite bureautique',
          productIsFree: false,
          seats: 10,
        },
      },
    );
    await burst({
      label: 'inventory item edits',
      entityId: addInventoryItem.id,
      write: (i, expectedVersion, as) =>
        api.gql(
          `mutation($input: UpdateInventoryItemInput!) { updateInventoryItem(input: $input) { version } }`,
          { input: { itemId: addInventoryItem.id, seats: 10 + i, notes: `Note ${i}`, expectedVersion } },
          as,
        ),
      versionOf: (r) => r.data!.updateInventoryItem.version,
      row: async () =>
        (
          await api.dataSource.query(`SELECT seats, notes, version FROM software_inventory_item WHERE id = $1`, [
            addInventoryItem.id,
          ])
        )[0],
    });
  });

  it('first writes to actions that have no row yet', async () => {
    const started = Date.now();
    const actions = ['3.1', '3.2', '3.3', '3.4', '3.5', '3.6'];
    const perAction = 4;
    const results = await Promise.all(
      actions.flatMap((actionCode) =>
        Array.from({ length: perAction }, (_, i) =>
          api.gql(
            `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { version } }`,
            { input: { commitmentId, actionCode, status: i % 2 ? 'PLANNED' : 'IN_PROGRESS' } },
            actors[i % actors.length],
          ),
        ),
      ),
    );
    const kinds = results.map((r) => (r.errors ? (errorCode(r) ?? 'no code') : 'ok'));
    const problems: string[] = [];
    for (const actionCode of actions) {
      const events = await eventsOf(api.dataSource, `${commitmentId}:${actionCode}`);
      problems.push(...replay(events).problems);
      if (events.length !== perAction || events[0].name !== 'ActionProgressCreated') {
        problems.push(`${actionCode}: ${events.map((e) => e.name).join(', ')}`);
      }
    }
    const failed = kinds.filter((k) => k !== 'ok');
    report.add({
      tried: `${actions.length} actions × ${perAction} concurrent first writes (no row yet), 3 actors`,
      held:
        failed.length === 0 && problems.length === 0
          ? 'no ALREADY_EXISTS: one CREATE then UPDATEs per action, each starting from the one before'
          : `NOT HELD: ${failed.join(', ')} ${problems.slice(0, 3).join('; ')}`,
      figures: { writes: results.length, failed: failed.length, ms: Date.now() - started },
    });
    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('leaves a history chain that verifies', async () => {
    const lines: string[] = [];
    for await (const entry of new HistoryRepository(api.dataSource).streamChain()) lines.push(JSON.stringify(entry));
    const result = await verifyChain(lines);
    report.add({
      tried: 'verify the whole hash chain after the bursts',
      held: result.ok ? 'the chain verifies' : `NOT HELD: ${JSON.stringify(result)}`,
      figures: { entries: lines.length },
    });
    expect(result).toMatchObject({ ok: true });
  });
});

function byCode(a: string, b: string): number {
  const [as, an] = a.split('.').map(Number);
  const [bs, bn] = b.split('.').map(Number);
  return as - bs || an - bn;
}
