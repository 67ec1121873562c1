import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { saveVersioned } from '../../common/errors/versioned-save';
import { plainJson, plainRows } from '../../database/plain-rows';
import { CandidateListEntity } from './candidate-list.entity';
import { ElectionEntity } from './election.entity';
import { SignatoryEntity } from './signatory.entity';

/** National counts of signatures and signing lists, for the national statistics. */
export interface SignatureCounts {
  signatories: number;
  electedSignatories: number;
  signingLists: number;
  listsSignedAsList: number;
  electedSigningLists: number;
  signingCollectivities: number;
}

@Injectable()
export class ElectionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  listElections(): Promise<ElectionEntity[]> {
    return this.m()
      .getRepository(ElectionEntity)
      .find({ order: { firstRoundDate: 'DESC' } });
  }

  findElectionsByIds(ids: readonly string[]): Promise<ElectionEntity[]> {
    return plainRows(
      this.dataSource,
      ElectionEntity,
      'e',
      'SELECT {columns} FROM election e WHERE e.id = ANY($1::uuid[])',
      [[...ids]],
    );
  }

  findElectionByCode(code: string, manager?: EntityManager): Promise<ElectionEntity | null> {
    return this.m(manager).getRepository(ElectionEntity).findOneBy({ code });
  }

  /**
   * The national signature counts, from `signing_list_count` (one row per list with signatories, kept by triggers on
   * signatory and candidate_list in the writes' own transaction: migration SigningListCounts): a few thousand rows
   * at national size, instead of every signatory and every candidate list.
   */
  async signatureCounts(): Promise<SignatureCounts> {
    const [row]: SignatureCounts[] = await this.m().query(`
      SELECT coalesce(sum(signatories), 0)::int AS signatories,
             coalesce(sum(elected), 0)::int AS "electedSignatories",
             count(*)::int AS "signingLists",
             count(*) FILTER (WHERE as_list > 0)::int AS "listsSignedAsList",
             count(*) FILTER (WHERE majority)::int AS "electedSigningLists",
             count(DISTINCT collectivity_id)::int AS "signingCollectivities"
        FROM signing_list_count`);
    return row;
  }

  findElectionById(id: string, manager?: EntityManager): Promise<ElectionEntity | null> {
    return this.m(manager).getRepository(ElectionEntity).findOneBy({ id });
  }

  /** True when someone signed on behalf of the whole list ("ma liste s'engage"). */
  listSignedAsList(listId: string, manager?: EntityManager): Promise<boolean> {
    return this.m(manager).getRepository(SignatoryEntity).existsBy({ candidateListId: listId, scope: 'LIST' });
  }

  findList(id: string, manager?: EntityManager): Promise<CandidateListEntity | null> {
    return this.m(manager).getRepository(CandidateListEntity).findOneBy({ id });
  }

  findListsByIds(ids: readonly string[]): Promise<CandidateListEntity[]> {
    return plainRows(
      this.dataSource,
      CandidateListEntity,
      'l',
      'SELECT {columns} FROM candidate_list l WHERE l.id = ANY($1::uuid[])',
      [[...ids]],
    );
  }

  /** `findListsByIds`' lists, each with its election, in one statement. */
  async findListsWithElections(
    ids: readonly string[],
  ): Promise<{ list: CandidateListEntity; election: ElectionEntity }[]> {
    const election = plainJson<ElectionEntity>(this.dataSource, ElectionEntity, 'e');
    const rows = await plainRows<CandidateListEntity & { electionRow: Record<string, unknown> }>(
      this.dataSource,
      CandidateListEntity,
      'l',
      `SELECT {columns}, ${election.object} AS "electionRow"
         FROM candidate_list l JOIN election e ON e.id = l.election_id WHERE l.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map(({ electionRow, ...list }) => ({
      list,
      election: election.read(electionRow),
    }));
  }

  findListsByCollectivityIds(collectivityIds: readonly string[]): Promise<CandidateListEntity[]> {
    return plainRows(
      this.dataSource,
      CandidateListEntity,
      'l',
      'SELECT {columns} FROM candidate_list l WHERE l.collectivity_id = ANY($1::uuid[]) ORDER BY l.name',
      [[...collectivityIds]],
    );
  }

  findListsByElectionIds(electionIds: readonly string[]): Promise<CandidateListEntity[]> {
    return this.m()
      .getRepository(CandidateListEntity)
      .find({ where: { electionId: In([...electionIds]) }, order: { name: 'ASC' } });
  }

  findListsIn(collectivityIds: readonly string[], electionId: string, manager: EntityManager) {
    return manager
      .getRepository(CandidateListEntity)
      .find({ where: { collectivityId: In([...collectivityIds]), electionId }, order: { createdAt: 'ASC' } });
  }

  findSignatoriesByExternalIds(externalIds: readonly string[], manager: EntityManager): Promise<SignatoryEntity[]> {
    return manager.getRepository(SignatoryEntity).findBy({ externalId: In([...externalIds]) });
  }

  findListWithMajority(collectivityId: string, electionId: string, manager: EntityManager) {
    return manager.getRepository(CandidateListEntity).findOneBy({ collectivityId, electionId, outcome: 'MAJORITY' });
  }

  findSignatory(id: string, manager?: EntityManager): Promise<SignatoryEntity | null> {
    return this.m(manager).getRepository(SignatoryEntity).findOneBy({ id });
  }

  /** Locks a list, or a signatory, for an edit: concurrent edits queue, and each sees the one before. */
  lockList(id: string, manager: EntityManager): Promise<CandidateListEntity | null> {
    return manager.getRepository(CandidateListEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockSignatory(id: string, manager: EntityManager): Promise<SignatoryEntity | null> {
    return manager.getRepository(SignatoryEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findSignatoriesByListIds(listIds: readonly string[]): Promise<SignatoryEntity[]> {
    return this.m()
      .getRepository(SignatoryEntity)
      .createQueryBuilder('s')
      .where('s.candidate_list_id IN (:...listIds)', { listIds })
      .orderBy('s.position_on_list', 'ASC', 'NULLS LAST')
      .addOrderBy('s.last_name', 'ASC')
      .getMany();
  }

  /** The lists of a commune for an election, locked for the change an import makes. */
  lockListsOfCommune(collectivityId: string, electionId: string, manager: EntityManager) {
    return manager.getRepository(CandidateListEntity).find({
      where: { collectivityId, electionId },
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The signatories of these lists, in `manager`'s transaction. */
  signatoriesOfLists(listIds: readonly string[], manager: EntityManager): Promise<SignatoryEntity[]> {
    if (listIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(SignatoryEntity).find({ where: { candidateListId: In([...listIds]) } });
  }

  /** The signatories of the lists of a commune for an election, locked for the register's change. */
  lockSignatoriesOfCommune(collectivityId: string, electionId: string, manager: EntityManager) {
    return manager
      .getRepository(SignatoryEntity)
      .createQueryBuilder('s')
      .innerJoin(CandidateListEntity, 'l', 'l.id = s.candidate_list_id')
      .where('l.collectivity_id = :collectivityId AND l.election_id = :electionId', { collectivityId, electionId })
      .setLock('pessimistic_write', undefined, ['s'])
      .getMany();
  }

  /** The signatories who sit on these EPCI's community councils, by name. */
  findSignatoriesByCommunityCouncils(epciIds: readonly string[]): Promise<SignatoryEntity[]> {
    return plainRows(
      this.dataSource,
      SignatoryEntity,
      's',
      `SELECT {columns} FROM signatory s WHERE s.community_council_id = ANY($1::uuid[])
        ORDER BY s.last_name, s.first_name`,
      [[...epciIds]],
    );
  }

  saveList(entity: Partial<CandidateListEntity>, manager: EntityManager): Promise<CandidateListEntity> {
    return saveVersioned(manager, CandidateListEntity, entity);
  }

  saveSignatory(entity: Partial<SignatoryEntity>, manager: EntityManager): Promise<SignatoryEntity> {
    return saveVersioned(manager, SignatoryEntity, entity);
  }
}
