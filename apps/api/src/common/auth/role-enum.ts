import { registerEnumType } from '@nestjs/graphql';
import { ROLES } from './roles';

/**
 * The GraphQL enum `Role`, registered once here because several modules expose a role (accounts' grants, the
 * history's `actorRole`, assessments' replies) and none of them should depend on another for it.
 */
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in (typeof ROLES)[number]]: K };
registerEnumType(RoleEnum, { name: 'Role' });
