import { isTerritorialRole, type ActiveGrant, type AuditScope, type Role } from '../../common/auth/roles';

type TerritorialRole = 'AUDITOR' | 'CAMPAIGN_MODERATOR';

/**
 * The order of roles, from most to least: deciding a role (approving, refusing or revoking it) is for someone who
 * holds at least that role where it applies. ADMIN is platform-wide and above everything. On one collectivity, the
 * elected official answers for the pledge, the IT manager works under them, a contributor only adds evidence and
 * milestones. AUDITOR and CAMPAIGN_MODERATOR are no collectivity roles: their grants are decided by ADMIN only (an
 * auditor decides nothing; a moderator decides the collectivity roles of their territory, see RolesService.mayDecide).
 */
export const COLLECTIVITY_ROLE_RANK: Readonly<Record<Exclude<Role, 'ADMIN' | TerritorialRole>, number>> = {
  ELECTED_OFFICIAL: 3,
  IT_MANAGER: 2,
  CONTRIBUTOR: 1,
};

/**
 * The order of audit scopes, widest first: a national auditor reads every collectivity, a regional one its région,
 * a départemental one its département. Only ADMIN grants or decides any of them; the order is what the scope
 * covers, for the documentation and for whoever compares two auditor grants.
 */
export const AUDIT_SCOPE_RANK: Readonly<Record<AuditScope, number>> = { NATIONAL: 3, REGION: 2, DEPARTEMENT: 1 };

/** The highest collectivity role rank `grants` hold on this collectivity (0: none). */
export function rankOn(grants: readonly ActiveGrant[], collectivityId: string): number {
  let rank = 0;
  for (const g of grants) {
    if (g.collectivityId !== collectivityId || g.role === 'ADMIN' || isTerritorialRole(g.role)) continue;
    rank = Math.max(rank, COLLECTIVITY_ROLE_RANK[g.role]);
  }
  return rank;
}

/**
 * May someone holding `grants` (no ADMIN among them) decide a grant of `role` on `collectivityId`? Only if they hold
 * a role that may decide (elected official or IT manager) there, at least as high as the one decided: an IT manager
 * approves or revokes IT managers and contributors, never an elected official.
 */
export function mayDecideCollectivityRole(grants: readonly ActiveGrant[], role: Role, collectivityId: string): boolean {
  if (role === 'ADMIN' || isTerritorialRole(role)) return false;
  const deciders = grants.filter(
    (g) => (g.role === 'ELECTED_OFFICIAL' || g.role === 'IT_MANAGER') && g.collectivityId === collectivityId,
  );
  return rankOn(deciders, collectivityId) >= COLLECTIVITY_ROLE_RANK[role];
}
