import { Injectable } from '@nestjs/common';
import { commitmentSourcesFor, CURRENT_EDITION, type CommitmentSource } from '@pacte/pact';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { ElectionsService } from '../elections/elections.service';
import { ListEvents, type ListChangedListener } from '../elections/list-events.port';
import { UnitOfWork, Work } from '../history/unit-of-work';
import { CommitmentEntity } from './commitment.entity';
import { AlreadyCommittedError, CommitmentWithdrawnError, InvalidCommitmentSourceError } from './commitments.errors';
import { CommitmentsRepository } from './commitments.repository';
import { CreateCommitmentInput } from './dto/create-commitment.input';
import { commitmentHistorySnapshot } from './models/commitment.model';

type CandidateList = Parameters<ListChangedListener>[1];

/** What a new commitment states: its collectivity, its source and what the source needs (CreateCommitmentInput). */
export interface NewCommitment {
  collectivityId: string;
  source: CommitmentSource;
  candidateListId?: string | null;
  deliberationNumber?: string | null;
  deliberationDate?: string | null;
}

/** A commitment as this service returns it: what other modules may read (they never write it). */
export type CommitmentRecord = Readonly<CommitmentEntity>;

@Injectable()
export class CommitmentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CommitmentsRepository,
    private readonly collectivities: CollectivitiesService,
    private readonly elections: ElectionsService,
    listEvents: ListEvents,
  ) {
    // A list that wins the majority, or signs as a list after winning, commits its collectivity (if it can), in the
    // elections' unit of work; a list that loses the majority it had withdraws the commitment it made. Subscribed
    // here rather than in onModuleInit: the app seeds the demo before init().
    listEvents.onListChanged(async (unit, list) => {
      if (list.outcome === 'MAJORITY') await this.commitFromMajority(unit, list, { strict: false });
      else await this.withdrawLostMajority(unit, list);
    });
  }

  async get(id: string, manager?: EntityManager): Promise<CommitmentEntity> {
    const found = await this.repository.findById(id, manager);
    if (!found) throw new NotFoundError('Commitment', id);
    return found;
  }

  /** The commitment, to be changed: NOT_FOUND when none, COMMITMENT_WITHDRAWN when withdrawn. */
  async inForce(id: string, manager?: EntityManager): Promise<CommitmentEntity> {
    const found = await this.get(id, manager);
    if (found.withdrawnAt !== null) throw new CommitmentWithdrawnError(id);
    return found;
  }

  /** The collectivity's commitment to `edition`, read in `manager`'s transaction when given; null when none. */
  findForCollectivity(
    collectivityId: string,
    edition: string,
    manager?: EntityManager,
  ): Promise<CommitmentEntity | null> {
    return this.repository.findForCollectivity(collectivityId, edition, manager);
  }

  /** Every commitment of these collectivities (all editions), oldest first. */
  findByCollectivityIds(collectivityIds: readonly string[], manager?: EntityManager): Promise<CommitmentEntity[]> {
    return this.repository.findByCollectivityIds(collectivityIds, manager);
  }

  /** Every commitment to `edition` (rebuilding the national statistics), in `manager`'s transaction when given. */
  ofEdition(edition: string, manager?: EntityManager): Promise<CommitmentEntity[]> {
    return this.repository.findByEdition(edition, manager);
  }

  /** True once the labelled demo data set is loaded (a commitment flagged `demo` exists). */
  demoLoaded(): Promise<boolean> {
    return this.repository.anyDemo();
  }

  /** Ids of the commitments in force of `edition` that are the labelled demo's (fictional). */
  demoCommitmentIds(edition: string): Promise<string[]> {
    return this.repository.demoIds(edition);
  }

  /** Flags a commitment as part of the labelled demo data set (the demo seeder only; not a public change). */
  async markDemo(id: string): Promise<void> {
    await this.repository.markDemo(id);
  }

  create(actor: Actor, input: CreateCommitmentInput): Promise<CommitmentEntity> {
    return this.unitOfWork.run(actor, (unit) => this.createWithin(unit, input));
  }

  /**
   * Records a commitment inside the caller's unit of work (an accepted declaration); the caller has checked that
   * its actor may (the review queue's decision).
   */
  async createWithin(unit: Work, input: NewCommitment): Promise<CommitmentEntity> {
    const { manager } = unit;
    const collectivity = await this.collectivities.get(input.collectivityId, manager);
    if (!commitmentSourcesFor(collectivity.kind).includes(input.source)) {
      throw new InvalidCommitmentSourceError(
        'Only a commune is committed by a winning list: this collectivity commits by its council’s deliberation',
      );
    }
    if (input.source === 'COUNCIL_DELIBERATION') {
      if (!input.deliberationNumber || !input.deliberationDate) {
        throw new InvalidCommitmentSourceError('A council deliberation needs its number and its date');
      }
      if (input.candidateListId) {
        throw new InvalidCommitmentSourceError('A council deliberation is not tied to a candidate list');
      }
      return this.insert(unit, {
        collectivityId: collectivity.id,
        source: 'COUNCIL_DELIBERATION',
        deliberationNumber: input.deliberationNumber.trim(),
        deliberationDate: input.deliberationDate,
        committedOn: input.deliberationDate,
      });
    }
    if (!input.candidateListId) {
      throw new InvalidCommitmentSourceError('A list majority commitment needs the candidate list that won');
    }
    const list = await this.elections.findList(input.candidateListId, manager);
    if (!list || list.collectivityId !== collectivity.id) {
      throw new NotFoundError('CandidateList', input.candidateListId);
    }
    return (await this.commitFromMajority(unit, list, { strict: true }))!;
  }

  /**
   * A signing list that won the majority binds its collectivity. `strict` (an explicit request) throws when the
   * list cannot commit it; otherwise (an outcome being recorded) it returns null and changes nothing.
   */
  async commitFromMajority(
    unit: Work,
    list: CandidateList,
    options: { strict: boolean },
  ): Promise<CommitmentEntity | null> {
    const { manager } = unit;
    const refuse = (error: Error) => {
      if (options.strict) throw error;
      return null;
    };
    if (list.outcome !== 'MAJORITY') {
      return refuse(new InvalidCommitmentSourceError('Only a list that won the majority commits its collectivity'));
    }
    if (!(await this.elections.listSignedAsList(list.id, manager))) {
      return refuse(
        new InvalidCommitmentSourceError('This list did not sign the pact as a list ("ma liste s’engage")'),
      );
    }
    const existing = await this.repository.findForCollectivity(list.collectivityId, CURRENT_EDITION, manager);
    if (existing) return refuse(new AlreadyCommittedError(list.collectivityId, CURRENT_EDITION));
    return this.insert(unit, {
      collectivityId: list.collectivityId,
      source: 'LIST_MAJORITY',
      candidateListId: list.id,
      committedOn: await this.elections.decidedOn(list.electionId, manager),
    });
  }

  /**
   * The list no longer holds the majority (a later results file gave it to another list): the commitment its
   * majority made is withdrawn, with a history entry; the row stays. Nothing happens when it made none.
   */
  async withdrawLostMajority(unit: Work, list: CandidateList): Promise<CommitmentEntity | null> {
    const { manager, record } = unit;
    const commitment = await this.repository.lockByList(list.id, manager);
    if (!commitment || list.outcome === 'MAJORITY') return null;
    const reason = list.resultSource
      ? `la liste «\u00a0${list.name}\u00a0» n’a plus la majorité d’après ${list.resultSource}`
      : `la liste «\u00a0${list.name}\u00a0» n’a plus la majorité`;
    await this.repository.markWithdrawn(commitment.id, reason, manager);
    record({
      name: 'CommitmentWithdrawn',
      collectivityId: commitment.collectivityId,
      entityId: commitment.id,
      payload: { before: commitmentHistorySnapshot(commitment), after: { reason } },
    });
    return commitment;
  }

  private async insert({ manager, record }: Work, values: Partial<CommitmentEntity>): Promise<CommitmentEntity> {
    const existing = await this.repository.findForCollectivity(values.collectivityId!, CURRENT_EDITION, manager);
    if (existing) throw new AlreadyCommittedError(values.collectivityId!, CURRENT_EDITION);
    const created = await this.repository.insert({ edition: CURRENT_EDITION, demo: false, ...values }, manager);
    record({
      name: 'CommitmentCreated',
      collectivityId: created.collectivityId,
      entityId: created.id,
      payload: { before: null, after: commitmentHistorySnapshot(created) },
    });
    return created;
  }
}
