import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReviewKind, ReviewStatus } from '@pacte/pact';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { ReviewItemEntity } from './review-item.entity';

/** Which items a reader may see: everything, or the départements and régions of their territories. */
export type ReviewReach = { everywhere: true } | { everywhere: false; departements: string[]; regions: string[] };

export interface ReviewFilter {
  status: ReviewStatus | null;
  kind: ReviewKind | null;
  collectivityId: string | null;
}

@Injectable()
export class ReviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ReviewItemEntity);
  }

  /** A page of items in `reach`, oldest first (a queue), and how many match. */
  async findPage(
    reach: ReviewReach,
    filter: ReviewFilter,
    page: { first: number; offset: number },
  ): Promise<[ReviewItemEntity[], number]> {
    const query = this.repo().createQueryBuilder('item');
    if (filter.status) query.andWhere('item.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('item.kind = :kind', { kind: filter.kind });
    if (filter.collectivityId) query.andWhere('item.collectivityId = :cid', { cid: filter.collectivityId });
    if (!reach.everywhere) {
      if (reach.departements.length === 0 && reach.regions.length === 0) return [[], 0];
      query.andWhere(
        new Brackets((where) => {
          where.where('false');
          if (reach.departements.length > 0)
            where.orWhere('item.departementCode IN (:...deps)', { deps: reach.departements });
          if (reach.regions.length > 0) where.orWhere('item.regionCode IN (:...regs)', { regs: reach.regions });
        }),
      );
    }
    return query
      .orderBy('item.createdAt', 'ASC')
      .addOrderBy('item.id', 'ASC')
      .take(page.first)
      .skip(page.offset)
      .getManyAndCount();
  }

  findById(id: string): Promise<ReviewItemEntity | null> {
    return this.repo().findOneBy({ id });
  }

  lock(id: string, manager: EntityManager): Promise<ReviewItemEntity | null> {
    return this.repo(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findBySubject(kind: ReviewKind, subjectKey: string, manager?: EntityManager): Promise<ReviewItemEntity | null> {
    return this.repo(manager).findOneBy({ kind, subjectKey });
  }

  /** Whether an item of `kind` on this collectivity awaits a decision, read in the caller's transaction. */
  existsPending(kind: ReviewKind, collectivityId: string, manager: EntityManager): Promise<boolean> {
    return this.repo(manager).existsBy({ kind, collectivityId, status: 'PENDING' });
  }

  /** Items queued by one actor (a declarant reads the decisions on theirs), newest first. */
  findByCreator(createdBy: string, kind: ReviewKind | null): Promise<ReviewItemEntity[]> {
    return this.repo().find({
      where: kind ? { createdBy, kind } : { createdBy },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  save(values: Partial<ReviewItemEntity>, manager: EntityManager): Promise<ReviewItemEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(values));
  }
}
