/**
 * Every permission a root field can declare. docs/permissions.md lists who holds each one;
 * test/api-guards.int-spec.ts snapshots which root field declares which.
 */
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

/** What the platform operator (ADMIN_API_TOKEN) may do: everything. */
export const OPERATOR_PERMISSIONS: ReadonlySet<Permission> = new Set(PERMISSIONS);
