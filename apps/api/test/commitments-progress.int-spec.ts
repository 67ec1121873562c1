import { todayInFrance } from '@pacte/pact';
import { createCommitted, createCommune, createSyndicat } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

const UPDATE = `mutation($input: UpdateActionProgressInput!) {
  updateActionProgress(input: $input) { actionCode status progress progressOverridden targetDate owner justification }
}`;
const COMMITMENT = `query($id: ID!) {
  collectivity(id: $id) {
    commitment {
      id source deliberationNumber
      scores { overall sections { section score actionsTotal actionsCounted actionsDone } counts { status count } }
      actions { actionCode status progress action { titleFr section } milestones { title reached } evidence { title } }
      evidence { title kind url actionCodes }
      milestones { actionCode title date reached }
    }
    history(first: 50) { entityType action actorLabel before after }
  }
}`;

describe('lists, signatures and commitments', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  async function createList(collectivityId: string, name: string) {
    const data = await api.ok(
      `mutation($input: CreateCandidateListInput!) { createCandidateList(input: $input) { id outcome } }`,
      { input: { collectivityId, name, headOfList: 'Alex Tête', parties: ['Parti A', ' '] } },
    );
    return data.createCandidateList.id as string;
  }

  async function sign(candidateListId: string, scope: 'LIST' | 'PERSONAL', extra: object = {}) {
    const data = await api.ok(
      `mutation($input: AddSignatoryInput!) { addSignatory(input: $input) { id scope firstName lastName signedOn } }`,
      {
        input: {
          candidateListId,
          scope,
          commune: 'Commune',
          firstName: 'Sam',
          lastName: 'Signataire',
          signedOn: '2026-02-01',
          phone: '+33 6 12 34 56 78',
          email: 'sam@example.org',
          ...extra,
        },
      },
    );
    return data.addSignatory;
  }

  async function setOutcome(candidateListId: string, outcome: string) {
    return api.gql(`mutation($input: SetListOutcomeInput!) { setListOutcome(input: $input) { id outcome } }`, {
      input: { candidateListId, outcome },
    });
  }

  it('commits a collectivity when a list that signed as a list wins the majority', async () => {
    const place = await createCommune(api);
    const listId = await createList(place.id, 'Liste qui s’engage');
    await sign(listId, 'LIST', { positionOnList: 1 });
    expect(errorCode(await setOutcome(listId, 'MAJORITY'))).toBeUndefined();

    const data = await api.ok(
      `query($id: ID!) { collectivity(id: $id) {
        commitment { source committedOn candidateList { name outcome signedAsList signatories { firstName scope } } }
        candidateLists { name parties outcome election { code } }
      } }`,
      { id: place.id },
    );
    expect(data.collectivity.commitment).toEqual({
      source: 'LIST_MAJORITY',
      committedOn: '2026-03-22',
      candidateList: {
        name: 'Liste qui s’engage',
        outcome: 'MAJORITY',
        signedAsList: true,
        signatories: [{ firstName: 'Sam', scope: 'LIST' }],
      },
    });
    expect(data.collectivity.candidateLists).toEqual([
      { name: 'Liste qui s’engage', parties: ['Parti A'], outcome: 'MAJORITY', election: { code: 'MUNICIPALES_2026' } },
    ]);
  });

  it('refuses progress, milestones and new evidence on a commitment its list’s lost majority withdrew', async () => {
    const place = await createCommune(api);
    const listId = await createList(place.id, 'Liste battue au recours');
    await sign(listId, 'LIST', { positionOnList: 1 });
    await setOutcome(listId, 'MAJORITY');
    const query = `query($id: ID!) { collectivity(id: $id) { commitment { id } } }`;
    const commitmentId = (await api.ok(query, { id: place.id })).collectivity.commitment.id as string;
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.7', status: 'DONE' } });
    expect(errorCode(await setOutcome(listId, 'OPPOSITION'))).toBeUndefined();
    expect((await api.ok(query, { id: place.id })).collectivity.commitment).toBeNull();

    const refused = [
      await api.gql(UPDATE, { input: { commitmentId, actionCode: '1.5', status: 'IN_PROGRESS' } }),
      await api.gql(`mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`, {
        input: { commitmentId, actionCode: '1.5', title: 'Pilote', date: '2026-10-01' },
      }),
      await api.gql(`mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`, {
        input: {
          commitmentId,
          kind: 'RUNNING_SERVICE',
          date: '2026-09-01',
          title: 'Cloud',
          url: 'https://cloud.example.org',
          actionCodes: ['1.5'],
        },
      }),
    ];
    expect(refused.map(errorCode)).toEqual(['COMMITMENT_WITHDRAWN', 'COMMITMENT_WITHDRAWN', 'COMMITMENT_WITHDRAWN']);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM action_progress WHERE commitment_id = $1 AND action_code = '1.5'`,
      [commitmentId],
    );
    expect(n).toBe(0);
  });

  it('does not commit a collectivity when only individuals of the winning list signed', async () => {
    const place = await createCommune(api);
    const listId = await createList(place.id, 'Liste sans engagement collectif');
    await sign(listId, 'PERSONAL');
    await setOutcome(listId, 'MAJORITY');
    const data = await api.ok(`query($id: ID!) { collectivity(id: $id) { commitment { id } } }`, { id: place.id });
    expect(data.collectivity.commitment).toBeNull();
    const explicit = await api.gql(
      `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
      { input: { collectivityId: place.id, source: 'LIST_MAJORITY', candidateListId: listId } },
    );
    expect(errorCode(explicit)).toBe('INVALID_COMMITMENT_SOURCE');
  });

  it('allows one majority per collectivity and election', async () => {
    const place = await createCommune(api);
    const a = await createList(place.id, 'Liste A');
    const b = await createList(place.id, 'Liste B');
    expect(errorCode(await setOutcome(a, 'MAJORITY'))).toBeUndefined();
    expect(errorCode(await setOutcome(b, 'MAJORITY'))).toBe('MAJORITY_TAKEN');
    expect(errorCode(await setOutcome(b, 'OPPOSITION'))).toBeUndefined();
  });

  it('records a council deliberation, once per edition, and requires its number and date', async () => {
    const place = await createSyndicat(api);
    const create = (input: object) =>
      api.gql(
        `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id source committedOn } }`,
        {
          input: { collectivityId: place.id, source: 'COUNCIL_DELIBERATION', ...input },
        },
      );
    expect(errorCode(await create({ deliberationNumber: 'D-1' }))).toBe('INVALID_COMMITMENT_SOURCE');
    const ok = await create({ deliberationNumber: 'D-1', deliberationDate: '2026-06-01' });
    expect(ok.data?.createCommitment).toMatchObject({ source: 'COUNCIL_DELIBERATION', committedOn: '2026-06-01' });
    expect(errorCode(await create({ deliberationNumber: 'D-2', deliberationDate: '2026-07-01' }))).toBe(
      'ALREADY_COMMITTED',
    );
  });

  it('refuses to commit a syndicat or an EPCI by a winning list: only its council’s deliberation commits it', async () => {
    const place = await createSyndicat(api);
    const result = await api.gql(
      `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
      { input: { collectivityId: place.id, source: 'LIST_MAJORITY', candidateListId: place.id } },
    );
    expect(errorCode(result)).toBe('INVALID_COMMITMENT_SOURCE');
    expect(result.errors![0].message).toMatch(/council’s deliberation/);
    const rows = await api.dataSource.query(`SELECT id FROM commitment WHERE collectivity_id = $1`, [place.id]);
    expect(rows).toEqual([]);
  });

  it('lets a candidate list stand in a commune only, with a clear error elsewhere', async () => {
    const syndicat = await createSyndicat(api);
    const epci = (await api.ok(`{ collectivity(code: "200040715", kind: METROPOLE) { id } }`)).collectivity;
    for (const collectivityId of [syndicat.id, epci.id]) {
      const result = await api.gql(
        `mutation($input: CreateCandidateListInput!) { createCandidateList(input: $input) { id } }`,
        { input: { collectivityId, name: 'Liste intercommunale' } },
      );
      expect(errorCode(result)).toBe('LIST_ONLY_IN_COMMUNE');
      expect(result.errors![0].message).toMatch(/can only stand in a commune/);
    }
  });

  it('never shows a signatory’s phone or e-mail, in the schema or in the history', async () => {
    const place = await createCommune(api);
    const listId = await createList(place.id, 'Liste privée');
    await sign(listId, 'PERSONAL', { phone: '+33 1 02 03 04 05', email: 'secret@example.org' });
    const introspection = await api.ok(`{ __type(name: "Signatory") { fields { name } } }`);
    const fields = introspection.__type.fields.map((f: any) => f.name);
    expect(fields).toEqual(expect.arrayContaining(['firstName', 'lastName', 'commune', 'signedOn']));
    expect(fields).not.toContain('phone');
    expect(fields).not.toContain('email');
    const history = await api.ok(`query($id: ID!) { collectivity(id: $id) { history { entityType after } } }`, {
      id: place.id,
    });
    const text = JSON.stringify(history);
    expect(text).toContain('Signatory');
    expect(text).not.toContain('secret@example.org');
    expect(text).not.toContain('02 03 04 05');
  });

  it('validates the signing form at the edge', async () => {
    const place = await createCommune(api);
    const listId = await createList(place.id, 'Liste');
    const result = await api.gql(`mutation($input: AddSignatoryInput!) { addSignatory(input: $input) { id } }`, {
      input: {
        candidateListId: listId,
        scope: 'PERSONAL',
        commune: 'X',
        firstName: 'A',
        lastName: 'B',
        signedOn: '2026-13-45',
        email: 'not-an-email',
        postcode: '123',
      },
    });
    // The rulebook's signingFormSchema (libs/pact), which the desk's form checks too: one code per field.
    expect(result.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(result.errors![0].extensions!.issues).toEqual(
      expect.arrayContaining([
        { path: 'postcode', code: 'INVALID_POSTCODE' },
        { path: 'email', code: 'INVALID_EMAIL' },
        { path: 'signedOn', code: 'INVALID_DATE' },
      ]),
    );
    expect(result.errors![0].extensions!.issues).toHaveLength(3);
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM signatory WHERE candidate_list_id = $1`,
      [listId],
    );
    expect(count).toBe(0);
  });
});

describe('progress, milestones, evidence and history', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('keeps the score at the clock start: what was declared by the clock’s first day, not what came after', async () => {
    const CLOCK = `query($id: ID!) { collectivity(id: $id) { commitment { committedOn scoreAtClockStart scores { overall } } } }`;
    // Committed in May: the clock started on the day of the mandate (22 March 2026), long before these writes.
    const earlier = await createCommitted(api);
    await api.ok(UPDATE, { input: { commitmentId: earlier.commitmentId, actionCode: '1.7', status: 'DONE' } });
    const before = await api.ok(CLOCK, { id: earlier.collectivityId }, { token: null });
    expect(before.collectivity.commitment.scores.overall).toBeGreaterThan(0);
    expect(before.collectivity.commitment.scoreAtClockStart).toBe(0);

    // Committed today: its clock starts today, so what it declares today was done before the clock started.
    const today = todayInFrance(new Date());
    const syndicat = await createSyndicat(api);
    const created = await api.ok(
      `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
      {
        input: {
          collectivityId: syndicat.id,
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: 'D-1',
          deliberationDate: today,
        },
      },
    );
    const commitmentId = created.createCommitment.id;
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.7', status: 'DONE' } });
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.5', status: 'DONE' } });
    const now = (await api.ok(CLOCK, { id: syndicat.id }, { token: null })).collectivity.commitment;
    expect(now.committedOn).toBe(today);
    expect(now.scoreAtClockStart).toBe(now.scores.overall);
    expect(now.scoreAtClockStart).toBeGreaterThan(0);
  });

  it('rolls progress up by section and overall, and records every change in the history', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.7', status: 'DONE', owner: 'DSI' } });
    await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.5', status: 'IN_PROGRESS', progress: 80 } });
    const na = await api.ok(UPDATE, {
      input: { commitmentId, actionCode: '2.7', status: 'NOT_APPLICABLE', justification: 'Pas d’écoles' },
    });
    expect(na.updateActionProgress).toMatchObject({ status: 'NOT_APPLICABLE', progress: null });

    const data = await api.ok(COMMITMENT, { id: collectivityId });
    const { scores, actions } = data.collectivity.commitment;
    expect(actions).toHaveLength(31);
    expect(actions.find((a: any) => a.actionCode === '1.5')).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 80,
      action: { section: 1, titleFr: expect.any(String) },
    });
    // Section 1: (100 + 80) / 11 actions; section 2: 2.7 excluded, 9 counted, none started.
    expect(scores.sections[0]).toEqual({
      section: 1,
      score: 16.4,
      actionsTotal: 11,
      actionsCounted: 11,
      actionsDone: 1,
    });
    expect(scores.sections[1]).toEqual({ section: 2, score: 0, actionsTotal: 10, actionsCounted: 9, actionsDone: 0 });
    expect(scores.overall).toBe(6);
    expect(scores.counts.find((c: any) => c.status === 'NOT_STARTED').count).toBe(28);

    // Back to the status default: the override is cleared, and the history keeps both states.
    const cleared = await api.ok(UPDATE, { input: { commitmentId, actionCode: '1.5', status: 'IN_PROGRESS' } });
    expect(cleared.updateActionProgress).toMatchObject({ progress: 50, progressOverridden: false });
    const after = await api.ok(COMMITMENT, { id: collectivityId });
    const progressEvents = after.collectivity.history.filter((h: any) => h.entityType === 'ActionProgress');
    expect(progressEvents).toHaveLength(4);
    expect(progressEvents[0]).toMatchObject({
      action: 'UPDATE',
      actorLabel: 'platform operator',
      before: { actionCode: '1.5', progress: 80, progressOverride: 80 },
      after: { actionCode: '1.5', progress: 50, progressOverride: null },
    });
  });

  it.each([
    ['an unknown action code', { actionCode: '9.9', status: 'DONE' }, 'UNKNOWN_ACTION'],
    [
      'NOT_APPLICABLE without a justification',
      { actionCode: '1.1', status: 'NOT_APPLICABLE' },
      'JUSTIFICATION_REQUIRED',
    ],
    ['progress above 100', { actionCode: '1.1', status: 'IN_PROGRESS', progress: 101 }, 'PROGRESS_OUT_OF_RANGE'],
    ['progress below 0', { actionCode: '1.1', status: 'IN_PROGRESS', progress: -5 }, 'PROGRESS_OUT_OF_RANGE'],
    [
      'a % on a NOT_APPLICABLE action',
      { actionCode: '1.1', status: 'NOT_APPLICABLE', progress: 20, justification: 'x' },
      'PROGRESS_NOT_ALLOWED',
    ],
    [
      'a malformed target date',
      { actionCode: '1.1', status: 'PLANNED', targetDate: '31/12/2027' },
      'VALIDATION_FAILED',
    ],
  ])('refuses %s with a clear code, and changes nothing', async (_label, input, code) => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    expect(errorCode(await api.gql(UPDATE, { input: { commitmentId, ...input } }))).toBe(code);
    const data = await api.ok(COMMITMENT, { id: collectivityId });
    expect(data.collectivity.commitment.scores.counts.find((c: any) => c.status === 'NOT_STARTED').count).toBe(31);
    expect(data.collectivity.history.filter((h: any) => h.entityType === 'ActionProgress')).toHaveLength(0);
  });

  it('refuses a status that does not exist', async () => {
    const { commitmentId } = await createCommitted(api);
    const result = await api.gql(UPDATE, { input: { commitmentId, actionCode: '1.1', status: 'ALMOST_DONE' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('attaches evidence to several actions and milestones to one, with their history', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    const evidence = await api.ok(
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id kind actionCodes } }`,
      {
        input: {
          commitmentId,
          kind: 'RUNNING_SERVICE',
          date: '2026-09-01',
          title: 'Nextcloud de la collectivité',
          url: 'https://cloud.example.org',
          actionCodes: ['1.10', '1.5', '1.5'],
        },
      },
    );
    expect(evidence.addEvidence.actionCodes).toEqual(['1.5', '1.10']);
    await api.ok(`mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`, {
      input: { commitmentId, actionCode: '1.5', title: 'Pilote LibreOffice', date: '2026-10-01' },
    });
    const milestone = await api.ok(
      `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id reached } }`,
      { input: { commitmentId, actionCode: '1.5', title: 'LibreOffice par défaut', date: '2027-06-01' } },
    );
    // Another action's milestone, dated between the two: each action shows its own, in date order.
    await api.ok(`mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`, {
      input: { commitmentId, actionCode: '1.10', title: 'Cloud ouvert aux agents', date: '2027-01-15' },
    });
    const reached = await api.ok(
      `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { reached title } }`,
      { input: { milestoneId: milestone.addMilestone.id, reached: true } },
    );
    expect(reached.updateMilestone).toEqual({ reached: true, title: 'LibreOffice par défaut' });

    const data = await api.ok(COMMITMENT, { id: collectivityId });
    const c = data.collectivity.commitment;
    expect(c.evidence).toEqual([
      {
        title: 'Nextcloud de la collectivité',
        kind: 'RUNNING_SERVICE',
        url: 'https://cloud.example.org',
        actionCodes: ['1.5', '1.10'],
      },
    ]);
    const a15 = c.actions.find((a: any) => a.actionCode === '1.5');
    expect(a15.evidence).toEqual([{ title: 'Nextcloud de la collectivité' }]);
    expect(a15.milestones).toEqual([
      { title: 'Pilote LibreOffice', reached: false },
      { title: 'LibreOffice par défaut', reached: true },
    ]);
    expect(c.actions.find((a: any) => a.actionCode === '1.10').milestones).toEqual([
      { title: 'Cloud ouvert aux agents', reached: false },
    ]);
    expect(c.actions.find((a: any) => a.actionCode === '1.1').milestones).toEqual([]);
    expect(c.actions.find((a: any) => a.actionCode === '1.1').evidence).toEqual([]);
    const kinds = data.collectivity.history.map((h: any) => `${h.entityType}:${h.action}`);
    expect(kinds.slice(0, 5)).toEqual([
      'Milestone:UPDATE',
      'Milestone:CREATE',
      'Milestone:CREATE',
      'Milestone:CREATE',
      'Evidence:CREATE',
    ]);
  });

  it('refuses evidence for unknown actions, without a url when one is needed, or for another commitment', async () => {
    const { commitmentId } = await createCommitted(api);
    const other = await createCommitted(api);
    const add = (input: object) =>
      api.gql(`mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`, {
        input: { commitmentId, kind: 'DOCUMENT', date: '2026-09-01', title: 'Preuve', actionCodes: ['1.1'], ...input },
      });
    expect(errorCode(await add({ actionCodes: ['1.1', '4.2'] }))).toBe('UNKNOWN_ACTION');
    expect(errorCode(await add({ actionCodes: [] }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await add({ kind: 'PUBLISHED_REPOSITORY' }))).toBe('EVIDENCE_URL_REQUIRED');
    expect(errorCode(await add({ url: 'javascript:alert(1)' }))).toBe('VALIDATION_FAILED');
    const ok = await add({});
    const link = await api.gql(`mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { actionCodes } }`, {
      input: { evidenceId: ok.data!.addEvidence.id, commitmentId: other.commitmentId, actionCodes: ['1.2'] },
    });
    expect(errorCode(link)).toBe('EVIDENCE_COMMITMENT_MISMATCH');
    const linked = await api.ok(
      `mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { actionCodes } }`,
      { input: { evidenceId: ok.data!.addEvidence.id, commitmentId, actionCodes: ['1.2'] } },
    );
    expect(linked.linkEvidence.actionCodes).toEqual(['1.1', '1.2']);
  });

  it('keeps the history append-only in the database itself', async () => {
    const { collectivityId } = await createCommitted(api);
    await expect(
      api.dataSource.query(`UPDATE audit_event SET actor_label = 'forged' WHERE collectivity_id = $1`, [
        collectivityId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.dataSource.query(`DELETE FROM audit_event WHERE collectivity_id = $1`, [collectivityId]),
    ).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE collectivity_id = $1`,
      [collectivityId],
    );
    expect(count).toBe(2); // the syndicat and its commitment
  });

  it('pages through the history, newest first', async () => {
    const { collectivityId, commitmentId } = await createCommitted(api);
    for (const status of ['PLANNED', 'IN_PROGRESS', 'DONE']) {
      await api.ok(UPDATE, { input: { commitmentId, actionCode: '3.8', status } });
    }
    const page = `query($id: ID!, $before: ID) { collectivity(id: $id) { history(first: 2, before: $before) { id after } } }`;
    const first = await api.ok(page, { id: collectivityId });
    expect(first.collectivity.history.map((h: any) => h.after.status)).toEqual(['DONE', 'IN_PROGRESS']);
    const second = await api.ok(page, { id: collectivityId, before: first.collectivity.history[1].id });
    expect(second.collectivity.history[0].after.status).toBe('PLANNED');
  });
});
