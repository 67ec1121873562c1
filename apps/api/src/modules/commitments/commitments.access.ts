import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';

/**
 * Per-record authorization for everything that hangs off a commitment (progress, milestones, evidence).
 * Today only the platform operator holds write permissions, and may edit every collectivity. The accounts issue
 * adds per-collectivity roles here: a caller without a role on the collectivity gets "not found", which does not
 * reveal whether the record exists.
 */
@Injectable()
export class CommitmentsAccess {
  assertCanEdit(actor: Actor, collectivityId: string, entity: string, id: string): void {
    if (actor.kind === 'operator' || actor.kind === 'system') return;
    void collectivityId;
    throw new NotFoundError(entity, id);
  }
}
