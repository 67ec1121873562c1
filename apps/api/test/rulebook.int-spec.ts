import {
  assessmentReplySchema,
  candidateListCreateSchema,
  assessmentSchema,
  evidenceAddSchema,
  evidenceLinkSchema,
  followSchema,
  inventoryItemAddSchema,
  milestoneAddSchema,
  passwordResetRequestSchema,
  progressUpdateSchema,
  roleRequestSchema,
  RuleSchema,
  ruleErrorOf,
  signUpSchema,
  tnlLabelSchema,
  toIsoDate,
  toUtcDate,
  todayInFrance,
  validate,
} from '@pacte/pact';
import { createCommitted, createCommune } from './support/factories';
import { ADD_ITEM, ADVANCE } from './support/migration-tracker';
import { createTestApi, errorCode, GqlResult, TestApi } from './support/test-app';

/**
 * One rulebook (libs/pact/src/rules) for the dashboard's forms and the API: for each rule, the API refuses the input
 * with the code the rulebook gives for it, which is the code the dashboard shows a text for.
 */
const MUTATIONS = {
  progress: `mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }`,
  milestone: `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`,
  evidence: `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`,
  link: `mutation($input: LinkEvidenceInput!) { linkEvidence(input: $input) { id } }`,
  assessment: `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
  reply: `mutation($input: ReplyToAssessmentInput!) { replyToAssessment(input: $input) { id } }`,
  label: `mutation($input: RecordTnlLabelInput!) { recordTnlLabel(input: $input) { year } }`,
  signUp: `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
  requestRole: `mutation($input: RoleRequestInput!) { requestRole(input: $input) { id } }`,
  follow: `mutation($input: FollowCollectivityInput!) { followCollectivity(input: $input) { digest } }`,
} as const;

/** The code the rulebook gives an input: the rule's own when only such rules are broken, else VALIDATION_FAILED. */
function rulebookCode(schema: RuleSchema, input: object): string | undefined {
  const result = validate(schema, input);
  if (result.ok) return undefined;
  return ruleErrorOf(result.issues)?.code ?? 'VALIDATION_FAILED';
}

const UNKNOWN = '7d9c5a3e-0c4b-4e0f-9d6a-2f1e8b7c6a50';

describe('the rulebook, as the API applies it', () => {
  let api: TestApi;
  let place: { collectivityId: string; commitmentId: string };
  const today = todayInFrance(new Date());
  const tomorrow = toIsoDate(new Date(toUtcDate(today).getTime() + 86_400_000));
  const ctx = { today };
  beforeAll(async () => {
    api = await createTestApi();
    place = await createCommitted(api);
  });
  afterAll(() => api.close());

  /** Sends the input, and checks that the API and the rulebook both answer `code`. */
  async function refused(
    mutation: keyof typeof MUTATIONS,
    schema: RuleSchema,
    input: object,
    code: string,
  ): Promise<GqlResult> {
    expect(rulebookCode(schema, input)).toBe(code);
    const result = await api.gql(MUTATIONS[mutation], { input });
    expect(errorCode(result)).toBe(code);
    return result;
  }

  it('refuses a % on an ABANDONED or NOT_APPLICABLE action, a % outside 0–100, and a missing justification', async () => {
    const base = { commitmentId: place.commitmentId, actionCode: '1.1' };
    for (const status of ['ABANDONED', 'NOT_APPLICABLE']) {
      const result = await refused(
        'progress',
        progressUpdateSchema,
        { ...base, status, progress: 30, justification: 'Projet arrêté' },
        'PROGRESS_NOT_ALLOWED',
      );
      expect(result.errors![0].extensions).toMatchObject({ field: 'progress' });
      await refused('progress', progressUpdateSchema, { ...base, status }, 'JUSTIFICATION_REQUIRED');
      await refused(
        'progress',
        progressUpdateSchema,
        { ...base, status, justification: '  ' },
        'JUSTIFICATION_REQUIRED',
      );
    }
    await refused(
      'progress',
      progressUpdateSchema,
      { ...base, status: 'DONE', progress: 101 },
      'PROGRESS_OUT_OF_RANGE',
    );
    // Nothing was written by the refusals.
    const accepted = await api.ok(MUTATIONS.progress, {
      input: { ...base, status: 'ABANDONED', justification: 'Projet arrêté' },
    });
    expect(accepted.updateActionProgress.status).toBe('ABANDONED');
  });

  it('refuses evidence of a kind that needs an address without one, and evidence that supports nothing', async () => {
    const base = { commitmentId: place.commitmentId, kind: 'DOCUMENT', date: '2026-09-01', title: 'Preuve' };
    for (const kind of ['RUNNING_SERVICE', 'PUBLISHED_REPOSITORY']) {
      await refused('evidence', evidenceAddSchema, { ...base, kind, actionCodes: ['1.1'] }, 'EVIDENCE_URL_REQUIRED');
    }
    const nothing = await refused('evidence', evidenceAddSchema, { ...base, actionCodes: [] }, 'VALIDATION_FAILED');
    expect(nothing.errors![0].extensions!.issues).toEqual([
      { path: 'actionCodes', code: 'ACTIONS_OR_CRITERIA_REQUIRED' },
    ]);
    const link = { evidenceId: UNKNOWN, commitmentId: place.commitmentId, actionCodes: [] };
    const empty = await refused('link', evidenceLinkSchema, link, 'VALIDATION_FAILED');
    expect(empty.errors![0].extensions!.issues).toEqual([{ path: 'actionCodes', code: 'TOO_FEW' }]);
  });

  it('refuses dates that are not real days, or absurd ones', async () => {
    const base = { commitmentId: place.commitmentId, actionCode: '1.1', title: 'Délibération' };
    for (const [date, code] of [
      ['2026-02-30', 'INVALID_DATE'],
      ['30/06/2026', 'INVALID_DATE'],
      ['9999-01-01', 'DATE_OUT_OF_RANGE'],
      ['0202-06-01', 'DATE_OUT_OF_RANGE'],
    ]) {
      const result = await refused('milestone', milestoneAddSchema, { ...base, date }, 'VALIDATION_FAILED');
      expect(result.errors![0].extensions!.issues).toEqual([{ path: 'date', code }]);
    }
  });

  it('dates "today" in Europe/Paris: a stage or an assessment of today passes, of tomorrow does not', async () => {
    const item = {
      collectivityId: place.collectivityId,
      category: 'OFFICE_SUITE',
      productName: 'Office',
      productIsFree: false,
    };
    const future = { ...item, stageReachedOn: tomorrow };
    expect(rulebookCode(inventoryItemAddSchema(ctx), future)).toBe('MIGRATION_STAGE_DATE_IN_FUTURE');
    expect(errorCode(await api.gql(ADD_ITEM, { input: future }))).toBe('MIGRATION_STAGE_DATE_IN_FUTURE');
    const added = await api.ok(ADD_ITEM, { input: { ...item, stage: 'PILOT', stageReachedOn: today } });
    expect(added.addInventoryItem.stageReachedOn).toBe(today);

    const assessment = { commitmentId: place.commitmentId, actionCode: '1.1', verdict: 'KEPT', justification: 'Vu' };
    expect(rulebookCode(assessmentSchema(ctx), { ...assessment, date: tomorrow })).toBe('ASSESSMENT_DATE_IN_FUTURE');
    // The operator holds every permission, so the refusal comes from the input, before any per-record check.
    expect(errorCode(await api.gql(MUTATIONS.assessment, { input: { ...assessment, date: tomorrow } }))).toBe(
      'ASSESSMENT_DATE_IN_FUTURE',
    );
  });

  it('refuses a stage that does not move forward, or that is dated before the current one (per record)', async () => {
    const item = await api.ok(ADD_ITEM, {
      input: {
        collectivityId: place.collectivityId,
        category: 'BROWSER',
        productName: 'Navigateur',
        productIsFree: false,
        stage: 'PARALLEL_RUN',
        stageReachedOn: '2026-04-01',
      },
    });
    const advance = (stage: string, date: string) =>
      api.gql(ADVANCE, { input: { itemId: item.addInventoryItem.id, stage, date } });
    expect(errorCode(await advance('PILOT', today))).toBe('MIGRATION_STAGE_NOT_FORWARD');
    expect(errorCode(await advance('DEFAULT', '2026-03-31'))).toBe('MIGRATION_STAGE_DATE_BEFORE_PREVIOUS');
    expect(errorCode(await advance('DEFAULT', '2026-04-01'))).toBeUndefined();
  });

  it('refuses a reply of blanks, a label whose level or vintage is not of its scale, or of a year to come', async () => {
    await refused('reply', assessmentReplySchema, { assessmentId: UNKNOWN, text: ' \n ' }, 'REPLY_TEXT_REQUIRED');
    const label = { collectivityId: place.collectivityId, year: 2025, scale: 'LEGACY', level: '3' };
    expect(rulebookCode(tnlLabelSchema(ctx), label)).toBe('INVALID_TNL_LABEL');
    expect(errorCode(await api.gql(MUTATIONS.label, { input: label }))).toBe('INVALID_TNL_LABEL');
    const nextYear = Number(today.slice(0, 4)) + 1;
    const later = { ...label, year: nextYear, scale: '2025', level: 'OR' };
    expect(rulebookCode(tnlLabelSchema(ctx), later)).toBe('VALIDATION_FAILED');
    const result = await api.gql(MUTATIONS.label, { input: { ...later, scale: 'SCALE_2025' } });
    expect(errorCode(result)).toBe('VALIDATION_FAILED');
    expect(result.errors![0].extensions!.issues).toEqual([{ path: 'year', code: 'INVALID_YEAR' }]);
  });

  it('refuses a short password, a territory that is not a code, an identifier that is not one', async () => {
    const signUp = { email: 'court@example.org', password: 'short', displayName: 'Court' };
    expect(rulebookCode(signUpSchema, signUp)).toBe('VALIDATION_FAILED');
    const short = await api.gql(MUTATIONS.signUp, { input: signUp }, { token: null });
    expect(short.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'password', code: 'PASSWORD_TOO_SHORT' }],
    });
    const role = { role: 'AUDITOR', auditScope: 'DEPARTEMENT', auditScopeCode: 'Isère', reason: 'Association locale' };
    const territory = await refused('requestRole', roleRequestSchema, role, 'VALIDATION_FAILED');
    expect(territory.errors![0].extensions!.issues).toEqual([
      { path: 'auditScopeCode', code: 'INVALID_TERRITORY_CODE' },
    ]);
    const follow = await refused('follow', followSchema, { collectivityId: 'echirolles' }, 'VALIDATION_FAILED');
    expect(follow.errors![0].extensions!.issues).toEqual([{ path: 'collectivityId', code: 'INVALID_ID' }]);
  });

  it('checks the address of a password reset request with the rulebook, as the form does', async () => {
    const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
    const schemaIssues = validate(passwordResetRequestSchema, { email: 'not-an-email' });
    expect(schemaIssues.ok).toBe(false);
    const refused = await api.gql(REQUEST, { email: 'not-an-email' });
    expect(errorCode(refused)).toBe('VALIDATION_FAILED');
    expect(refused.errors![0].extensions!.issues).toEqual([{ path: 'email', code: 'INVALID_EMAIL' }]);
    // A well-formed address is accepted whether or not an account has it (the answer tells nothing).
    expect(await api.ok(REQUEST, { email: 'nobody@example.org' })).toEqual({ requestPasswordReset: true });
  });
  it("checks a new candidate list with the rulebook, as the desk's form does, and writes nothing refused", async () => {
    const CREATE = `mutation($input: CreateCandidateListInput!) { createCandidateList(input: $input) { id name } }`;
    const syndicat = await createCommune(api, 'Commune des listes');
    const count = async () =>
      (
        await api.dataSource.query(`SELECT count(*)::int AS n FROM candidate_list WHERE collectivity_id = $1`, [
          syndicat.id,
        ])
      )[0].n as number;
    for (const [input, issues] of [
      [{ name: 'É' }, [{ path: 'name', code: 'TOO_SHORT' }]],
      [{ name: '   ' }, [{ path: 'name', code: 'REQUIRED' }]],
      [{ name: 'Liste libre', website: 'liste-libre' }, [{ path: 'website', code: 'INVALID_URL' }]],
      [{ name: 'Liste libre', parties: Array(21).fill('P') }, [{ path: 'parties', code: 'TOO_MANY' }]],
    ] as const) {
      const sent = { collectivityId: syndicat.id, ...input };
      expect(validate(candidateListCreateSchema, sent)).toMatchObject({ ok: false, issues });
      const result = await api.gql(CREATE, { input: sent });
      expect(errorCode(result)).toBe('VALIDATION_FAILED');
      expect(result.errors![0].extensions!.issues).toEqual(issues);
    }
    expect(await count()).toBe(0);
    const made = await api.ok(CREATE, { input: { collectivityId: syndicat.id, name: '  Liste libre ' } });
    expect(made.createCandidateList.name).toBe('Liste libre');
    expect(await count()).toBe(1);
  });
});
