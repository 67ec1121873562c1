import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { HistoryService } from '../history/history.service';
import { CandidateListEntity } from './candidate-list.entity';
import { CreateCandidateListInput, SetListOutcomeInput } from './dto/candidate-list.input';
import { AddSignatoryInput, SetSignatoryElectedInput } from './dto/signatory.input';
import { MajorityTakenError } from './elections.errors';
import { ElectionsRepository } from './elections.repository';
import { ListEvents } from './list-events.port';
import { signatoryHistorySnapshot } from './models/election.model';
import { SignatoryEntity } from './signatory.entity';

function listSnapshot(list: CandidateListEntity) {
  const { election, createdAt, updatedAt, ...rest } = list;
  void election;
  void createdAt;
  void updatedAt;
  return rest;
}

@Injectable()
export class ElectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ElectionsRepository,
    private readonly collectivities: CollectivitiesService,
    private readonly listEvents: ListEvents,
    private readonly history: HistoryService,
  ) {}

  async getElection(code: string) {
    const found = await this.repository.findElectionByCode(code);
    if (!found) throw new NotFoundError('Election', code);
    return found;
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

  createList(actor: Actor, input: CreateCandidateListInput): Promise<CandidateListEntity> {
    return this.dataSource.transaction(async (manager) => {
      const election = await this.repository.findElectionByCode(input.electionCode, manager);
      if (!election) throw new NotFoundError('Election', input.electionCode);
      const collectivity = await this.collectivities.get(input.collectivityId, manager);
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
      await this.history.record(manager, actor, {
        collectivityId: collectivity.id,
        entityType: 'CandidateList',
        entityId: list.id,
        action: 'CREATE',
        before: null,
        after: listSnapshot(list),
      });
      return list;
    });
  }

  /** Records the result; a signing list that won the majority commits its collectivity in the same transaction. */
  setOutcome(actor: Actor, input: SetListOutcomeInput): Promise<CandidateListEntity> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.repository.findList(input.candidateListId, manager);
      if (!list) throw new NotFoundError('CandidateList', input.candidateListId);
      if (input.outcome === 'MAJORITY') {
        const holder = await this.repository.findListWithMajority(list.collectivityId, list.electionId, manager);
        if (holder && holder.id !== list.id) throw new MajorityTakenError(holder.name);
      }
      const before = listSnapshot(list);
      list.outcome = input.outcome;
      const saved = await this.repository.saveList(list, manager);
      await this.history.record(manager, actor, {
        collectivityId: list.collectivityId,
        entityType: 'CandidateList',
        entityId: list.id,
        action: 'UPDATE',
        before,
        after: listSnapshot(saved),
      });
      await this.listEvents.listChanged(manager, actor, saved);
      return saved;
    });
  }

  addSignatory(actor: Actor, input: AddSignatoryInput): Promise<SignatoryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.repository.findList(input.candidateListId, manager);
      if (!list) throw new NotFoundError('CandidateList', input.candidateListId);
      const signatory = await this.repository.saveSignatory(
        {
          candidateListId: list.id,
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
          elected: null,
        },
        manager,
      );
      await this.history.record(manager, actor, {
        collectivityId: list.collectivityId,
        entityType: 'Signatory',
        entityId: signatory.id,
        action: 'CREATE',
        before: null,
        after: signatoryHistorySnapshot(signatory),
      });
      // A list that had already won commits its collectivity once it signs as a list.
      if (signatory.scope === 'LIST') await this.listEvents.listChanged(manager, actor, list);
      return signatory;
    });
  }

  setElected(actor: Actor, input: SetSignatoryElectedInput): Promise<SignatoryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const signatory = await this.repository.findSignatory(input.signatoryId, manager);
      if (!signatory) throw new NotFoundError('Signatory', input.signatoryId);
      const list = await this.repository.findList(signatory.candidateListId, manager);
      const before = signatoryHistorySnapshot(signatory);
      signatory.elected = input.elected ?? null;
      const saved = await this.repository.saveSignatory(signatory, manager);
      await this.history.record(manager, actor, {
        collectivityId: list?.collectivityId ?? null,
        entityType: 'Signatory',
        entityId: saved.id,
        action: 'UPDATE',
        before,
        after: signatoryHistorySnapshot(saved),
      });
      return saved;
    });
  }
}
