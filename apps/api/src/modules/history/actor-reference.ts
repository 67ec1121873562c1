import type { Actor } from '../../common/auth/actor';
import { ROLES, type Role } from '../../common/auth/roles';

/** What the history says of a signed-in user: their id only, never their name (see actorReference). */
export const USER_ACTOR_LABEL = 'user';

/** The role a signed-in author acted in, most responsible first, as the label records it: `user:IT_MANAGER`. */
const ROLES_BY_PRECEDENCE: readonly Role[] = [
  'ELECTED_OFFICIAL',
  'IT_MANAGER',
  'CONTRIBUTOR',
  'AUDITOR',
  'CAMPAIGN_MODERATOR',
  'ADMIN',
];

/**
 * Who made a change, as the history records it. The history can never be rewritten, so it holds no plain personal
 * data: a signed-in user is recorded by their opaque id alone (erasing the account leaves an id that points to no
 * one) and the role they acted in — an office, not a name: `user:IT_MANAGER` when they hold that role on the
 * collectivity changed (`user:AUDITOR`, `user:CAMPAIGN_MODERATOR`, `user:ADMIN` for those platform-wide roles, plain `user` without any);
 * the operator and system jobs by their id and label, which name no person.
 */
export function actorReference(
  actor: Actor,
  collectivityId: string | null = null,
): { actorId: string | null; actorLabel: string } {
  if (actor.kind === 'user') {
    if (!actor.id || actor.id.includes('@')) {
      throw new Error('a user is recorded in the history by an opaque id, never by an e-mail address');
    }
    const held = new Set(
      actor.grants
        .filter(
          (g) =>
            g.role === 'AUDITOR' ||
            g.role === 'CAMPAIGN_MODERATOR' ||
            g.role === 'ADMIN' ||
            (collectivityId && g.collectivityId === collectivityId),
        )
        .map((g) => g.role),
    );
    const role = ROLES_BY_PRECEDENCE.find((r) => held.has(r));
    return { actorId: actor.id, actorLabel: role ? `${USER_ACTOR_LABEL}:${role}` : USER_ACTOR_LABEL };
  }
  return { actorId: actor.id, actorLabel: actor.label };
}

/** The role recorded in a user's label (`user:IT_MANAGER` → IT_MANAGER), or null for any other author. */
export function actorRoleOf(actorLabel: string): Role | null {
  const [kind, role] = actorLabel.split(':');
  return kind === USER_ACTOR_LABEL && role && (ROLES as readonly string[]).includes(role) ? (role as Role) : null;
}
