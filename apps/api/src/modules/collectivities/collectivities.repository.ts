import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CollectivityEntity, CollectivityKind } from './collectivity.entity';

export interface CollectivitySearch {
  /** Folded name fragment, or null. */
  folded: string | null;
  /** An exact code (INSEE, SIREN, département…), or null. */
  code: string | null;
  /** A postcode, or null. */
  postcode: string | null;
  kinds: CollectivityKind[] | null;
  limit: number;
  offset: number;
}

/** Where a collectivity lies and how many live there. */
export type CollectivityPlace = Pick<CollectivityEntity, 'id' | 'population' | 'regionCode' | 'departementCode'>;

@Injectable()
export class CollectivitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CollectivityEntity);
  }

  findByIds(ids: readonly string[]): Promise<CollectivityEntity[]> {
    return this.repo().findBy({ id: In([...ids]) });
  }

  findByIdsByName(ids: readonly string[]): Promise<CollectivityEntity[]> {
    return this.repo().find({ where: { id: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  findById(id: string, manager?: EntityManager): Promise<CollectivityEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByCode(code: string, kind?: CollectivityKind): Promise<CollectivityEntity[]> {
    return this.repo().find({ where: kind ? { code, kind } : { code }, order: { kind: 'ASC' } });
  }

  /** Départements and régions by code, for the `departement` / `region` fields. */
  findAreas(kind: 'DEPARTEMENT' | 'REGION', codes: readonly string[]): Promise<CollectivityEntity[]> {
    return this.repo().findBy({ kind, code: In([...codes]) });
  }

  /** Population and areas of these collectivities, by id (one array parameter, whatever the number of ids). */
  places(ids: readonly string[]): Promise<CollectivityPlace[]> {
    return this.repo()
      .createQueryBuilder('c')
      .select(['c.id', 'c.population', 'c.regionCode', 'c.departementCode'])
      .where('c.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  /** Every département or région: code and name. */
  areaNames(kind: 'DEPARTEMENT' | 'REGION'): Promise<{ code: string; name: string }[]> {
    return this.repo().find({ select: { code: true, name: true }, where: { kind } });
  }

  areaExists(kind: 'DEPARTEMENT' | 'REGION', code: string, manager?: EntityManager): Promise<boolean> {
    return this.repo(manager).existsBy({ kind, code });
  }

  findMembersOf(epciIds: readonly string[]): Promise<CollectivityEntity[]> {
    return this.repo().find({ where: { epciId: In([...epciIds]) }, order: { name: 'ASC' } });
  }

  async search(query: CollectivitySearch): Promise<{ rows: CollectivityEntity[]; total: number }> {
    const qb = this.repo().createQueryBuilder('c');
    const ors: string[] = [];
    if (query.code) ors.push('c.code = :code OR c.siren = :code');
    if (query.postcode) ors.push(':postcode = ANY(c.postcodes)');
    if (query.folded) ors.push("c.search_name LIKE :contains ESCAPE '\\'");
    // Nothing searchable in the query (e.g. "-" or "1234"): nothing matches.
    if (ors.length === 0) return { rows: [], total: 0 };
    qb.where(`(${ors.join(' OR ')})`, {
      code: query.code,
      postcode: query.postcode,
      contains: query.folded ? `%${escapeLike(query.folded)}%` : null,
    });
    if (query.kinds?.length) qb.andWhere('c.kind IN (:...kinds)', { kinds: query.kinds });
    const total = await qb.getCount();
    // Exact matches first, then names starting with the query, then the most populated.
    qb.addSelect(
      `CASE WHEN c.code = :code OR c.search_name = :exact THEN 0 WHEN c.search_name LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END`,
      'rank',
    )
      .setParameters({
        exact: query.folded ?? '',
        prefix: query.folded ? `${escapeLike(query.folded)}%` : '',
      })
      .orderBy('rank', 'ASC')
      .addOrderBy('c.population', 'DESC', 'NULLS LAST')
      .addOrderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit);
    const rows = await qb.getMany();
    return { rows, total };
  }

  insert(entity: Partial<CollectivityEntity>, manager: EntityManager): Promise<CollectivityEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(entity));
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
