import { Injectable } from '@nestjs/common';
import type { ResultOutcome, UncertainListMatchPayload } from '@pacte/pact';
import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error';
import type { Work } from '../history/unit-of-work';
import type { AcceptedItem } from '../review/review-handlers.port';
import { ReviewHandlers } from '../review/review-handlers.port';
import { ReviewQueueService } from '../review/review.service';
import { CandidateListEntity } from './candidate-list.entity';
import type { SignatoryEntity } from './signatory.entity';
import { ListAlreadyMatchedError, MajorityTakenError } from './elections.errors';
import { ElectionsRepository } from './elections.repository';
import { ListEvents } from './list-events.port';
import { matchList, sameName } from './ministry/list-matching';
import { candidateListHistorySnapshot, signatoryHistorySnapshot } from './models/election.model';
import type { ElectionEntity } from './election.entity';

/** One list of a Ministry file (candidatures or results), placed in its commune. */
export interface MinistryList {
  electionCode: string;
  collectivityId: string;
  panel: number | null;
  listName: string;
  headLastName: string;
  headFirstName: string;
  nuance: string | null;
  /** The file and line it comes from. */
  source: { file: string; line: number };
  /** A results file's figures; absent for the candidatures. */
  result?: {
    round: 1 | 2;
    votes: number | null;
    seats: number | null;
    communitySeats: number | null;
    /** Null when the round decided nothing in the commune (a first round without a majority). */
    outcome: ResultOutcome | null;
  };
}

/** What applying a list did: a list created or updated, nothing to change, or a review item queued. */
export type MinistryListChange = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'QUEUED';

/** One official of the register (RNE), placed in its commune (and EPCI for a community councillor). */
export interface RegisterEntry {
  electionCode: string;
  collectivityId: string;
  lastName: string;
  firstName: string;
  epciId: string | null;
}

const fullName = (list: Pick<MinistryList, 'headFirstName' | 'headLastName'>) =>
  `${list.headFirstName} ${list.headLastName}`.trim();

/**
 * The Ministry's lists, results and register, written into the elections' records: a list of the file is the list of
 * its commune with the same panel number, or the signing list it matches for certain (head of list and name), or a
 * new list; a match that is not certain goes to the review queue, and accepting it (`UNCERTAIN_LIST_MATCH`, handled
 * here) applies the file's list to the list the moderator chose. An outcome that changes is published to the list's
 * listeners (commitments: a signing list that wins commits its commune, one that loses the majority withdraws it).
 * Every method runs in the caller's unit of work (an import's single transaction).
 */
@Injectable()
export class MinistryListsService {
  constructor(
    private readonly repository: ElectionsRepository,
    private readonly listEvents: ListEvents,
    private readonly review: ReviewQueueService,
    handlers: ReviewHandlers,
  ) {
    handlers.onAccept('UNCERTAIN_LIST_MATCH', (unit, item) => this.acceptMatch(unit, item));
  }

  async election(code: string, manager: EntityManager): Promise<ElectionEntity> {
    const found = await this.repository.findElectionByCode(code, manager);
    if (!found) throw new NotFoundError('Election', code);
    return found;
  }

  /**
   * Applies the lists of one commune, those that lose the majority first (so that the new majority never meets the
   * old one); the changes come back in the order of `lists`.
   */
  async applyCommune(unit: Work, lists: readonly MinistryList[]): Promise<MinistryListChange[]> {
    const order = lists.map((_, i) => i).sort((a, b) => rank(lists[a]) - rank(lists[b]));
    const changes: MinistryListChange[] = [];
    for (const i of order) changes[i] = await this.applyList(unit, lists[i]);
    return changes;
  }

  async applyList(unit: Work, facts: MinistryList): Promise<MinistryListChange> {
    const { manager } = unit;
    const election = await this.election(facts.electionCode, manager);
    const lists = await this.repository.lockListsOfCommune(facts.collectivityId, election.id, manager);
    const byPanel = facts.panel === null ? undefined : lists.find((l) => l.panel === facts.panel);
    if (byPanel) return this.update(unit, byPanel, facts);
    const open = lists.filter((l) => l.panel === null);
    const signatories = await this.repository.signatoriesOfLists(
      open.map((l) => l.id),
      manager,
    );
    const candidates = open.map((l) => ({
      id: l.id,
      name: l.name,
      heads: [
        l.headOfList ?? '',
        ...signatories
          .filter((s) => s.candidateListId === l.id && (s.scope === 'LIST' || s.positionOnList === 1))
          .map((s) => `${s.firstName} ${s.lastName}`),
      ].filter(Boolean),
    }));
    const match = matchList(facts, candidates);
    if (match.kind === 'CERTAIN')
      return this.update(
        unit,
        open.find((l) => l.id === match.id)!,
        facts,
      );
    if (match.kind === 'UNCERTAIN') {
      const payload: UncertainListMatchPayload = {
        electionCode: facts.electionCode,
        round: facts.result?.round ?? null,
        source: facts.source,
        result: {
          panel: facts.panel,
          listName: facts.listName,
          headOfList: fullName(facts),
          nuance: facts.nuance,
          votes: facts.result?.votes ?? null,
          seats: facts.result?.seats ?? null,
          communitySeats: facts.result?.communitySeats ?? null,
          outcome: facts.result?.outcome ?? null,
        },
        candidates: match.candidates.slice(0, 20).map(({ id, score }) => {
          const list = open.find((l) => l.id === id)!;
          return { candidateListId: id, name: list.name, headOfList: list.headOfList, score };
        }),
      };
      const subject = `${facts.electionCode}:${facts.collectivityId}:${facts.panel ?? facts.listName}:${facts.result?.round ?? 'candidatures'}`;
      const { created } = await this.review.enqueue(unit, {
        kind: 'UNCERTAIN_LIST_MATCH',
        collectivityId: facts.collectivityId,
        payload,
        subjectKey: subject,
      });
      return created ? 'QUEUED' : 'UNCHANGED';
    }
    const list = await this.create(unit, election, facts);
    await this.update(unit, list, facts);
    return 'CREATED';
  }

  /** Confirms, from the register, that signatories of the commune were elected, and which EPCI council they sit on. */
  async recordElected(unit: Work, entry: RegisterEntry): Promise<'UPDATED' | 'UNCHANGED' | 'NO_SIGNATORY'> {
    const signatories = (await this.signatoriesOf(unit, entry)).filter((s) =>
      sameName(`${s.firstName} ${s.lastName}`, `${entry.firstName} ${entry.lastName}`),
    );
    if (signatories.length === 0) return 'NO_SIGNATORY';
    return this.setOutcomes(unit, entry.collectivityId, signatories, (signatory) => {
      const council = entry.epciId ?? signatory.communityCouncilId;
      if (signatory.elected === true && signatory.communityCouncilId === council) return false;
      signatory.elected = true;
      signatory.communityCouncilId = council;
      return true;
    });
  }

  /**
   * The register of a commune's municipal council is the whole council: a signatory of the commune (a candidate on one
   * of its lists) whom it does not name was not elected. Only an outcome still unknown is set so: the register
   * confirms an election (`recordElected`) but never takes one back (a councillor who resigned since leaves it).
   */
  async recordNotElected(
    unit: Work,
    council: { electionCode: string; collectivityId: string; names: readonly string[] },
  ): Promise<'UPDATED' | 'UNCHANGED'> {
    const signatories = await this.signatoriesOf(unit, council);
    return this.setOutcomes(unit, council.collectivityId, signatories, (signatory) => {
      if (signatory.elected !== null) return false;
      if (council.names.some((name) => sameName(`${signatory.firstName} ${signatory.lastName}`, name))) return false;
      signatory.elected = false;
      return true;
    });
  }

  /** The signatories of a commune's lists for the election, locked until the unit ends. */
  private async signatoriesOf(unit: Work, commune: { electionCode: string; collectivityId: string }) {
    const election = await this.election(commune.electionCode, unit.manager);
    return this.repository.lockSignatoriesOfCommune(commune.collectivityId, election.id, unit.manager);
  }

  /** Saves, with its history entry, each signatory that `change` changed (it returns whether it did). */
  private async setOutcomes(
    { manager, record }: Work,
    collectivityId: string,
    signatories: SignatoryEntity[],
    change: (signatory: SignatoryEntity) => boolean,
  ): Promise<'UPDATED' | 'UNCHANGED'> {
    let changed = false;
    for (const signatory of signatories) {
      const before = signatoryHistorySnapshot(signatory);
      if (!change(signatory)) continue;
      const saved = await this.repository.saveSignatory(signatory, manager);
      record({
        name: 'SignatoryUpdated',
        collectivityId,
        entityId: saved.id,
        payload: { before, after: signatoryHistorySnapshot(saved) },
      });
      changed = true;
    }
    return changed ? 'UPDATED' : 'UNCHANGED';
  }

  /** Accepting an uncertain match: the file's list is the chosen list of the commune, or (no choice) a list of its own. */
  private async acceptMatch(unit: Work, item: AcceptedItem<'UNCERTAIN_LIST_MATCH'>): Promise<void> {
    const { manager } = unit;
    const { payload } = item;
    const election = await this.election(payload.electionCode, manager);
    const facts: MinistryList = {
      electionCode: payload.electionCode,
      collectivityId: item.collectivityId,
      panel: payload.result.panel,
      listName: payload.result.listName,
      headLastName: payload.result.headOfList,
      headFirstName: '',
      nuance: payload.result.nuance ?? null,
      source: payload.source,
      result: payload.round
        ? {
            round: payload.round,
            votes: payload.result.votes,
            seats: payload.result.seats,
            communitySeats: payload.result.communitySeats,
            outcome: payload.result.outcome,
          }
        : undefined,
    };
    if (!item.choice) {
      await this.update(unit, await this.create(unit, election, facts), facts);
      return;
    }
    const list = await this.repository.lockList(item.choice, manager);
    if (!list || list.collectivityId !== item.collectivityId || list.electionId !== election.id) {
      throw new NotFoundError('CandidateList', item.choice);
    }
    if (list.panel !== null && list.panel !== facts.panel) throw new ListAlreadyMatchedError(list.name, list.panel);
    await this.update(unit, list, facts);
  }

  private async create(unit: Work, election: ElectionEntity, facts: MinistryList): Promise<CandidateListEntity> {
    const { manager, record } = unit;
    const list = await this.repository.saveList(
      {
        electionId: election.id,
        collectivityId: facts.collectivityId,
        name: facts.listName,
        headOfList: fullName(facts) || null,
        parties: [],
        website: null,
        outcome: 'PENDING',
      },
      manager,
    );
    record({
      name: 'CandidateListCreated',
      collectivityId: list.collectivityId,
      entityId: list.id,
      payload: { before: null, after: candidateListHistorySnapshot(list) },
    });
    return list;
  }

  /** Writes the file's facts on the list when they change something; a changed outcome is published. */
  private async update(unit: Work, list: CandidateListEntity, facts: MinistryList): Promise<MinistryListChange> {
    const { manager, record } = unit;
    const next: Partial<CandidateListEntity> = {
      panel: facts.panel ?? list.panel,
      nuance: facts.nuance ?? list.nuance,
      headOfList: list.headOfList ?? (fullName(facts) || null),
    };
    const result = facts.result;
    // A first round's file never overwrites the second round's figures.
    const resultApplies = result !== undefined && !(list.resultRound === 2 && result.round === 1);
    if (result && resultApplies) {
      Object.assign(next, {
        resultRound: result.round,
        votes: result.votes,
        seats: result.seats,
        communitySeats: result.communitySeats,
        outcome: result.outcome ?? list.outcome,
      });
    }
    const keys = Object.keys(next) as (keyof CandidateListEntity)[];
    if (keys.every((k) => next[k] === list[k])) return 'UNCHANGED';
    if (next.outcome === 'MAJORITY' && list.outcome !== 'MAJORITY') {
      const holder = await this.repository.findListWithMajority(list.collectivityId, list.electionId, manager);
      if (holder && holder.id !== list.id) throw new MajorityTakenError(holder.name);
    }
    const before = candidateListHistorySnapshot(list);
    const outcomeChanged = next.outcome !== undefined && next.outcome !== list.outcome;
    Object.assign(list, next, resultApplies ? { resultSource: facts.source.file } : {});
    const saved = await this.repository.saveList(list, manager);
    record({
      name: 'CandidateListUpdated',
      collectivityId: saved.collectivityId,
      entityId: saved.id,
      payload: { before, after: candidateListHistorySnapshot(saved) },
    });
    if (outcomeChanged) await this.listEvents.listChanged(unit, saved);
    return 'UPDATED';
  }
}

/** Lists that end without the majority are applied before the one that wins it. */
function rank(list: MinistryList): number {
  return list.result?.outcome === 'MAJORITY' ? 1 : 0;
}
