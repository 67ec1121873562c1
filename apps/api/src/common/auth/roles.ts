import type { Permission } from './permissions';

/** Roles a user can hold. ADMIN is platform-wide; AUDITOR is scoped to a territory; the others to one collectivity. */
export const ROLES = ['ADMIN', 'ELECTED_OFFICIAL', 'IT_MANAGER', 'CONTRIBUTOR', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

/** Roles held on one collectivity, which a member may request. */
export const COLLECTIVITY_ROLES = ['ELECTED_OFFICIAL', 'IT_MANAGER', 'CONTRIBUTOR'] as const;
export type CollectivityRole = (typeof COLLECTIVITY_ROLES)[number];

export const AUDIT_SCOPES = ['NATIONAL', 'REGION', 'DEPARTEMENT'] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

/** An active role of the caller. */
export interface ActiveGrant {
  role: Role;
  collectivityId: string | null;
  auditScope: AuditScope | null;
  auditScopeCode: string | null;
}

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

export function permissionsOf(grants: readonly ActiveGrant[]): Set<Permission> {
  const set = new Set<Permission>(SIGNED_IN_PERMISSIONS);
  for (const grant of grants) for (const p of ROLE_PERMISSIONS[grant.role]) set.add(p);
  return set;
}

/** May `grants` use `permission` on this collectivity? ADMIN everywhere; collectivity roles on their own only. */
export function allowsOn(grants: readonly ActiveGrant[], permission: Permission, collectivityId: string): boolean {
  return grants.some(
    (g) => ROLE_PERMISSIONS[g.role].includes(permission) && (g.role === 'ADMIN' || g.collectivityId === collectivityId),
  );
}
