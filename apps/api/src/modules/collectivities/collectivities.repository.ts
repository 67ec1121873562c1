import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { plainRows } from '../../database/plain-rows';
import { CollectivityEntity, CollectivityKind, EPCI_KINDS } from './collectivity.entity';
import type { SearchMatch } from './models/collectivity.model';

export interface CollectivitySearch {
  /** Folded name fragment, or null. */
  folded: string | null;
  /** An exact code (INSEE, SIREN, département…), or null. */
  code: string | null;
  /** A postcode, or null. */
  postcode: string | null;
  kinds: CollectivityKind[] | null;
  /** Only collectivities committed to this edition of the pact, or null for all. */
  committedEdition: string | null;
  limit: number;
  offset: number;
}

/** Where a collectivity lies and how many live there. */
export type CollectivityPlace = Pick<
  CollectivityEntity,
  'id' | 'kind' | 'population' | 'regionCode' | 'departementCode'
>;

/**
 * A collectivity by its code, of one kind when given: two statements rather than `$2 IS NULL OR c.kind = $2`, whose
 * plan PostgreSQL cannot make once for every call (a prepared statement's generic plan scanned the whole (kind, code)
 * index: 22 ms on the national referential instead of 0.1).
 */
const BY_CODE = (kind: CollectivityKind | undefined): string => (kind ? 'c.kind = $2 AND c.code = $1' : 'c.code = $1');

@Injectable()
export class CollectivitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CollectivityEntity);
  }

  findByIds(ids: readonly string[]): Promise<CollectivityEntity[]> {
    return plainRows(
      this.dataSource,
      CollectivityEntity,
      'c',
      'SELECT {columns} FROM collectivity c WHERE c.id = ANY($1::uuid[])',
      [[...ids]],
    );
  }

  findByIdsByName(ids: readonly string[]): Promise<CollectivityEntity[]> {
    return this.repo().find({ where: { id: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  findById(id: string, manager?: EntityManager): Promise<CollectivityEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByCode(code: string, kind?: CollectivityKind): Promise<CollectivityEntity[]> {
    return plainRows(
      this.dataSource,
      CollectivityEntity,
      'c',
      `SELECT {columns} FROM collectivity c WHERE ${BY_CODE(kind)} ORDER BY c.kind`,
      kind ? [code, kind] : [code],
    );
  }

  /**
   * `findByCode`'s rows (`found`), and in the same statement the places a page shows with the collectivity when there
   * is exactly one: its département, its région and its EPCI (`places`, in no order).
   */
  async findByCodeWithPlaces(
    code: string,
    kind?: CollectivityKind,
  ): Promise<{ found: CollectivityEntity[]; places: CollectivityEntity[] }> {
    const rows = await plainRows<CollectivityEntity & { found: boolean }>(
      this.dataSource,
      CollectivityEntity,
      'c',
      `WITH t AS (SELECT c.id, c.departement_code, c.region_code, c.epci_id FROM collectivity c
                   WHERE ${BY_CODE(kind)}),
            one AS (SELECT t.* FROM t WHERE (SELECT count(*) FROM t) = 1)
       SELECT {columns}, true AS "found" FROM collectivity c JOIN t ON c.id = t.id
       UNION ALL
       SELECT {columns}, false FROM collectivity c JOIN one ON c.kind = 'DEPARTEMENT' AND c.code = one.departement_code
       UNION ALL
       SELECT {columns}, false FROM collectivity c JOIN one ON c.kind = 'REGION' AND c.code = one.region_code
       UNION ALL
       SELECT {columns}, false FROM collectivity c JOIN one ON c.id = one.epci_id
       ORDER BY "found" DESC, "kind"`,
      kind ? [code, kind] : [code],
    );
    const found: CollectivityEntity[] = [];
    const places: CollectivityEntity[] = [];
    for (const { found: isFound, ...row } of rows) (isFound ? found : places).push(row);
    return { found, places };
  }

  /** The collectivities of these kinds with these official codes (INSEE for communes, SIREN for EPCI). */
  findByCodes(codes: readonly string[], kinds: readonly CollectivityKind[], manager?: EntityManager) {
    return this.repo(manager).findBy({ code: In([...codes]), kind: In([...kinds]) });
  }

  /** Communes whose official code, or folded name (`search_name`), is one of these: the imports' matching. */
  findCommunesByCodesOrNames(
    codes: readonly string[],
    foldedNames: readonly string[],
    manager?: EntityManager,
  ): Promise<CollectivityEntity[]> {
    return this.repo(manager)
      .createQueryBuilder('c')
      .where("c.kind = 'COMMUNE'")
      .andWhere('(c.code = ANY(:codes) OR c.search_name = ANY(:names))', {
        codes: [...codes],
        names: [...foldedNames],
      })
      .getMany();
  }

  /** Collectivities by (code, kind) pairs, e.g. the rows of an open-data file. */
  findByCodesAndKinds(
    keys: readonly { code: string; kind: string }[],
    manager?: EntityManager,
  ): Promise<CollectivityEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.repo(manager)
      .createQueryBuilder('c')
      .where('(c.code, c.kind) IN (SELECT * FROM unnest(:codes::text[], :kinds::text[]))', {
        codes: keys.map((k) => k.code),
        kinds: keys.map((k) => k.kind),
      })
      .getMany();
  }

  /** Départements and régions by kind and code, for the `departement` / `region` fields (one statement). */
  findAreas(keys: readonly { kind: 'DEPARTEMENT' | 'REGION'; code: string }[]): Promise<CollectivityEntity[]> {
    return plainRows(
      this.dataSource,
      CollectivityEntity,
      'c',
      `SELECT {columns} FROM collectivity c
        WHERE (c.kind, c.code) IN (SELECT k.kind, k.code FROM unnest($1::text[], $2::text[]) AS k (kind, code))`,
      [keys.map((k) => k.kind), keys.map((k) => k.code)],
    );
  }

  /** Population and areas of these collectivities, by id (one array parameter, whatever the number of ids). */
  places(ids: readonly string[]): Promise<CollectivityPlace[]> {
    return this.repo()
      .createQueryBuilder('c')
      .select(['c.id', 'c.kind', 'c.population', 'c.regionCode', 'c.departementCode'])
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

  async search(
    query: CollectivitySearch,
  ): Promise<{ rows: CollectivityEntity[]; matches: Map<string, SearchMatch>; total: number }> {
    const qb = this.repo().createQueryBuilder('c');
    const ors: string[] = [];
    if (query.code) ors.push('c.code = :code OR c.siren = :code');
    if (query.postcode) ors.push(':postcode = ANY(c.postcodes)');
    if (query.folded) ors.push("c.search_name LIKE :contains ESCAPE '\\'");
    // Nothing searchable in the query (e.g. "-" or "1234"): nothing matches.
    if (ors.length === 0) return { rows: [], matches: new Map(), total: 0 };
    qb.where(`(${ors.join(' OR ')})`, {
      code: query.code,
      postcode: query.postcode,
      contains: query.folded ? `%${escapeLike(query.folded)}%` : null,
    });
    if (query.kinds?.length) qb.andWhere('c.kind IN (:...kinds)', { kinds: query.kinds });
    // "Committed only": a read of the commitment table, as the directory's list does (directory.repository.ts),
    // kept to one EXISTS so that the search stays one query.
    if (query.committedEdition) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM commitment m WHERE m.collectivity_id = c.id AND m.edition = :edition AND m.withdrawn_at IS NULL)',
        {
          edition: query.committedEdition,
        },
      );
    }
    const total = await qb.getCount();
    // Exact matches first, then names starting with the query, then the most populated.
    qb.addSelect(
      `CASE WHEN c.code = :code OR c.search_name = :exact THEN 0 WHEN c.search_name LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END`,
      'rank',
    )
      // What matched: an official code is the SIREN for EPCI and syndicats, the INSEE code for the others.
      .addSelect(
        `CASE WHEN c.code = :code AND c.kind IN (:...sirenKinds) THEN 'SIREN' WHEN c.code = :code THEN 'INSEE_CODE'
              WHEN c.siren = :code THEN 'SIREN' WHEN :postcode = ANY(c.postcodes) THEN 'POSTCODE' ELSE 'NAME' END`,
        'matched',
      )
      .setParameters({
        exact: query.folded ?? '',
        prefix: query.folded ? `${escapeLike(query.folded)}%` : '',
        sirenKinds: SIREN_KINDS,
      })
      .orderBy('rank', 'ASC')
      .addOrderBy('c.population', 'DESC', 'NULLS LAST')
      .addOrderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit);
    const { entities, raw } = await qb.getRawAndEntities<{ c_id: string; matched: SearchMatch }>();
    const matches = new Map(raw.map((r) => [r.c_id, r.matched]));
    return { rows: entities, matches, total };
  }

  insert(entity: Partial<CollectivityEntity>, manager: EntityManager): Promise<CollectivityEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(entity));
  }
}

/** Kinds whose official code is their SIREN. */
const SIREN_KINDS: CollectivityKind[] = [...EPCI_KINDS, 'SYNDICAT'];

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
