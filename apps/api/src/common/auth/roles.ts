import type { AuditScope, RoleHeld } from '@pacte/pact';

/**
 * Roles, and the role → permissions table, are the rulebook's (libs/pact/src/rules/permissions.ts): the dashboard
 * shows what a user may do from the same table. The per-record checks stay in the services (`*.access.ts`).
 */
export {
  ROLES,
  COLLECTIVITY_ROLES,
  AUDIT_SCOPES,
  ROLE_PERMISSIONS,
  SIGNED_IN_PERMISSIONS,
  TERRITORIAL_ROLES,
  isTerritorialRole,
  scopeCovers,
  permissionsOf,
  allowsOn,
} from '@pacte/pact';
export type { Role, CollectivityRole, AuditScope, Territory } from '@pacte/pact';

/** An active role of the caller. */
export interface ActiveGrant extends RoleHeld {
  auditScope: AuditScope | null;
  auditScopeCode: string | null;
}
