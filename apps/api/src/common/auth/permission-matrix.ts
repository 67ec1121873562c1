/**
 * Who may call each mutation: the one table that docs/permissions.md shows (`npm run docs:permissions`) and that
 * test/permission-matrix.int-spec.ts checks exhaustively on a real database, so the doc and the behaviour cannot drift.
 *
 * Subjects: `anonymous`; `member` (signed in, no role); each role, held on the subject's own collectivity (or, for
 * AUDITOR and CAMPAIGN_MODERATOR, on its département). Reach: `all` (any collectivity, or a mutation not tied to one), `own` (only the
 * collectivity where the subject holds its role), `none`.
 */
export const SUBJECTS = [
  'anonymous',
  'member',
  'ADMIN',
  'ELECTED_OFFICIAL',
  'IT_MANAGER',
  'CONTRIBUTOR',
  'AUDITOR',
  'CAMPAIGN_MODERATOR',
] as const;
export type Subject = (typeof SUBJECTS)[number];
export type Reach = 'all' | 'own' | 'none';

export interface MatrixRow {
  mutation: string;
  /** True when the mutation acts on one collectivity (so `own` and another one can differ). */
  scoped: boolean;
  reach: Record<Subject, Reach>;
}

const everyone = (reach: Reach, anonymous: Reach = reach): Record<Subject, Reach> => ({
  anonymous,
  member: reach,
  ADMIN: reach,
  ELECTED_OFFICIAL: reach,
  IT_MANAGER: reach,
  CONTRIBUTOR: reach,
  AUDITOR: reach,
  CAMPAIGN_MODERATOR: reach,
});
const adminOnly = (): Record<Subject, Reach> => ({ ...everyone('none'), ADMIN: 'all' });
const managers = (): Record<Subject, Reach> => ({
  ...everyone('none'),
  ADMIN: 'all',
  ELECTED_OFFICIAL: 'own',
  IT_MANAGER: 'own',
});
const members = (): Record<Subject, Reach> => ({ ...managers(), CONTRIBUTOR: 'own' });
/** Role deciders: the collectivity's managers, and moderators (their territory, which covers both test places). */
const roleDeciders = (): Record<Subject, Reach> => ({ ...managers(), CAMPAIGN_MODERATOR: 'all' });
/** The campaign's desk: moderators in their territory, and administrators. */
const moderators = (): Record<Subject, Reach> => ({ ...adminOnly(), CAMPAIGN_MODERATOR: 'all' });

export const PERMISSION_MATRIX: MatrixRow[] = [
  { mutation: 'signUp', scoped: false, reach: everyone('all') },
  { mutation: 'signIn', scoped: false, reach: everyone('all') },
  { mutation: 'requestPasswordReset', scoped: false, reach: everyone('all') },
  { mutation: 'resetPassword', scoped: false, reach: everyone('all') },
  { mutation: 'signOut', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'signOutEverywhere', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'updateMyAccount', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'requestEmailChange', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'confirmEmailChange', scoped: false, reach: everyone('all') },
  { mutation: 'changePassword', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'deleteMyAccount', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'requestRole', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'grantRole', scoped: false, reach: adminOnly() },
  { mutation: 'decideRoleRequest', scoped: true, reach: roleDeciders() },
  { mutation: 'revokeRole', scoped: true, reach: roleDeciders() },
  { mutation: 'decideReviewItem', scoped: true, reach: moderators() },
  { mutation: 'declareCommitment', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'createCollectivity', scoped: false, reach: adminOnly() },
  { mutation: 'createCandidateList', scoped: true, reach: moderators() },
  { mutation: 'setListOutcome', scoped: true, reach: adminOnly() },
  { mutation: 'addSignatory', scoped: true, reach: moderators() },
  { mutation: 'setSignatoryElected', scoped: true, reach: adminOnly() },
  { mutation: 'createCommitment', scoped: true, reach: adminOnly() },
  { mutation: 'updateActionProgress', scoped: true, reach: managers() },
  { mutation: 'selfAssessSection', scoped: true, reach: managers() },
  { mutation: 'addMilestone', scoped: true, reach: members() },
  { mutation: 'updateMilestone', scoped: true, reach: members() },
  { mutation: 'withdrawMilestone', scoped: true, reach: members() },
  { mutation: 'addEvidence', scoped: true, reach: members() },
  { mutation: 'linkEvidence', scoped: true, reach: members() },
  { mutation: 'updateEvidence', scoped: true, reach: members() },
  { mutation: 'unlinkEvidence', scoped: true, reach: members() },
  { mutation: 'withdrawEvidence', scoped: true, reach: members() },
  { mutation: 'addInventoryItem', scoped: true, reach: managers() },
  { mutation: 'updateInventoryItem', scoped: true, reach: managers() },
  { mutation: 'declareFleet', scoped: true, reach: managers() },
  { mutation: 'setPooledIt', scoped: true, reach: managers() },
  { mutation: 'advanceMigrationStage', scoped: true, reach: managers() },
  { mutation: 'recordTnlLabel', scoped: true, reach: { ...adminOnly(), ELECTED_OFFICIAL: 'own' } },
  // Auditors are scoped to a territory: the matrix's auditor holds the département of both places (a scope that
  // does not cover the collectivity answers NOT_FOUND, see test/assessments.int-spec.ts).
  { mutation: 'recordAssessment', scoped: true, reach: { ...everyone('none'), AUDITOR: 'all' } },
  { mutation: 'recordSectionAssessment', scoped: true, reach: { ...everyone('none'), AUDITOR: 'all' } },
  {
    mutation: 'replyToAssessment',
    scoped: true,
    reach: { ...everyone('none'), ELECTED_OFFICIAL: 'own', IT_MANAGER: 'own' },
  },
  { mutation: 'followCollectivity', scoped: false, reach: everyone('all', 'none') },
  { mutation: 'unfollowCollectivity', scoped: false, reach: everyone('all', 'none') },
];

/** Whether `subject` may call the row's mutation on its own collectivity or on another one. */
export function isAllowed(row: MatrixRow, subject: Subject, target: 'own' | 'other'): boolean {
  const reach = row.reach[subject];
  return reach === 'all' || (reach === 'own' && target === 'own');
}

const CELL: Record<Reach, string> = { all: '✅ all', own: '✅ own only', none: '—' };

/** The Markdown table of docs/permissions.md. */
export function renderPermissionMatrix(rows: MatrixRow[] = PERMISSION_MATRIX): string {
  const header = `| mutation | ${SUBJECTS.join(' | ')} |`;
  const rule = `|---|${SUBJECTS.map(() => '---').join('|')}|`;
  const lines = rows.map((row) => {
    const cells = SUBJECTS.map((s) => (row.scoped || row.reach[s] !== 'own' ? CELL[row.reach[s]] : CELL.all));
    return `| \`${row.mutation}\`${row.scoped ? '' : ' ¹'} | ${cells.join(' | ')} |`;
  });
  return [
    header,
    rule,
    ...lines,
    '',
    '¹ not tied to one collectivity. “own only”: on the collectivity where the caller holds that role; on any other',
    'one the API answers NOT_FOUND, which does not reveal whether the record exists. Anonymous callers get',
    'UNAUTHENTICATED, signed-in callers without the permission FORBIDDEN. The platform operator (ADMIN_API_TOKEN)',
    'may call everything. `decideRoleRequest` and `revokeRole` reach, besides, only roles up to the caller’s own',
    '(elected official > IT manager > contributor, `modules/accounts/role-order.ts`): an IT manager neither approves',
    'nor revokes an elected official, and nobody decides their own request; AUDITOR and CAMPAIGN_MODERATOR roles are',
    'decided by ADMIN only. AUDITOR and CAMPAIGN_MODERATOR hold the département of both test collectivities: outside',
    'their territory they get NOT_FOUND too.',
  ].join('\n');
}
