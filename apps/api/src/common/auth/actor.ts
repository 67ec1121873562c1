import type { Permission } from './permissions';

/**
 * Who is calling. Built from the request by `ActorResolver` and put on the GraphQL context.
 * Until accounts land, the only authenticated actor is the platform operator holding ADMIN_API_TOKEN;
 * the accounts issue replaces the resolver, not the callers.
 */
export interface Actor {
  kind: 'anonymous' | 'operator' | 'user' | 'system';
  /** Stable id recorded in the history (null for anonymous). */
  id: string | null;
  /** Human-readable name recorded in the history. */
  label: string;
  permissions: ReadonlySet<Permission>;
}

export const ANONYMOUS: Actor = { kind: 'anonymous', id: null, label: 'anonymous', permissions: new Set() };

export function systemActor(label: string): Actor {
  return { kind: 'system', id: `system:${label}`, label, permissions: new Set() };
}
