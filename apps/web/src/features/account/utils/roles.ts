import type { Me } from '../hooks/useSession';

export type CollectivityRole = 'ELECTED_OFFICIAL' | 'IT_MANAGER' | 'CONTRIBUTOR';
export const REQUESTABLE_ROLES: readonly CollectivityRole[] = ['ELECTED_OFFICIAL', 'IT_MANAGER', 'CONTRIBUTOR'];

/** What the signed-in user may do on one collectivity, from their ACTIVE grants (docs/permissions.md). */
export interface Abilities {
  updateProgress: boolean;
  manageMilestones: boolean;
  manageEvidence: boolean;
  assess: boolean;
}

export const NO_ABILITIES: Abilities = {
  updateProgress: false,
  manageMilestones: false,
  manageEvidence: false,
  assess: false,
};

/** Does `me` hold an active ADMIN grant (platform-wide: every collectivity, as in the API's ROLE_PERMISSIONS)? */
export function isAdmin(me: Me | null | undefined): boolean {
  return !!me?.roles.some((g) => g.status === 'ACTIVE' && g.role === 'ADMIN');
}

/**
 * The active roles of `me` on the collectivity, mirroring the API's ROLE_PERMISSIONS (an auditor's scope is checked
 * by the API, which answers NOT_FOUND).
 */
export function abilitiesOn(me: Me | null | undefined, collectivityId: string): Abilities {
  if (!me) return NO_ABILITIES;
  const active = me.roles.filter((g) => g.status === 'ACTIVE');
  const here = new Set(active.filter((g) => g.collectivity?.id === collectivityId).map((g) => g.role));
  const manager = isAdmin(me) || here.has('ELECTED_OFFICIAL') || here.has('IT_MANAGER');
  const member = manager || here.has('CONTRIBUTOR');
  return {
    updateProgress: manager,
    manageMilestones: member,
    manageEvidence: member,
    assess: active.some((g) => g.role === 'AUDITOR'),
  };
}

/** The grants of `me` on the collectivity that are active or waiting for a decision. */
export function grantsOn(me: Me, collectivityId: string) {
  return me.roles.filter(
    (g) => g.collectivity?.id === collectivityId && (g.status === 'ACTIVE' || g.status === 'REQUESTED'),
  );
}
