import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isAllowed,
  PERMISSION_MATRIX,
  renderPermissionMatrix,
  Subject,
  SUBJECTS,
} from '../src/common/auth/permission-matrix';
import { systemActor } from '../src/common/auth/actor';
import { ReviewQueueService } from '../src/modules/review/review.service';
import { createCommitted, createUser, grantRole, sessionCookie } from './support/factories';
import { createTestApi, errorCode, TestApi } from './support/test-app';

/** Errors that mean "you may not": anything else (success, or a domain error about the input) means the call got in. */
const DENIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

interface Place {
  collectivityId: string;
  commitmentId: string;
  listId: string;
  signatoryId: string;
  milestoneId: string;
  evidenceId: string;
  /** A collectivity of the same territory with no commitment yet. */
  uncommittedId: string;
}

type Operation = { query: string; variables: Record<string, unknown> };

describe('permission matrix: every mutation × every subject × own collectivity / another one', () => {
  let api: TestApi;
  let seq = 0;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  async function place(): Promise<Place> {
    const { collectivityId, commitmentId } = await createCommitted(api, 'COMMUNE');
    const data = await api.ok(
      `mutation($list: CreateCandidateListInput!) { createCandidateList(input: $list) { id } }`,
      { list: { collectivityId, name: 'Liste matrice' } },
    );
    const listId = data.createCandidateList.id;
    const signatory = await api.ok(`mutation($s: AddSignatoryInput!) { addSignatory(input: $s) { id } }`, {
      s: {
        candidateListId: listId,
        scope: 'PERSONAL',
        commune: 'X',
        firstName: 'M',
        lastName: 'T',
        signedOn: '2026-02-01',
      },
    });
    const milestone = await api.ok(`mutation($m: AddMilestoneInput!) { addMilestone(input: $m) { id } }`, {
      m: { commitmentId, actionCode: '1.1', title: 'Jalon', date: '2026-12-01' },
    });
    const evidence = await api.ok(`mutation($e: AddEvidenceInput!) { addEvidence(input: $e) { id } }`, {
      e: { commitmentId, kind: 'DOCUMENT', date: '2026-10-01', title: 'Preuve', actionCodes: ['1.1'] },
    });
    const bare = await api.ok(`mutation($i: CreateCollectivityInput!) { createCollectivity(input: $i) { id } }`, {
      i: {
        kind: 'SYNDICAT',
        siren: `8${String(Date.now() % 1e8).padStart(8, '0')}`,
        name: 'Syndicat sans engagement',
        departementCode: '38',
      },
    });
    return {
      collectivityId,
      commitmentId,
      listId,
      signatoryId: signatory.addSignatory.id,
      milestoneId: milestone.addMilestone.id,
      evidenceId: evidence.addEvidence.id,
      uncommittedId: bare.createCollectivity.id,
    };
  }

  /** A fresh grant on `collectivityId` of another user, pending or active, for the decision mutations. */
  async function grantToDecide(collectivityId: string, active: boolean): Promise<string> {
    const someone = await createUser(api, 'Demandeur');
    if (active) return grantRole(api, someone.id, 'CONTRIBUTOR', { collectivityId });
    const data = await api.ok(
      `mutation($i: RoleRequestInput!) { requestRole(input: $i) { id } }`,
      { i: { role: 'CONTRIBUTOR', collectivityId, reason: 'Je suis agent de la collectivité' } },
      { cookie: someone.cookie },
    );
    return data.requestRole.id;
  }

  /** Fresh evidence for actions 1.1 and 1.2 of `commitmentId` (made by the operator), for the mutations that remove. */
  async function freshEvidence(commitmentId: string): Promise<string> {
    const data = await api.ok(`mutation($e: AddEvidenceInput!) { addEvidence(input: $e) { id } }`, {
      e: { commitmentId, kind: 'DOCUMENT', date: '2026-10-01', title: 'Preuve', actionCodes: ['1.1', '1.2'] },
    });
    return data.addEvidence.id;
  }

  /** A fresh milestone of `commitmentId` (made by the operator), for withdrawMilestone. */
  async function freshMilestone(commitmentId: string): Promise<string> {
    const data = await api.ok(`mutation($m: AddMilestoneInput!) { addMilestone(input: $m) { id } }`, {
      m: { commitmentId, actionCode: '1.1', title: 'Jalon', date: '2026-12-01' },
    });
    return data.addMilestone.id;
  }

  /** A fresh inventory item of `collectivityId` (made by the operator), at the INVENTORY stage. */
  async function inventoryItem(collectivityId: string): Promise<string> {
    const data = await api.ok(`mutation($i: AddInventoryItemInput!) { addInventoryItem(input: $i) { id } }`, {
      i: {
        collectivityId,
        category: 'OFFICE_SUITE',
        productName: 'Office',
        productIsFree: false,
        stageReachedOn: '2026-09-01',
      },
    });
    return data.addInventoryItem.id;
  }

  /** A pending review item on `collectivityId` (a declared deliberation, queued by a system job). */
  async function reviewItem(collectivityId: string): Promise<string> {
    const item = await api.app.get(ReviewQueueService).submit(systemActor('matrice'), {
      kind: 'DECLARED_COMMITMENT',
      collectivityId,
      payload: { source: 'COUNCIL_DELIBERATION', deliberationNumber: 'D-1', deliberationDate: '2026-06-01' },
    });
    return item.id;
  }

  let auditorCookie: string | null = null;

  /** An assessment of the place's commitment by a national auditor, for the reply mutation. */
  async function assessmentOf(p: Place): Promise<string> {
    if (!auditorCookie) {
      const auditor = await createUser(api, 'Auditrice');
      await grantRole(api, auditor.id, 'AUDITOR', { auditScope: 'NATIONAL' });
      auditorCookie = auditor.cookie;
    }
    const data = await api.ok(
      `mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`,
      { i: { commitmentId: p.commitmentId, actionCode: '1.1', verdict: 'KEPT', justification: 'Vu' } },
      { cookie: auditorCookie },
    );
    return data.recordAssessment.id;
  }

  async function operation(mutation: string, p: Place): Promise<Operation> {
    seq += 1;
    const unique = `${process.pid}-${Date.now()}-${seq}`;
    switch (mutation) {
      case 'signUp':
        return {
          query: `mutation($i: SignUpInput!) { signUp(input: $i) { id } }`,
          variables: { i: { email: `m-${unique}@example.org`, password: 'long enough password', displayName: 'M' } },
        };
      case 'signIn':
        return {
          query: `mutation($i: SignInInput!) { signIn(input: $i) { id } }`,
          variables: { i: { email: `nobody-${unique}@example.org`, password: 'x' } },
        };
      case 'requestPasswordReset':
        return {
          query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
          variables: { e: `nobody-${unique}@example.org` },
        };
      case 'resetPassword':
        return {
          query: `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`,
          variables: { i: { token: 'x'.repeat(43), password: 'long enough password' } },
        };
      case 'signOut':
        return { query: `mutation { signOut }`, variables: {} };
      case 'signOutEverywhere':
        return { query: `mutation { signOutEverywhere }`, variables: {} };
      // The account's own forms: inputs the rulebook refuses (VALIDATION_FAILED gets past the guard, changes nothing,
      // and spends no password attempt).
      case 'updateMyAccount':
        return {
          query: `mutation($i: UpdateMyAccountInput!) { updateMyAccount(input: $i) { id } }`,
          variables: { i: { displayName: 'x' } },
        };
      case 'requestEmailChange':
        return {
          query: `mutation($i: RequestEmailChangeInput!) { requestEmailChange(input: $i) }`,
          variables: { i: { newEmail: 'not an address' } },
        };
      case 'confirmEmailChange':
        return {
          query: `mutation($t: String!) { confirmEmailChange(token: $t) }`,
          variables: { t: 'A'.repeat(43) },
        };
      case 'changePassword':
        return {
          query: `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`,
          variables: { i: { currentPassword: 'x', newPassword: 'short' } },
        };
      case 'deleteMyAccount':
        return {
          query: `mutation($i: DeleteMyAccountInput!) { deleteMyAccount(input: $i) }`,
          variables: { i: { confirmation: 'not an address' } },
        };
      case 'requestRole':
        return {
          query: `mutation($i: RoleRequestInput!) { requestRole(input: $i) { id } }`,
          variables: {
            i: { role: 'CONTRIBUTOR', collectivityId: p.uncommittedId, reason: 'Je suis agent de la collectivité' },
          },
        };
      case 'grantRole': {
        const someone = await createUser(api, 'Bénéficiaire');
        return {
          query: `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`,
          variables: { i: { userId: someone.id, role: 'CONTRIBUTOR', collectivityId: p.collectivityId } },
        };
      }
      case 'decideRoleRequest':
        return {
          query: `mutation($i: DecideRoleRequestInput!) { decideRoleRequest(input: $i) { id } }`,
          variables: { i: { grantId: await grantToDecide(p.collectivityId, false), approve: true } },
        };
      case 'revokeRole':
        return {
          query: `mutation($id: ID!) { revokeRole(grantId: $id) { id } }`,
          variables: { id: await grantToDecide(p.collectivityId, true) },
        };
      case 'decideReviewItem':
        return {
          query: `mutation($i: DecideReviewItemInput!) { decideReviewItem(input: $i) { id } }`,
          variables: {
            i: { itemId: await reviewItem(p.collectivityId), accept: false, reason: 'Pas de délibération' },
          },
        };
      case 'declareCommitment':
        return {
          query: `mutation($i: DeclareCommitmentInput!) { declareCommitment(input: $i) { id } }`,
          variables: {
            i: {
              collectivityId: p.uncommittedId,
              source: 'COUNCIL_DELIBERATION',
              deliberationNumber: `D-${unique}`,
              deliberationDate: '2026-06-01',
              documentUrl: 'https://example.org/deliberation.pdf',
            },
          },
        };
      case 'createCollectivity':
        return {
          query: `mutation($i: CreateCollectivityInput!) { createCollectivity(input: $i) { id } }`,
          variables: {
            i: { kind: 'SYNDICAT', siren: `7${String(Date.now() % 1e8).padStart(8, '0')}`, name: `Syndicat ${unique}` },
          },
        };
      case 'createCandidateList':
        return {
          query: `mutation($i: CreateCandidateListInput!) { createCandidateList(input: $i) { id } }`,
          variables: { i: { collectivityId: p.collectivityId, name: `Liste ${unique}` } },
        };
      case 'setListOutcome':
        return {
          query: `mutation($i: SetListOutcomeInput!) { setListOutcome(input: $i) { id } }`,
          variables: { i: { candidateListId: p.listId, outcome: 'OPPOSITION' } },
        };
      case 'addSignatory':
        return {
          query: `mutation($i: AddSignatoryInput!) { addSignatory(input: $i) { id } }`,
          variables: {
            i: {
              candidateListId: p.listId,
              scope: 'PERSONAL',
              commune: 'X',
              firstName: 'N',
              lastName: 'O',
              signedOn: '2026-02-02',
            },
          },
        };
      case 'setSignatoryElected':
        return {
          query: `mutation($i: SetSignatoryElectedInput!) { setSignatoryElected(input: $i) { id } }`,
          variables: { i: { signatoryId: p.signatoryId, elected: true } },
        };
      case 'createCommitment':
        return {
          query: `mutation($i: CreateCommitmentInput!) { createCommitment(input: $i) { id } }`,
          variables: {
            i: {
              collectivityId: p.uncommittedId,
              source: 'COUNCIL_DELIBERATION',
              deliberationNumber: unique,
              deliberationDate: '2026-06-01',
            },
          },
        };
      case 'updateActionProgress':
        return {
          query: `mutation($i: UpdateActionProgressInput!) { updateActionProgress(input: $i) { status } }`,
          variables: { i: { commitmentId: p.commitmentId, actionCode: '1.2', status: 'PLANNED' } },
        };
      case 'selfAssessSection':
        return {
          query: `mutation($i: SelfAssessSectionInput!) { selfAssessSection(input: $i) { status } }`,
          variables: {
            i: { commitmentId: p.commitmentId, section: 2, status: 'IN_PROGRESS', explanation: `Vu ${unique}` },
          },
        };
      case 'addMilestone':
        return {
          query: `mutation($i: AddMilestoneInput!) { addMilestone(input: $i) { id } }`,
          variables: {
            i: { commitmentId: p.commitmentId, actionCode: '1.2', title: `Jalon ${unique}`, date: '2027-01-01' },
          },
        };
      case 'updateMilestone':
        return {
          query: `mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { id } }`,
          variables: { i: { milestoneId: p.milestoneId, reached: true } },
        };
      case 'addEvidence':
        return {
          query: `mutation($i: AddEvidenceInput!) { addEvidence(input: $i) { id } }`,
          variables: {
            i: {
              commitmentId: p.commitmentId,
              kind: 'DOCUMENT',
              date: '2026-10-02',
              title: `Preuve ${unique}`,
              actionCodes: ['1.2'],
            },
          },
        };
      case 'linkEvidence':
        return {
          query: `mutation($i: LinkEvidenceInput!) { linkEvidence(input: $i) { id } }`,
          variables: { i: { evidenceId: p.evidenceId, commitmentId: p.commitmentId, actionCodes: ['1.3'] } },
        };
      case 'updateEvidence':
        return {
          query: `mutation($i: UpdateEvidenceInput!) { updateEvidence(input: $i) { id } }`,
          variables: { i: { evidenceId: p.evidenceId, title: `Preuve ${unique}` } },
        };
      case 'unlinkEvidence':
        return {
          query: `mutation($i: UnlinkEvidenceInput!) { unlinkEvidence(input: $i) { id } }`,
          variables: { i: { evidenceId: await freshEvidence(p.commitmentId), actionCodes: ['1.2'] } },
        };
      case 'withdrawEvidence':
        return {
          query: `mutation($i: WithdrawEvidenceInput!) { withdrawEvidence(input: $i) }`,
          variables: { i: { evidenceId: await freshEvidence(p.commitmentId), reason: 'Doublon' } },
        };
      case 'withdrawMilestone':
        return {
          query: `mutation($i: WithdrawMilestoneInput!) { withdrawMilestone(input: $i) }`,
          variables: { i: { milestoneId: await freshMilestone(p.commitmentId), reason: 'Abandonné' } },
        };
      case 'addInventoryItem':
        return {
          query: `mutation($i: AddInventoryItemInput!) { addInventoryItem(input: $i) { id } }`,
          variables: {
            i: {
              collectivityId: p.collectivityId,
              category: 'BROWSER',
              productName: `Chrome ${unique}`,
              productIsFree: false,
            },
          },
        };
      case 'updateInventoryItem':
        return {
          query: `mutation($i: UpdateInventoryItemInput!) { updateInventoryItem(input: $i) { id } }`,
          variables: { i: { itemId: await inventoryItem(p.collectivityId), seats: 12 } },
        };
      case 'declareFleet':
        return {
          query: `mutation($i: DeclareFleetInput!) { declareFleet(input: $i) { id } }`,
          variables: {
            i: { collectivityId: p.collectivityId, audience: 'STAFF', workstations: 40, asOf: '2026-09-01' },
          },
        };
      case 'setPooledIt':
        return {
          query: `mutation($i: SetPooledItInput!) { setPooledIt(input: $i) { id } }`,
          variables: { i: { collectivityId: p.collectivityId, bodyId: null } },
        };
      case 'advanceMigrationStage':
        return {
          query: `mutation($i: AdvanceMigrationStageInput!) { advanceMigrationStage(input: $i) { item { id } } }`,
          variables: { i: { itemId: await inventoryItem(p.collectivityId), stage: 'PILOT', date: '2026-10-01' } },
        };
      case 'recordTnlLabel':
        return {
          query: `mutation($i: RecordTnlLabelInput!) { recordTnlLabel(input: $i) { id } }`,
          variables: { i: { collectivityId: p.collectivityId, year: 2025, scale: 'SCALE_2025', level: 'BADGE' } },
        };
      case 'recordAssessment':
        return {
          query: `mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`,
          variables: {
            i: { commitmentId: p.commitmentId, actionCode: '1.2', verdict: 'PARTIAL', justification: `Vu ${unique}` },
          },
        };
      case 'recordSectionAssessment':
        return {
          query: `mutation($i: RecordSectionAssessmentInput!) { recordSectionAssessment(input: $i) { id } }`,
          variables: {
            i: { commitmentId: p.commitmentId, section: 2, verdict: 'PARTIAL', justification: `Vu ${unique}` },
          },
        };
      case 'replyToAssessment':
        return {
          query: `mutation($i: ReplyToAssessmentInput!) { replyToAssessment(input: $i) { id } }`,
          variables: { i: { assessmentId: await assessmentOf(p), text: `Réponse ${unique}` } },
        };
      case 'followCollectivity':
        return {
          query: `mutation($i: FollowCollectivityInput!) { followCollectivity(input: $i) { digest } }`,
          variables: { i: { collectivityId: p.collectivityId, digest: true } },
        };
      case 'unfollowCollectivity':
        return {
          query: `mutation($id: ID!) { unfollowCollectivity(collectivityId: $id) }`,
          variables: { id: p.collectivityId },
        };
      default:
        throw new Error(`no operation for ${mutation}: add one to this test`);
    }
  }

  /** A signed-in user for `subject`, holding its role on `own`; null for anonymous. */
  async function caller(
    subject: Subject,
    own: Place,
  ): Promise<{ cookie: string; email: string; password: string } | null> {
    if (subject === 'anonymous') return null;
    const user = await createUser(api, subject);
    if (subject === 'ADMIN') await grantRole(api, user.id, 'ADMIN');
    else if (subject === 'AUDITOR' || subject === 'CAMPAIGN_MODERATOR')
      await grantRole(api, user.id, subject, { auditScope: 'DEPARTEMENT', auditScopeCode: '38' });
    else if (subject !== 'member') await grantRole(api, user.id, subject, { collectivityId: own.collectivityId });
    return user;
  }

  /** A new session of the same user, for the mutations that end one. */
  async function freshSession(user: { email: string; password: string }): Promise<string> {
    const { setCookie } = await api.raw(
      `mutation($i: SignInInput!) { signIn(input: $i) { id } }`,
      { i: { email: user.email, password: user.password } },
      { token: null },
    );
    return sessionCookie(setCookie);
  }

  it('has a row for every mutation of the schema, and the doc shows the same table', () => {
    const mutations = Object.keys(api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).sort();
    expect(PERMISSION_MATRIX.map((r) => r.mutation).sort()).toEqual(mutations);
    const doc = readFileSync(path.resolve(__dirname, '../../../docs/permissions.md'), 'utf8');
    expect(doc).toContain(renderPermissionMatrix());
  });

  it.each(SUBJECTS)('%s: exactly the allowed calls get in', async (subject) => {
    const own = await place();
    const other = await place();
    const user = await caller(subject, own);
    const mismatches: string[] = [];
    // Sign-out mutations end sessions (signOutEverywhere: all of them): they run last, each in a session of its own.
    const rows = [...PERMISSION_MATRIX].sort(
      (a, b) => Number(a.mutation.startsWith('signOut')) - Number(b.mutation.startsWith('signOut')),
    );
    for (const row of rows) {
      const cookie = user && row.mutation.startsWith('signOut') ? await freshSession(user) : user?.cookie;
      for (const target of row.scoped ? (['own', 'other'] as const) : (['own'] as const)) {
        const { query, variables } = await operation(row.mutation, target === 'own' ? own : other);
        const result = await api.gql(query, variables, cookie ? { cookie } : { token: null });
        const code = errorCode(result);
        const gotIn = !code || !DENIALS.has(code);
        const expected = isAllowed(row, subject, target);
        if (gotIn !== expected) {
          mismatches.push(
            `${row.mutation} on ${target}: expected ${expected ? 'allowed' : 'denied'}, got ${code ?? 'success'}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
