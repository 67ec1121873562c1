import { PERMISSIONS, Permission } from '@pacte/pact';

/**
 * Every permission a root field can declare: the list is the rulebook's (libs/pact/src/rules/permissions.ts), which
 * the dashboard reads too. docs/permissions.md lists who holds each one; test/api-guards.int-spec.ts snapshots which
 * root field declares which.
 */
export { PERMISSIONS };
export type { Permission };

/** What the platform operator (ADMIN_API_TOKEN) may do: everything. */
export const OPERATOR_PERMISSIONS: ReadonlySet<Permission> = new Set(PERMISSIONS);
