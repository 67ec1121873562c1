import { committedCommune } from './support/committed-commune';
import { createCommitted, createUser, grantRole } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const RECORD = `mutation($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) { id actionCode verdict justification date association assessedBy evidenceIds current supersedesId }
}`;
const REPLY = `mutation($input: ReplyToAssessmentInput!) { replyToAssessment(input: $input) { id text authorRole } }`;
const UPDATE = `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`;
const ADD_EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`;
const ACTIONS = `query($id: ID!, $all: Boolean) { collectivity(id: $id) { commitment {
  actions { actionCode status progress
    assessments(includeSuperseded: $all) {
      id verdict justification date association assessedBy current supersedesId evidence { id title }
      replies { text authorRole }
    } }
} } }`;

type User = Awaited<ReturnType<typeof createUser>>;

describe('assessments: auditors’ verdicts beside the self-declared status, and the collectivity’s replies', () => {
  let api: TestApi;
  let isere: User;
  beforeAll(async () => {
    api = await createTestApi();
    isere = await createUser(api, 'Auditrice Isère');
    await grantRole(api, isere.id, 'AUDITOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '38' });
  });
  afterAll(() => api.close());

  const record = (user: User | null, input: Record<string, unknown>) =>
    api.gql(RECORD, { input: { justification: 'Vérifié sur pièces', ...input } }, user ? { cookie: user.cookie } : {});

  async function actionsOf(collectivityId: string, all = false) {
    const data = await api.ok(ACTIONS, { id: collectivityId, all }, { token: null });
    return new Map<string, any>(data.collectivity.commitment.actions.map((a: any) => [a.actionCode, a]));
  }

  it('lets an auditor of Isère assess Échirolles and Grenoble, but not a collectivity of another département', async () => {
    const echirolles = await committedCommune(api, '38151');
    const grenoble = await committedCommune(api, '38185');
    const rennes = await committedCommune(api, '35238');

    const onEchirolles = await record(isere, {
      commitmentId: echirolles.commitmentId,
      actionCode: '1.1',
      verdict: 'KEPT',
      association: 'April',
    });
    expect(onEchirolles.errors).toBeUndefined();
    expect(onEchirolles.data!.recordAssessment).toMatchObject({ verdict: 'KEPT', association: 'April', current: true });
    const onGrenoble = await record(isere, {
      commitmentId: grenoble.commitmentId,
      actionCode: '1.2',
      verdict: 'PARTIAL',
    });
    expect(onGrenoble.data!.recordAssessment).toMatchObject({ verdict: 'PARTIAL', current: true });

    const onRennes = await record(isere, { commitmentId: rennes.commitmentId, actionCode: '1.1', verdict: 'KEPT' });
    expect(errorCode(onRennes)).toBe('NOT_FOUND');
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM assessment WHERE commitment_id = $1 AND auditor_id = $2`,
      [rennes.commitmentId, isere.id],
    );
    expect(count).toBe(0);

    // Scopes: a région covers its départements' collectivities; NATIONAL covers every one.
    const auvergneRhoneAlpes = await createUser(api, 'Auditeur AURA');
    await grantRole(api, auvergneRhoneAlpes.id, 'AUDITOR', { auditScope: 'REGION', auditScopeCode: '84' });
    expect(
      errorCode(
        await record(auvergneRhoneAlpes, { commitmentId: grenoble.commitmentId, actionCode: '1.3', verdict: 'KEPT' }),
      ),
    ).toBeUndefined();
    expect(
      errorCode(
        await record(auvergneRhoneAlpes, { commitmentId: rennes.commitmentId, actionCode: '1.3', verdict: 'KEPT' }),
      ),
    ).toBe('NOT_FOUND');
    const national = await createUser(api, 'Auditeur national');
    await grantRole(api, national.id, 'AUDITOR', { auditScope: 'NATIONAL' });
    expect(
      errorCode(await record(national, { commitmentId: rennes.commitmentId, actionCode: '1.3', verdict: 'PARTIAL' })),
    ).toBeUndefined();
  });

  it('refuses anyone who is not an auditor: anonymous, a signed-in user without the role, the operator', async () => {
    const { commitmentId } = await createCommitted(api);
    const input = { commitmentId, actionCode: '1.1', verdict: 'KEPT', justification: 'x' };
    expect(errorCode(await api.gql(RECORD, { input }, { token: null }))).toBe('UNAUTHENTICATED');
    const member = await createUser(api);
    expect(errorCode(await api.gql(RECORD, { input }, { cookie: member.cookie }))).toBe('FORBIDDEN');
    const official = await createUser(api, 'Élu');
    const place = await createCommitted(api);
    await grantRole(api, official.id, 'ELECTED_OFFICIAL', { collectivityId: place.collectivityId });
    const own = { ...input, commitmentId: place.commitmentId };
    expect(errorCode(await api.gql(RECORD, { input: own }, { cookie: official.cookie }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(RECORD, { input }))).toBe('AUDITOR_REQUIRED');
  });

  it('needs a justification, a real action, evidence of the same commitment, and a date not in the future', async () => {
    const { commitmentId } = await createCommitted(api);
    const other = await createCommitted(api);
    const evidenceInput = (id: string) => ({
      input: { commitmentId: id, kind: 'DOCUMENT', date: '2026-06-01', title: 'Rapport', actionCodes: ['1.1'] },
    });
    const own = (await api.ok(ADD_EVIDENCE, evidenceInput(commitmentId))).addEvidence.id;
    const foreign = (await api.ok(ADD_EVIDENCE, evidenceInput(other.commitmentId))).addEvidence.id;
    const base = { commitmentId, actionCode: '1.1', verdict: 'KEPT' };

    expect(errorCode(await record(isere, { ...base, justification: '' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await record(isere, { ...base, justification: '   ' }))).toBe('JUSTIFICATION_REQUIRED');
    expect(errorCode(await record(isere, { ...base, actionCode: '4.1' }))).toBe('UNKNOWN_ACTION');
    expect(errorCode(await record(isere, { ...base, verdict: 'MAYBE' }))).toBe('BAD_USER_INPUT');
    const mismatch = await record(isere, { ...base, evidenceIds: [own, foreign] });
    expect(errorCode(mismatch)).toBe('ASSESSMENT_EVIDENCE_MISMATCH');
    expect(mismatch.errors![0].extensions!.evidenceIds).toEqual([foreign]);
    expect(errorCode(await record(isere, { ...base, date: '2999-01-01' }))).toBe('ASSESSMENT_DATE_IN_FUTURE');

    const ok = await record(isere, { ...base, evidenceIds: [own], date: '2026-06-15' });
    expect(ok.data!.recordAssessment).toMatchObject({ evidenceIds: [own], date: '2026-06-15' });
  });

  it('supersedes an auditor’s previous verdict on the same action, keeps both, and records both in the history', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const first = (await record(isere, { commitmentId, actionCode: '2.3', verdict: 'NOT_ATTESTED' })).data!
      .recordAssessment;
    const second = (
      await record(isere, { commitmentId, actionCode: '2.3', verdict: 'PARTIAL', justification: 'Formation vue' })
    ).data!.recordAssessment;
    expect(second).toMatchObject({ verdict: 'PARTIAL', current: true, supersedesId: first.id });
    // Another auditor's verdict on the same action stands beside it.
    const colleague = await createUser(api, 'Collègue');
    await grantRole(api, colleague.id, 'AUDITOR', { auditScope: 'NATIONAL' });
    await record(colleague, { commitmentId, actionCode: '2.3', verdict: 'KEPT', association: 'Linux Grenoble' });

    const current = (await actionsOf(collectivityId)).get('2.3').assessments;
    expect(current.map((a: any) => [a.verdict, a.current])).toEqual([
      ['PARTIAL', true],
      ['KEPT', true],
    ]);
    const all = (await actionsOf(collectivityId, true)).get('2.3').assessments;
    expect(all.map((a: any) => [a.verdict, a.current])).toEqual([
      ['NOT_ATTESTED', false],
      ['PARTIAL', true],
      ['KEPT', true],
    ]);
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM assessment WHERE commitment_id = $1`,
      [commitmentId],
    );
    expect(count).toBe(3);

    const history = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { history(first: 10) { entityType entityId action before after } } }`,
      { id: collectivityId },
    );
    const entries = history.collectivity.history.filter((h: any) => h.entityType === 'Assessment').reverse();
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ entityId: first.id, action: 'CREATE', before: null });
    expect(entries[1]).toMatchObject({
      entityId: second.id,
      action: 'CREATE',
      before: { verdict: 'NOT_ATTESTED' },
      after: { verdict: 'PARTIAL', supersedesId: first.id, justification: 'Formation vue' },
    });
    expect(JSON.stringify(history)).not.toContain(isere.email);
  });

  it('shows the audited scores beside the self-declared ones, never merged, and what the public may see', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.1', status: 'DONE' } });
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.2', status: 'IN_PROGRESS' } });
    const proof = (
      await api.ok(ADD_EVIDENCE, {
        input: {
          commitmentId,
          kind: 'COUNCIL_DELIBERATION',
          date: '2026-06-01',
          title: 'Délibération',
          actionCodes: ['1.1'],
        },
      })
    ).addEvidence.id;
    await record(isere, {
      commitmentId,
      actionCode: '1.1',
      verdict: 'KEPT',
      evidenceIds: [proof],
      association: 'April',
    });
    await record(isere, { commitmentId, actionCode: '1.2', verdict: 'NOT_ATTESTED' });
    await record(isere, { commitmentId, actionCode: '2.1', verdict: 'UNVERIFIABLE' });
    await record(isere, { commitmentId, actionCode: '3.1', verdict: 'PARTIAL' });

    const data = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { commitment {
        scores { overall sections { section score } }
        auditedScores { overall actionsTotal actionsAssessed
          sections { section score actionsTotal actionsAssessed verdictsCounted } counts { verdict count } }
      } } }`,
      { id: collectivityId },
      { token: null },
    );
    const { scores, auditedScores } = data.collectivity.commitment;
    // Self-declared: (100 + 50) / 31 actions, untouched by the verdicts.
    expect(scores.overall).toBe(4.8);
    expect(scores.sections.map((s: any) => s.score)).toEqual([13.6, 0, 0]);
    // Audited, on the same 31 actions: KEPT 1 and NOT_ATTESTED 0 in section 1 (1 / 11); only UNVERIFIABLE in
    // section 2 (0, but assessed); PARTIAL in section 3 (0.5 / 10). Unassessed actions count 0.
    expect(auditedScores.sections).toEqual([
      { section: 1, score: 9.1, actionsTotal: 11, actionsAssessed: 2, verdictsCounted: 2 },
      { section: 2, score: 0, actionsTotal: 10, actionsAssessed: 1, verdictsCounted: 0 },
      { section: 3, score: 5, actionsTotal: 10, actionsAssessed: 1, verdictsCounted: 1 },
    ]);
    // (1 + 0.5) / 31, not the 50 % mean of the three counted verdicts.
    expect(auditedScores.overall).toBe(4.8);
    expect([auditedScores.actionsAssessed, auditedScores.actionsTotal]).toEqual([4, 31]);
    expect(auditedScores.counts).toContainEqual({ verdict: 'UNVERIFIABLE', count: 1 });

    const actions = await actionsOf(collectivityId);
    expect(actions.get('1.1')).toMatchObject({
      status: 'DONE',
      progress: 100,
      assessments: [
        {
          verdict: 'KEPT',
          justification: 'Vérifié sur pièces',
          association: 'April',
          assessedBy: 'April',
          evidence: [{ id: proof, title: 'Délibération' }],
        },
      ],
    });
    // Without an association the auditor signs with their display name; never with their e-mail.
    expect(actions.get('1.2').assessments[0]).toMatchObject({
      association: null,
      assessedBy: expect.stringMatching(/^Auditrice Isère/),
    });
    expect(JSON.stringify([...actions.values()])).not.toContain(isere.email);
  });

  it('counts one verdict per action (the most recent across auditors), over the declared base', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    await api.ok(UPDATE, {
      input: { commitmentId, actionCode: '3.10', status: 'NOT_APPLICABLE', justification: 'Pas de site web' },
    });
    const other = await createUser(api, 'Auditeur national bis');
    await grantRole(api, other.id, 'AUDITOR', { auditScope: 'NATIONAL' });
    // Two auditors on 1.1: the later verdict (PARTIAL, in June) stands, whatever order they were recorded in.
    await record(other, { commitmentId, actionCode: '1.1', verdict: 'PARTIAL', date: '2026-06-10' });
    await record(isere, { commitmentId, actionCode: '1.1', verdict: 'KEPT', date: '2026-05-02' });
    // An unverifiable verdict does not erase a colleague's: 1.2 stays KEPT.
    await record(isere, { commitmentId, actionCode: '1.2', verdict: 'KEPT', date: '2026-05-02' });
    await record(other, { commitmentId, actionCode: '1.2', verdict: 'UNVERIFIABLE', date: '2026-06-10' });

    const data = await api.ok(
      `query($id: ID!) { collectivity(id: $id) { commitment {
        auditedScores { overall actionsTotal actionsAssessed sections { section score actionsTotal actionsAssessed }
          counts { verdict count } }
      } } }`,
      { id: collectivityId },
      { token: null },
    );
    const audited = data.collectivity.commitment.auditedScores;
    // 3.10 declared not applicable leaves the base, as in the self-declared score: 30 actions.
    expect([audited.actionsAssessed, audited.actionsTotal]).toEqual([2, 30]);
    expect(audited.sections[0]).toEqual({ section: 1, score: 13.6, actionsTotal: 11, actionsAssessed: 2 });
    expect(audited.sections[2]).toEqual({ section: 3, score: null, actionsTotal: 9, actionsAssessed: 0 });
    // (0.5 + 1) / 30; one verdict per action: one PARTIAL and one KEPT, no UNVERIFIABLE.
    expect(audited.overall).toBe(5);
    expect(audited.counts).toEqual(
      expect.arrayContaining([
        { verdict: 'KEPT', count: 1 },
        { verdict: 'PARTIAL', count: 1 },
        { verdict: 'UNVERIFIABLE', count: 0 },
      ]),
    );
  });

  it('lets an elected official of Échirolles reply to an assessment, and nobody from elsewhere', async () => {
    const echirolles = await committedCommune(api, '38151');
    const grenoble = await committedCommune(api, '38185');
    const assessment = (
      await record(isere, { commitmentId: echirolles.commitmentId, actionCode: '2.2', verdict: 'NOT_ATTESTED' })
    ).data!.recordAssessment;

    const official = await createUser(api, 'Élue Échirolles');
    await grantRole(api, official.id, 'ELECTED_OFFICIAL', { collectivityId: echirolles.id });
    const reply = await api.gql(
      REPLY,
      { input: { assessmentId: assessment.id, text: 'La session de sensibilisation a eu lieu le 3 juin.' } },
      { cookie: official.cookie },
    );
    expect(reply.data?.replyToAssessment).toMatchObject({ authorRole: 'ELECTED_OFFICIAL' });

    const dsi = await createUser(api, 'DSI Échirolles');
    await grantRole(api, dsi.id, 'IT_MANAGER', { collectivityId: echirolles.id });
    const fromDsi = await api.gql(
      REPLY,
      { input: { assessmentId: assessment.id, text: 'Compte rendu en ligne.' } },
      { cookie: dsi.cookie },
    );
    expect(fromDsi.data?.replyToAssessment).toMatchObject({ authorRole: 'IT_MANAGER' });

    const grenobleOfficial = await createUser(api, 'Élu Grenoble');
    await grantRole(api, grenobleOfficial.id, 'ELECTED_OFFICIAL', { collectivityId: grenoble.id });
    const input = { assessmentId: assessment.id, text: 'Pas la nôtre' };
    expect(errorCode(await api.gql(REPLY, { input }, { cookie: grenobleOfficial.cookie }))).toBe('NOT_FOUND');
    const contributor = await createUser(api, 'Agent');
    await grantRole(api, contributor.id, 'CONTRIBUTOR', { collectivityId: echirolles.id });
    expect(errorCode(await api.gql(REPLY, { input }, { cookie: contributor.cookie }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REPLY, { input }, { cookie: isere.cookie }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REPLY, { input }, { token: null }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(REPLY, { input }))).toBe('COLLECTIVITY_MEMBER_REQUIRED');
    expect(errorCode(await api.gql(REPLY, { input: { ...input, text: '  ' } }, { cookie: official.cookie }))).toBe(
      'REPLY_TEXT_REQUIRED',
    );
    expect(
      errorCode(
        await api.gql(
          REPLY,
          { input: { ...input, assessmentId: '00000000-0000-4000-8000-000000000000' } },
          { cookie: official.cookie },
        ),
      ),
    ).toBe('NOT_FOUND');

    const shown = (await actionsOf(echirolles.id)).get('2.2').assessments.find((a: any) => a.id === assessment.id);
    expect(shown.replies).toEqual([
      { text: 'La session de sensibilisation a eu lieu le 3 juin.', authorRole: 'ELECTED_OFFICIAL' },
      { text: 'Compte rendu en ligne.', authorRole: 'IT_MANAGER' },
    ]);
    expect(JSON.stringify(shown)).not.toContain(official.email);
  });

  it('reads the assessments of many actions in a few statements', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    for (const actionCode of ['1.1', '1.2', '2.1']) {
      await record(isere, { commitmentId, actionCode, verdict: 'KEPT' });
    }
    const statements = await api.countQueries(() => actionsOf(collectivityId));
    expect(statements).toBeLessThanOrEqual(10);
  });
});
