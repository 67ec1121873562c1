import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error';
import { SignatoryEntity } from './signatory.entity';

/** What an erased signatory's name becomes. */
export const ERASED = '[effacé]';

/**
 * The personal data the elections module holds about a signatory (the signed form), exported and erased here inside
 * the caller's transaction (privacy/ orchestrates).
 */
@Injectable()
export class ElectionsPersonalData {
  async exportSignatory(id: string, manager: EntityManager): Promise<SignatoryEntity> {
    const signatory = await manager.getRepository(SignatoryEntity).findOneBy({ id });
    if (!signatory) throw new NotFoundError('Signatory', id);
    return signatory;
  }

  /**
   * Keeps the public facts of the signature (list, scope, commune, date, the day a signed form was received) and
   * drops name, phone, e-mail, website, place and the signed form. Returns the collectivity the signature belongs
   * to, for the history entry, and the stored key of the signed form, which the caller removes from the evidence
   * files' store once the erasure has committed.
   */
  async eraseSignatory(
    id: string,
    manager: EntityManager,
  ): Promise<{ collectivityId: string; signedFormKey: string | null }> {
    const signatories = manager.getRepository(SignatoryEntity);
    const signatory = await signatories.findOne({ where: { id }, relations: { candidateList: true } });
    if (!signatory) throw new NotFoundError('Signatory', id);
    await signatories.update(
      { id: signatory.id },
      {
        firstName: ERASED,
        lastName: ERASED,
        phone: null,
        email: null,
        website: null,
        signedPlace: null,
        signedFormKey: null,
        signedFormSize: null,
        signedFormSha256: null,
      },
    );
    return { collectivityId: signatory.candidateList.collectivityId, signedFormKey: signatory.signedFormKey };
  }
}
