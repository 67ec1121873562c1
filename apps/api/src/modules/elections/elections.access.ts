import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { allowsOn } from '../../common/auth/roles';
import { NotFoundError } from '../../common/errors/domain-error';

/** A collectivity as far as the signing forms' territory is concerned. */
export interface SigningFormPlace {
  id: string;
  departementCode: string | null;
  regionCode: string | null;
}

/**
 * Per-record authorization of the signing forms (a candidate list created for one, a signatory, its signed PDF):
 * `signingForm.enter` on this collectivity, that is ADMIN anywhere and a campaign moderator whose territory covers
 * it. Anyone else gets "not found", which does not reveal whether the record exists. The platform operator and the
 * system's jobs may.
 */
@Injectable()
export class ElectionsAccess {
  mayEnterSigningForms(actor: Actor, place: SigningFormPlace): boolean {
    if (actor.kind === 'operator' || actor.kind === 'system') return true;
    return actor.kind === 'user' && allowsOn(actor.grants, 'signingForm.enter', place.id, place);
  }

  assertCanEnterSigningForms(actor: Actor, place: SigningFormPlace, entity: string, id: string): void {
    if (!this.mayEnterSigningForms(actor, place)) throw new NotFoundError(entity, id);
  }
}
