/**
 * Who may do what: the roles, the permissions, and the one table joining them. The API's guard and per-record checks
 * read it (apps/api/src/common/auth), and so does the dashboard to show only what a user may do (`abilitiesOn`); the
 * API still checks every record (an auditor's territory, the collectivity a role is held on) and answers NOT_FOUND.
 */

/**
 * Roles a user can hold. ADMIN is platform-wide; AUDITOR and CAMPAIGN_MODERATOR are scoped to a territory (national,
 * a région or a département); the others to one collectivity.
 */
export const ROLES = [
  'ADMIN',
  'ELECTED_OFFICIAL',
  'IT_MANAGER',
  'CONTRIBUTOR',
  'AUDITOR',
  'CAMPAIGN_MODERATOR',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles held on one collectivity, which a member may request. */
export const COLLECTIVITY_ROLES = ['ELECTED_OFFICIAL', 'IT_MANAGER', 'CONTRIBUTOR'] as const;
export type CollectivityRole = (typeof COLLECTIVITY_ROLES)[number];

/** The territory a territorial role (AUDITOR, CAMPAIGN_MODERATOR) covers. */
export const AUDIT_SCOPES = ['NATIONAL', 'REGION', 'DEPARTEMENT'] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

/** Roles held on a territory (`auditScope` + `auditScopeCode`), not on a collectivity; only ADMIN grants them. */
export const TERRITORIAL_ROLES = ['AUDITOR', 'CAMPAIGN_MODERATOR'] as const satisfies readonly Role[];

export function isTerritorialRole(role: Role): role is (typeof TERRITORIAL_ROLES)[number] {
  return (TERRITORIAL_ROLES as readonly Role[]).includes(role);
}

/** Where a collectivity lies, as far as territorial roles are concerned. */
export interface Territory {
  departementCode: string | null;
  regionCode: string | null;
}

/** A territorial scope: national, or one région or département by its code. */
export interface TerritoryScope {
  auditScope: AuditScope | null;
  auditScopeCode: string | null;
}

/** Does this scope cover the collectivity? NATIONAL covers all; REGION and DEPARTEMENT their own code. */
export function scopeCovers(scope: TerritoryScope, territory: Territory): boolean {
  switch (scope.auditScope) {
    case 'NATIONAL':
      return true;
    case 'REGION':
      return scope.auditScopeCode !== null && territory.regionCode === scope.auditScopeCode;
    case 'DEPARTEMENT':
      return scope.auditScopeCode !== null && territory.departementCode === scope.auditScopeCode;
    default:
      return false;
  }
}

/** Every permission a root field of the API can declare. */
export const PERMISSIONS = [
  'collectivity.create',
  'candidateList.manage',
  'signatory.manage',
  'commitment.manage',
  'progress.update',
  'milestone.manage',
  'evidence.manage',
  'role.request',
  'role.decide',
  'role.grant',
  'account.self',
  'inventory.manage',
  'label.record',
  'assessment.record',
  'assessment.reply',
  'follow.manage',
  /** Run an import (signatures, candidate lists, results, elected officials, progress): moderators and ADMIN. */
  'import.run',
  /** Read and decide the review queue: moderators (their territory) and ADMIN. */
  'review.decide',
  /** Declare that a collectivity committed (it goes to the review queue): every signed-in user. */
  'commitment.declare',
  /**
   * Enter a signing form by hand (the candidate list a LIST form needs, the signatory), attach its signed PDF and
   * download it: moderators (their territory) and ADMIN.
   */
  'signingForm.enter',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each role may do, on its own collectivity (or territory, for auditors; everywhere, for ADMIN). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: [
    'collectivity.create',
    'candidateList.manage',
    'signatory.manage',
    'commitment.manage',
    'progress.update',
    'milestone.manage',
    'evidence.manage',
    'role.decide',
    'role.grant',
    'inventory.manage',
    'label.record',
    'import.run',
    'review.decide',
    'signingForm.enter',
  ],
  ELECTED_OFFICIAL: [
    'progress.update',
    'milestone.manage',
    'evidence.manage',
    'role.decide',
    'inventory.manage',
    'label.record',
    'assessment.reply',
  ],
  IT_MANAGER: [
    'progress.update',
    'milestone.manage',
    'evidence.manage',
    'role.decide',
    'inventory.manage',
    'assessment.reply',
  ],
  CONTRIBUTOR: ['milestone.manage', 'evidence.manage'],
  AUDITOR: ['assessment.record'],
  /**
   * The campaign's moderators, in their territory: decide the role requests of its collectivities (so the first
   * elected official needs no administrator), import the campaign's and the Ministry's files, decide the review queue,
   * enter signing forms by hand with their signed PDF.
   */
  CAMPAIGN_MODERATOR: ['role.decide', 'import.run', 'review.decide', 'signingForm.enter'],
};

/** What every signed-in user may do, whatever their roles. */
export const SIGNED_IN_PERMISSIONS: readonly Permission[] = [
  'account.self',
  'role.request',
  'follow.manage',
  'commitment.declare',
];

/** An active role: on a collectivity (collectivity roles), or on none (ADMIN, AUDITOR, CAMPAIGN_MODERATOR). */
export interface RoleHeld {
  role: Role;
  collectivityId: string | null;
}

/** Every permission some active role gives, wherever it applies. */
export function permissionsOf(grants: readonly RoleHeld[]): Set<Permission> {
  const set = new Set<Permission>(SIGNED_IN_PERMISSIONS);
  for (const grant of grants) for (const p of ROLE_PERMISSIONS[grant.role]) set.add(p);
  return set;
}

/**
 * May `grants` use `permission` on this collectivity? ADMIN everywhere; collectivity roles on their own only;
 * territorial roles where their scope covers the collectivity's `territory` (when it is not given: nowhere).
 */
export function allowsOn(
  grants: readonly (RoleHeld & Partial<TerritoryScope>)[],
  permission: Permission,
  collectivityId: string,
  territory?: Territory,
): boolean {
  return grants.some((g) => {
    if (!ROLE_PERMISSIONS[g.role].includes(permission)) return false;
    if (g.role === 'ADMIN') return true;
    if (isTerritorialRole(g.role)) {
      return (
        !!territory &&
        scopeCovers({ auditScope: g.auditScope ?? null, auditScopeCode: g.auditScopeCode ?? null }, territory)
      );
    }
    return g.collectivityId === collectivityId;
  });
}

/** What a user may do on one collectivity, from their active roles: the dashboard shows the matching forms. */
export interface Abilities {
  updateProgress: boolean;
  manageMilestones: boolean;
  manageEvidence: boolean;
  manageInventory: boolean;
  recordLabel: boolean;
  decideRoles: boolean;
  replyToAssessments: boolean;
  /** Holds an auditor's role somewhere: whether its territory covers this collectivity is the API's check. */
  assess: boolean;
}

export function abilitiesOn(grants: readonly RoleHeld[], collectivityId: string): Abilities {
  const may = (p: Permission) => allowsOn(grants, p, collectivityId);
  return {
    updateProgress: may('progress.update'),
    manageMilestones: may('milestone.manage'),
    manageEvidence: may('evidence.manage'),
    manageInventory: may('inventory.manage'),
    recordLabel: may('label.record'),
    decideRoles: may('role.decide'),
    replyToAssessments: may('assessment.reply'),
    assess: grants.some((g) => ROLE_PERMISSIONS[g.role].includes('assessment.record')),
  };
}

/**
 * What the campaign desk (/campagne) offers a user, from their active roles: the role requests and the review queue
 * to those who decide them (`review.decide`: the campaign's moderators, ADMIN), the signing-form entry to those who
 * may enter signing forms (`signingForm.enter`: the campaign's moderators, ADMIN), the import screen to those who
 * may run imports (`import.run`: the campaign's moderators, ADMIN). The API checks each query, each record (a
 * moderator's territory) and each row.
 */
export interface DeskAbilities {
  /** The desk is for this user at all. */
  open: boolean;
  decideReviews: boolean;
  enterSigningForms: boolean;
  runImports: boolean;
}

export function deskAbilities(grants: readonly RoleHeld[]): DeskAbilities {
  const permissions = permissionsOf(grants);
  const decideReviews = permissions.has('review.decide');
  const enterSigningForms = permissions.has('signingForm.enter');
  const runImports = permissions.has('import.run');
  return { open: decideReviews || enterSigningForms || runImports, decideReviews, enterSigningForms, runImports };
}
