import {
  abilitiesOn as abilitiesFromRoles,
  COLLECTIVITY_ROLES,
  deskAbilities as deskAbilitiesFromRoles,
  type Abilities,
  type CollectivityRole,
  type DeskAbilities,
} from '@pacte/pact';
import type { Me } from '../hooks/useSession';

export type { Abilities, CollectivityRole };
export const REQUESTABLE_ROLES: readonly CollectivityRole[] = COLLECTIVITY_ROLES;

/** What the signed-in user may do on one collectivity: nothing (signed out, or no active role there). */
export const NO_ABILITIES: Abilities = abilitiesFromRoles([], '');

/** What the campaign desk (/campagne) offers `me`: the rulebook's `deskAbilities`. The API checks each query again. */
export function deskAbilities(me: Me | null | undefined): DeskAbilities {
  const active = (me?.roles ?? []).filter((g) => g.status === 'ACTIVE');
  return deskAbilitiesFromRoles(active.map((g) => ({ role: g.role, collectivityId: g.collectivity?.id ?? null })));
}

/** Does the campaign desk open for `me` (administrators and the campaign's moderators)? */
export function mayUseDesk(me: Me | null | undefined): boolean {
  return deskAbilities(me).open;
}

/**
 * What `me` may do on the collectivity, from their ACTIVE grants and the rulebook's role → permissions table (the
 * API's, libs/pact/src/rules/permissions.ts). The API checks again (an auditor's territory…) and answers NOT_FOUND.
 */
export function abilitiesOn(me: Me | null | undefined, collectivityId: string): Abilities {
  const active = (me?.roles ?? []).filter((g) => g.status === 'ACTIVE');
  return abilitiesFromRoles(
    active.map((g) => ({ role: g.role, collectivityId: g.collectivity?.id ?? null })),
    collectivityId,
  );
}

/** The grants of `me` on the collectivity that are active or waiting for a decision. */
export function grantsOn(me: Me, collectivityId: string) {
  return me.roles.filter(
    (g) => g.collectivity?.id === collectivityId && (g.status === 'ACTIVE' || g.status === 'REQUESTED'),
  );
}
