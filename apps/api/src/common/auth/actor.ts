import type { Permission } from './permissions';
import type { ActiveGrant } from './roles';

/**
 * Who is calling. Built from the request by `ActorResolver` and put on the GraphQL context.
 * Callers are anonymous, a signed-in user (session cookie), or the platform operator holding ADMIN_API_TOKEN
 * (automation and first setup).
 */
export interface Actor {
  kind: 'anonymous' | 'operator' | 'user' | 'system';
  /** Stable id recorded in the history (null for anonymous). */
  id: string | null;
  /** Human-readable name recorded in the history. */
  label: string;
  permissions: ReadonlySet<Permission>;
  /** Active roles of a signed-in user (empty otherwise); per-record checks read them. */
  grants: readonly ActiveGrant[];
}

export const ANONYMOUS: Actor = {
  kind: 'anonymous',
  id: null,
  label: 'anonymous',
  permissions: new Set(),
  grants: [],
};

export function systemActor(label: string): Actor {
  return { kind: 'system', id: `system:${label}`, label, permissions: new Set(), grants: [] };
}
