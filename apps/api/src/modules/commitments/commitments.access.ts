import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import type { Permission } from '../../common/auth/permissions';
import { allowsOn } from '../../common/auth/roles';
import { NotFoundError } from '../../common/errors/domain-error';

/**
 * Per-record authorization for everything that hangs off a commitment (progress, milestones, evidence): the global
 * guard has checked that the caller holds the permission somewhere; this checks it holds it on this collectivity.
 * A caller without it gets "not found", which does not reveal whether the record exists.
 */
@Injectable()
export class CommitmentsAccess {
  assertCanEdit(actor: Actor, collectivityId: string, permission: Permission, entity: string, id: string): void {
    if (actor.kind === 'operator' || actor.kind === 'system') return;
    if (actor.kind === 'user' && allowsOn(actor.grants, permission, collectivityId)) return;
    throw new NotFoundError(entity, id);
  }
}
