import { Injectable } from '@nestjs/common';
import { holdsCandidateLists, todayInFrance } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { assertVersion } from '../../common/errors/version-conflict';
import { EntityManager } from 'typeorm';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { UnitOfWork, type Work } from '../history/unit-of-work';
import { CandidateListEntity } from './candidate-list.entity';
import { CreateCandidateListInput, SetListOutcomeInput } from './dto/candidate-list.input';
import { AddSignatoryInput, SetSignatoryElectedInput } from './dto/signatory.input';
import { ElectionsAccess } from './elections.access';
import { ListOnlyInCommuneError, MajorityTakenError } from './elections.errors';
import { ElectionsRepository, type SignatureCounts } from './elections.repository';
import { ListEvents } from './list-events.port';
import {
  candidateListHistorySnapshot,
  signatoryHistorySnapshot,
  toCandidateListModel,
  toSignatoryModel,
} from './models/election.model';
import { SignatoryEntity } from './signatory.entity';

export type { SignatureCounts };

/** A signed form (PDF), already checked and stored in the evidence files' store (see modules/signed-forms). */
export interface SignedFormFile {
  key: string;
  size: number;
  sha256: string;
}

/** Where a signatory's signed form is, for the callers that may read it (ElectionsService.signedFormOf). */
export interface StoredSignedForm extends SignedFormFile {
  signatoryId: string;
  receivedOn: string;
}

/** The stored fields of a signing form, trimmed (the e-mail in lower case). */
function signingFormFields(input: AddSignatoryInput) {
  return {
    candidateListId: input.candidateListId,
    scope: input.scope,
    positionOnList: input.positionOnList ?? null,
    parties: input.parties.map((p) => p.trim()).filter(Boolean),
    website: input.website ?? null,
    commune: input.commune.trim(),
    postcode: input.postcode ?? null,
    lastName: input.lastName.trim(),
    firstName: input.firstName.trim(),
    phone: input.phone?.trim() || null,
    email: input.email?.trim().toLowerCase() || null,
    signedPlace: input.signedPlace?.trim() || null,
    signedOn: input.signedOn,
  };
}

/** The stored columns of a signed form, received today (in France); nothing when there is none. */
function signedFormFields(file: SignedFormFile | null) {
  if (!file) return {};
  return {
    signedFormKey: file.key,
    signedFormSize: file.size,
    signedFormSha256: file.sha256,
    signedFormReceivedOn: todayInFrance(new Date()),
  };
}

@Injectable()
export class ElectionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ElectionsRepository,
    private readonly collectivities: CollectivitiesService,
    private readonly listEvents: ListEvents,
    private readonly access: ElectionsAccess,
  ) {}

  /**
   * The list, if the actor may enter signing forms in its collectivity; NOT_FOUND otherwise, naming the list or the
   * record asked for (`asked`).
   */
  private async listForSigningForms(
    actor: Actor,
    listId: string,
    manager: EntityManager | undefined,
    asked: [entity: string, id: string] = ['CandidateList', listId],
  ): Promise<CandidateListEntity> {
    const list = await this.repository.findList(listId, manager);
    if (!list) throw new NotFoundError(...asked);
    const collectivity = await this.collectivities.get(list.collectivityId, manager);
    this.access.assertCanEnterSigningForms(actor, collectivity, ...asked);
    return list;
  }

  /** The election of `code`; inside a unit of work, pass its manager (the embedded database has one session). */
  async getElection(code: string, manager?: EntityManager) {
    const found = await this.repository.findElectionByCode(code, manager);
    if (!found) throw new NotFoundError('Election', code);
    return found;
  }

  /** How many signed, were elected, and how many lists and collectivities signed: for the national statistics. */
  signatureCounts(): Promise<SignatureCounts> {
    return this.repository.signatureCounts();
  }

  /** The list, read in `manager`'s transaction when given; null when there is none. */
  findList(id: string, manager?: EntityManager): Promise<CandidateListEntity | null> {
    return this.repository.findList(id, manager);
  }

  /** True when someone signed on behalf of the whole list ("ma liste s'engage"). */
  listSignedAsList(listId: string, manager?: EntityManager): Promise<boolean> {
    return this.repository.listSignedAsList(listId, manager);
  }

  /** The day a list's election decided the outcome: the second round, or the first when there was none. */
  async decidedOn(electionId: string, manager?: EntityManager): Promise<string> {
    const election = await this.repository.findElectionById(electionId, manager);
    if (!election) throw new NotFoundError('Election', electionId);
    return election.secondRoundDate ?? election.firstRoundDate;
  }

  /** The lists of these collectivities for one election, in `manager`'s transaction (an import's matching). */
  listsIn(collectivityIds: readonly string[], electionId: string, manager: EntityManager) {
    return collectivityIds.length === 0
      ? Promise.resolve([])
      : this.repository.findListsIn(collectivityIds, electionId, manager);
  }

  /** The signatories imported with these external ids (see `SignatoryEntity.externalId`). */
  signatoriesByExternalIds(externalIds: readonly string[], manager: EntityManager): Promise<SignatoryEntity[]> {
    return externalIds.length === 0
      ? Promise.resolve([])
      : this.repository.findSignatoriesByExternalIds(externalIds, manager);
  }

  createList(actor: Actor, input: CreateCandidateListInput): Promise<CandidateListEntity> {
    return this.unitOfWork.run(actor, async (unit) => {
      const { manager, record } = unit;
      const election = await this.repository.findElectionByCode(input.electionCode, manager);
      if (!election) throw new NotFoundError('Election', input.electionCode);
      const collectivity = await this.collectivities.get(input.collectivityId, manager);
      this.access.assertCanEnterSigningForms(actor, collectivity, 'Collectivity', input.collectivityId);
      if (!holdsCandidateLists(collectivity.kind)) throw new ListOnlyInCommuneError(collectivity.kind);
      const list = await this.repository.saveList(
        {
          electionId: election.id,
          collectivityId: collectivity.id,
          name: input.name.trim(),
          headOfList: input.headOfList?.trim() || null,
          parties: input.parties.map((p) => p.trim()).filter(Boolean),
          website: input.website ?? null,
          outcome: 'PENDING',
        },
        manager,
      );
      record({
        name: 'CandidateListCreated',
        collectivityId: collectivity.id,
        entityId: list.id,
        payload: { before: null, after: candidateListHistorySnapshot(list) },
      });
      return list;
    });
  }

  /** Records the result; a signing list that won the majority commits its collectivity in the same transaction. */
  setOutcome(actor: Actor, input: SetListOutcomeInput): Promise<CandidateListEntity> {
    return this.unitOfWork.run(actor, (unit) => this.setOutcomeWithin(unit, input));
  }

  /**
   * The same inside the caller's unit of work (an accepted declaration that a signing list won); the caller has
   * checked that its actor may. `expectedVersion` is optional: the list is locked either way.
   */
  async setOutcomeWithin(
    unit: Work,
    input: { candidateListId: string; outcome: CandidateListEntity['outcome']; expectedVersion?: number | null },
  ): Promise<CandidateListEntity> {
    const { manager, record } = unit;
    const list = await this.repository.lockList(input.candidateListId, manager);
    if (!list) throw new NotFoundError('CandidateList', input.candidateListId);
    assertVersion('CandidateList', list.id, input.expectedVersion, list.version, () => toCandidateListModel(list));
    if (input.outcome === 'MAJORITY') {
      const holder = await this.repository.findListWithMajority(list.collectivityId, list.electionId, manager);
      if (holder && holder.id !== list.id) throw new MajorityTakenError(holder.name);
    }
    const before = candidateListHistorySnapshot(list);
    list.outcome = input.outcome;
    const saved = await this.repository.saveList(list, manager);
    record({
      name: 'CandidateListUpdated',
      collectivityId: list.collectivityId,
      entityId: list.id,
      payload: { before, after: candidateListHistorySnapshot(saved) },
    });
    await this.listEvents.listChanged(unit, saved);
    return saved;
  }

  /**
   * Records a signing form, by someone who may enter signing forms in the list's collectivity (else NOT_FOUND);
   * `externalId` is the signature's identity in an imported file (none when typed in), `signedForm` its signed PDF,
   * already checked and stored (the caller removes it if this fails).
   */
  addSignatory(
    actor: Actor,
    input: AddSignatoryInput,
    externalId: string | null = null,
    signedForm: SignedFormFile | null = null,
  ): Promise<SignatoryEntity> {
    return this.unitOfWork.run(actor, async (unit) => {
      const { manager, record } = unit;
      const list = await this.listForSigningForms(actor, input.candidateListId, manager);
      const signatory = await this.repository.saveSignatory(
        {
          ...signingFormFields(input),
          ...signedFormFields(signedForm),
          externalId,
          elected: null,
        },
        manager,
      );
      record({
        name: 'SignatoryCreated',
        collectivityId: list.collectivityId,
        entityId: signatory.id,
        payload: { before: null, after: signatoryHistorySnapshot(signatory) },
      });
      // A list that had already won commits its collectivity once it signs as a list.
      if (signatory.scope === 'LIST') await this.listEvents.listChanged(unit, list);
      return signatory;
    });
  }

  /**
   * Replaces the fields of a signing form (a re-imported file that corrects a row): the same checks as adding one,
   * and a SignatoryUpdated event. `elected` and the external id are kept.
   */
  updateSigningForm(actor: Actor, signatoryId: string, input: AddSignatoryInput): Promise<SignatoryEntity> {
    return this.unitOfWork.run(actor, async (unit) => {
      const { manager, record } = unit;
      const signatory = await this.repository.lockSignatory(signatoryId, manager);
      if (!signatory) throw new NotFoundError('Signatory', signatoryId);
      await this.listForSigningForms(actor, signatory.candidateListId, manager, ['Signatory', signatoryId]);
      const list = await this.listForSigningForms(actor, input.candidateListId, manager);
      const before = signatoryHistorySnapshot(signatory);
      const saved = await this.repository.saveSignatory({ ...signatory, ...signingFormFields(input) }, manager);
      record({
        name: 'SignatoryUpdated',
        collectivityId: list.collectivityId,
        entityId: saved.id,
        payload: { before, after: signatoryHistorySnapshot(saved) },
      });
      if (saved.scope === 'LIST') await this.listEvents.listChanged(unit, list);
      return saved;
    });
  }

  /**
   * Attaches a signed form (checked and stored by the caller) to an existing signatory, replacing the one it had;
   * returns the signatory and the key of the replaced file, which the caller removes once this has committed.
   * NOT_FOUND for anyone who may not enter signing forms in the signatory's collectivity.
   */
  setSignedForm(
    actor: Actor,
    signatoryId: string,
    file: SignedFormFile,
  ): Promise<{ signatory: SignatoryEntity; replacedKey: string | null }> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const signatory = await this.repository.lockSignatory(signatoryId, manager);
      if (!signatory) throw new NotFoundError('Signatory', signatoryId);
      const list = await this.listForSigningForms(actor, signatory.candidateListId, manager, [
        'Signatory',
        signatoryId,
      ]);
      const before = signatoryHistorySnapshot(signatory);
      const replacedKey = signatory.signedFormKey;
      const saved = await this.repository.saveSignatory({ ...signatory, ...signedFormFields(file) }, manager);
      record({
        name: 'SignatoryUpdated',
        collectivityId: list.collectivityId,
        entityId: saved.id,
        payload: { before, after: signatoryHistorySnapshot(saved) },
      });
      return { signatory: saved, replacedKey };
    });
  }

  /** Resolves when the actor may enter signing forms in the signatory's collectivity; NOT_FOUND otherwise. */
  async signedFormAccess(actor: Actor, signatoryId: string): Promise<void> {
    const signatory = await this.repository.findSignatory(signatoryId);
    if (!signatory) throw new NotFoundError('Signatory', signatoryId);
    await this.listForSigningForms(actor, signatory.candidateListId, undefined, ['Signatory', signatoryId]);
  }

  /** The signatory's signed form, for someone who may enter signing forms in its collectivity; NOT_FOUND otherwise. */
  async signedFormOf(actor: Actor, signatoryId: string): Promise<StoredSignedForm> {
    const signatory = await this.repository.findSignatory(signatoryId);
    if (!signatory) throw new NotFoundError('SignedForm', signatoryId);
    await this.listForSigningForms(actor, signatory.candidateListId, undefined, ['SignedForm', signatoryId]);
    const { signedFormKey, signedFormSize, signedFormSha256, signedFormReceivedOn } = signatory;
    if (!signedFormKey || !signedFormReceivedOn) throw new NotFoundError('SignedForm', signatoryId);
    return {
      signatoryId,
      key: signedFormKey,
      size: signedFormSize ?? 0,
      sha256: signedFormSha256 ?? '',
      receivedOn: signedFormReceivedOn,
    };
  }

  setElected(actor: Actor, input: SetSignatoryElectedInput): Promise<SignatoryEntity> {
    return this.unitOfWork.run(actor, async (unit) => {
      const { manager, record } = unit;
      const signatory = await this.repository.lockSignatory(input.signatoryId, manager);
      if (!signatory) throw new NotFoundError('Signatory', input.signatoryId);
      assertVersion('Signatory', signatory.id, input.expectedVersion, signatory.version, () =>
        toSignatoryModel(signatory),
      );
      const list = await this.repository.findList(signatory.candidateListId, manager);
      const before = signatoryHistorySnapshot(signatory);
      signatory.elected = input.elected ?? null;
      const saved = await this.repository.saveSignatory(signatory, manager);
      record({
        name: 'SignatoryUpdated',
        collectivityId: list?.collectivityId ?? null,
        entityId: saved.id,
        payload: { before, after: signatoryHistorySnapshot(saved) },
      });
      return saved;
    });
  }
}
