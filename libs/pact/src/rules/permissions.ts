/**
 * Who may do what: the roles, the permissions, and the one table joining them. The API's guard and per-record checks
 * read it (apps/api/src/common/auth), and so does the dashboard to show only what a user may do (`abilitiesOn`); the
 * API still checks every record (an auditor's territory, the collectivity a role is held on) and answers NOT_FOUND.
 */

/** Roles a user can hold. ADMIN is platform-wide; AUDITOR is scoped to a territory; the others to one collectivity. */
export const ROLES = ['ADMIN', 'ELECTED_OFFICIAL', 'IT_MANAGER', 'CONTRIBUTOR', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

/** Roles held on one collectivity, which a member may request. */
export const COLLECTIVITY_ROLES = ['ELECTED_OFFICIAL', 'IT_MANAGER', 'CONTRIBUTOR'] as const;
export type CollectivityRole = (typeof COLLECTIVITY_ROLES)[number];

export const AUDIT_SCOPES = ['NATIONAL', 'REGION', 'DEPARTEMENT'] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

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
};

/** What every signed-in user may do, whatever their roles. */
export const SIGNED_IN_PERMISSIONS: readonly Permission[] = ['account.self', 'role.request', 'follow.manage'];

/** An active role: on a collectivity (collectivity roles), or on none (ADMIN, AUDITOR). */
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

/** May `grants` use `permission` on this collectivity? ADMIN everywhere; collectivity roles on their own only. */
export function allowsOn(grants: readonly RoleHeld[], permission: Permission, collectivityId: string): boolean {
  return grants.some(
    (g) => ROLE_PERMISSIONS[g.role].includes(permission) && (g.role === 'ADMIN' || g.collectivityId === collectivityId),
  );
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
