import { historySentence } from '@pacte/pact';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { csvRows, get } from './support/exports';
import { createCommitted, createUser, grantRole } from './support/factories';
import { sampleExe, samplePdf } from './support/sample-files';
import { createTestApi, errorCode, OPERATOR_TOKEN, TestApi } from './support/test-app';

const MAX_BYTES = 64 * 1024;

const PAGE = `query($id: ID!) {
  collectivity(id: $id) {
    code
    commitment {
      evidence { id title kind description url actionCodes version file { url } }
      milestones { id title reached version }
    }
    history(first: 50) { event entityType entityId action before after }
  }
}`;
const UPDATE = `mutation($input: UpdateEvidenceInput!) { updateEvidence(input: $input) { id title kind description url actionCodes version } }`;
const UNLINK = `mutation($input: UnlinkEvidenceInput!) { unlinkEvidence(input: $input) { id actionCodes version } }`;
const WITHDRAW = `mutation($input: WithdrawEvidenceInput!) { withdrawEvidence(input: $input) }`;
const WITHDRAW_MILESTONE = `mutation($input: WithdrawMilestoneInput!) { withdrawMilestone(input: $input) }`;

describe('evidence and milestones: a refused upload records nothing; edit, unlink and withdraw with a reason', () => {
  let api: TestApi;
  let baseUrl: string;
  const storageDir = mkdtempSync(path.join(tmpdir(), 'pacte-evidence-withdrawal-'));

  beforeAll(async () => {
    api = await createTestApi({ EVIDENCE_MAX_BYTES: String(MAX_BYTES), EVIDENCE_STORAGE_DIR: storageDir });
    baseUrl = `http://127.0.0.1:${api.app.getHttpServer().address().port}`;
  });
  afterAll(() => api.close());

  const page = async (collectivityId: string) =>
    (await api.ok(PAGE, { id: collectivityId }, { token: null })).collectivity;

  /** A committed collectivity, its IT manager (signed in), and one piece of evidence for actions 1.1 and 1.2. */
  async function withEvidence() {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const manager = await createUser(api, 'Dsi');
    await grantRole(api, manager.id, 'IT_MANAGER', { collectivityId });
    const data = await api.ok(
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id version } }`,
      {
        input: {
          commitmentId,
          kind: 'DOCUMENT',
          date: '2026-09-01',
          title: 'Délibération n° 42',
          actionCodes: ['1.1', '1.2'],
        },
      },
      { cookie: manager.cookie },
    );
    return { collectivityId, commitmentId, manager, evidenceId: data.addEvidence.id as string };
  }

  /** POST /evidence: new evidence with its file, as the operator. */
  async function createWithFile(commitmentId: string, content: Buffer, title: string) {
    const form = new FormData();
    form.append(
      'input',
      JSON.stringify({ commitmentId, kind: 'DOCUMENT', date: '2026-09-01', title, actionCodes: ['1.1'] }),
    );
    form.append('file', new Blob([content], { type: 'application/pdf' }), 'piece.pdf');
    const response = await fetch(`${baseUrl}/evidence`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    });
    return { status: response.status, body: (await response.json()) as { id: string; code?: string } };
  }

  const evidenceRows = async (commitmentId: string) =>
    api.dataSource.query<unknown[]>(`SELECT id FROM evidence WHERE commitment_id = $1`, [commitmentId]);
  const historyCount = async (collectivityId: string) =>
    Number(
      (
        await api.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE collectivity_id = $1`, [collectivityId])
      )[0].n,
    );

  it('a file refused for its type or its size leaves no evidence, no object, no entry; trying again makes one', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const entries = await historyCount(collectivityId);
    const exe = await createWithFile(commitmentId, sampleExe(), 'Rapport');
    expect(exe.status).toBe(400);
    expect(exe.body.code).toBe('EVIDENCE_FILE_TYPE');
    const big = await createWithFile(commitmentId, Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES)]), 'Rapport');
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('EVIDENCE_FILE_TOO_LARGE');
    expect(await evidenceRows(commitmentId)).toEqual([]);
    expect(await historyCount(collectivityId)).toBe(entries);
    expect((await page(collectivityId)).commitment.evidence).toEqual([]);

    const retried = await createWithFile(commitmentId, samplePdf(), 'Rapport');
    expect(retried.status).toBe(201);
    expect(await evidenceRows(commitmentId)).toHaveLength(1);
    expect(readdirSync(path.join(storageDir, retried.body.id))).toHaveLength(1);
    expect((await page(collectivityId)).commitment.evidence.map((e: { title: string }) => e.title)).toEqual([
      'Rapport',
    ]);
  });

  it('lets the IT manager edit evidence and its actions, one version more, as a sentence in the history', async () => {
    const { collectivityId, manager, evidenceId } = await withEvidence();
    const data = await api.ok(
      UPDATE,
      {
        input: {
          evidenceId,
          title: 'Délibération n° 43',
          kind: 'COUNCIL_DELIBERATION',
          description: 'Adoptée à l’unanimité',
          actionCodes: ['1.2', '1.3'],
          expectedVersion: 1,
        },
      },
      { cookie: manager.cookie },
    );
    expect(data.updateEvidence).toMatchObject({
      title: 'Délibération n° 43',
      kind: 'COUNCIL_DELIBERATION',
      description: 'Adoptée à l’unanimité',
      actionCodes: ['1.2', '1.3'],
      version: 2,
    });
    const after = await page(collectivityId);
    expect(after.commitment.evidence[0]).toMatchObject({ title: 'Délibération n° 43', actionCodes: ['1.2', '1.3'] });
    const entry = after.history.find((e: { event: string }) => e.event === 'EvidenceUpdated');
    expect(historySentence(entry).en).toBe('Evidence changed: “Délibération n° 43”.');
    const relinked = await api.ok(UPDATE, { input: { evidenceId, actionCodes: ['1.1'], expectedVersion: 2 } }, manager);
    expect(relinked.updateEvidence).toMatchObject({ actionCodes: ['1.1'], version: 3 });
    const relinkEntry = (await page(collectivityId)).history.find(
      (e: { event: string }) => e.event === 'EvidenceUpdated',
    );
    expect(historySentence(relinkEntry).en).toBe('Evidence “Délibération n° 43” now linked to action 1.1.');

    // The version read is no longer current: refused, nothing written.
    const stale = await api.gql(UPDATE, { input: { evidenceId, title: 'Autre', expectedVersion: 2 } }, manager);
    expect(errorCode(stale)).toBe('CONFLICT');
    // A running service needs an address: the merged record is checked by the rulebook.
    const noUrl = await api.gql(UPDATE, { input: { evidenceId, kind: 'RUNNING_SERVICE' } }, manager);
    expect(errorCode(noUrl)).toBe('EVIDENCE_URL_REQUIRED');
    // An action of no catalogue.
    expect(errorCode(await api.gql(UPDATE, { input: { evidenceId, actionCodes: ['9.9'] } }, manager))).toBe(
      'UNKNOWN_ACTION',
    );
    expect((await page(collectivityId)).commitment.evidence[0]).toMatchObject({
      title: 'Délibération n° 43',
      version: 3,
    });
  });

  it('unlinks an action, but never the last one of evidence that names no criterion', async () => {
    const { collectivityId, manager, evidenceId } = await withEvidence();
    const data = await api.ok(UNLINK, { input: { evidenceId, actionCodes: ['1.1'], expectedVersion: 1 } }, manager);
    expect(data.unlinkEvidence).toMatchObject({ actionCodes: ['1.2'], version: 2 });
    const last = await api.gql(UNLINK, { input: { evidenceId, actionCodes: ['1.2'] } }, manager);
    expect(errorCode(last)).toBe('VALIDATION_FAILED');
    expect(last.errors![0].extensions!.issues).toEqual([{ path: 'actionCodes', code: 'ACTIONS_OR_CRITERIA_REQUIRED' }]);
    const notLinked = await api.gql(UNLINK, { input: { evidenceId, actionCodes: ['1.1'] } }, manager);
    expect(errorCode(notLinked)).toBe('EVIDENCE_NOT_LINKED');
    const after = await page(collectivityId);
    expect(after.commitment.evidence[0].actionCodes).toEqual(['1.2']);
    const entry = after.history.find((e: { event: string }) => e.event === 'EvidenceUpdated');
    expect(historySentence(entry).fr.replace(/\u00a0/g, ' ')).toBe(
      'Preuve « Délibération n° 42 » n’est plus liée à l’action 1.1.',
    );
  });

  it('withdraws evidence with a reason: off the page, the exports and the file store; kept in the history', async () => {
    const { collectivityId, commitmentId, manager } = await withEvidence();
    const withFile = await createWithFile(commitmentId, samplePdf(), 'Pièce jointe');
    const evidenceId = withFile.body.id;
    expect((await fetch(`${baseUrl}/evidence/${evidenceId}/file`)).status).toBe(200);
    const entries = await historyCount(collectivityId);

    // The reason is required: refused by the rulebook, nothing written.
    const noReason = await api.gql(WITHDRAW, { input: { evidenceId, reason: '  ' } }, manager);
    expect(errorCode(noReason)).toBe('VALIDATION_FAILED');
    expect(noReason.errors![0].extensions!.issues).toContainEqual({ path: 'reason', code: 'REQUIRED' });
    expect(
      errorCode(await api.gql(WITHDRAW, { input: { evidenceId, reason: 'Doublon', expectedVersion: 7 } }, manager)),
    ).toBe('CONFLICT');
    expect(await historyCount(collectivityId)).toBe(entries);

    const data = await api.ok(
      WITHDRAW,
      { input: { evidenceId, reason: 'Mauvais document', expectedVersion: 1 } },
      manager,
    );
    expect(data.withdrawEvidence).toBe(true);

    const after = await page(collectivityId);
    expect(after.commitment.evidence.map((e: { id: string }) => e.id)).not.toContain(evidenceId);
    expect(after.commitment.evidence).toHaveLength(1);
    expect((await fetch(`${baseUrl}/evidence/${evidenceId}/file`)).status).toBe(404);
    expect(readdirSync(path.join(storageDir, evidenceId))).toEqual([]);
    const exported = csvRows(await (await get(api, `/exports/evidence.csv?code=${after.code}&kind=SYNDICAT`)).text());
    expect(exported.map((r) => r.evidence_id)).not.toContain(evidenceId);
    expect(exported).toHaveLength(1);

    const ofIt = after.history.filter((e: { entityId: string }) => e.entityId === evidenceId);
    expect(ofIt.map((e: { event: string }) => e.event)).toEqual(['EvidenceWithdrawn', 'EvidenceCreated']);
    expect(ofIt[0]).toMatchObject({ action: 'WITHDRAW', after: { reason: 'Mauvais document' } });
    expect(historySentence(ofIt[0]).fr.replace(/\u00a0/g, ' ')).toBe(
      'Preuve retirée : « Pièce jointe » (motif : Mauvais document).',
    );
    // Gone: a second withdrawal finds nothing.
    expect(errorCode(await api.gql(WITHDRAW, { input: { evidenceId, reason: 'Encore' } }, manager))).toBe('NOT_FOUND');
  });

  it('refuses edits and withdrawals to another collectivity’s IT manager and to anonymous callers', async () => {
    const { collectivityId, evidenceId } = await withEvidence();
    const other = await createCommitted(api);
    const stranger = await createUser(api, 'Autre');
    await grantRole(api, stranger.id, 'IT_MANAGER', { collectivityId: other.collectivityId });
    expect(errorCode(await api.gql(UPDATE, { input: { evidenceId, title: 'Piraté' } }, stranger))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(WITHDRAW, { input: { evidenceId, reason: 'Piraté' } }, stranger))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(UNLINK, { input: { evidenceId, actionCodes: ['1.1'] } }, stranger))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await api.gql(WITHDRAW, { input: { evidenceId, reason: 'Piraté' } }, { token: null }))).toBe(
      'UNAUTHENTICATED',
    );
    expect((await page(collectivityId)).commitment.evidence[0]).toMatchObject({
      title: 'Délibération n° 42',
      version: 1,
    });
  });

  it('withdraws a milestone with a reason, for those who may manage milestones only', async () => {
    const { collectivityId, commitmentId, manager } = await withEvidence();
    const added = await api.ok(
      `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }`,
      { input: { commitmentId, actionCode: '1.1', title: 'Vote du budget', date: '2026-12-01' } },
      manager,
    );
    const milestoneId = added.addMilestone.id as string;
    const stranger = await createUser(api, 'Passant');
    expect(errorCode(await api.gql(WITHDRAW_MILESTONE, { input: { milestoneId, reason: 'Piraté' } }, stranger))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(WITHDRAW_MILESTONE, { input: { milestoneId, reason: '' } }, manager))).toBe(
      'VALIDATION_FAILED',
    );
    expect((await page(collectivityId)).commitment.milestones).toHaveLength(1);

    await api.ok(
      WITHDRAW_MILESTONE,
      { input: { milestoneId, reason: 'Date abandonnée', expectedVersion: 1 } },
      manager,
    );
    const after = await page(collectivityId);
    expect(after.commitment.milestones).toEqual([]);
    const exported = csvRows(await (await get(api, `/exports/milestones.csv?code=${after.code}&kind=SYNDICAT`)).text());
    expect(exported).toEqual([]);
    const ofIt = after.history.filter((e: { entityId: string }) => e.entityId === milestoneId);
    expect(ofIt.map((e: { event: string }) => e.event)).toEqual(['MilestoneWithdrawn', 'MilestoneCreated']);
    expect(historySentence(ofIt[0]).en).toMatch(
      /^Milestone withdrawn from action 1\.1: “Vote du budget” \(reason: Date abandonnée\)\.$/,
    );
  });
});
