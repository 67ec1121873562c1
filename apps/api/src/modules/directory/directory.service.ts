import { Injectable } from '@nestjs/common';
import { computeScores, populationStratumRange } from '@pacte/pact';
import { resolveEdition } from '../catalogue/catalogue.service';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CommittedCollectivitiesArgs } from './dto/committed-collectivities.args';
import { DirectoryRepository } from './directory.repository';

/** Filters of the list of committed collectivities (the GraphQL arguments, the page's URL, the exports). */
type Collectivity = Awaited<ReturnType<CollectivitiesService['findByIds']>>[number];

export type CommittedFilters = Omit<CommittedCollectivitiesArgs, 'first' | 'offset'>;

/** Lists people browse: the committed collectivities, filtered and sorted in the database. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly repository: DirectoryRepository,
    private readonly collectivities: CollectivitiesService,
  ) {}

  /** One page of committed collectivities, in the order asked, and how many match. */
  async committed(
    filters: CommittedFilters,
    page: { first: number; offset: number },
  ): Promise<{ rows: Collectivity[]; total: number }> {
    const edition = resolveEdition(filters.edition);
    const stratum = filters.stratum ?? null;
    const { ids, total } = await this.repository.committed({
      edition,
      departementCode: filters.departementCode?.toUpperCase() ?? null,
      regionCode: filters.regionCode ?? null,
      epciCode: filters.epciCode ?? null,
      kind: filters.kind ?? null,
      population:
        stratum === null || stratum === 'NOT_A_COMMUNE'
          ? null
          : stratum === 'UNKNOWN'
            ? 'UNKNOWN'
            : populationStratumRange(stratum),
      // The strata are the communes': a stratum keeps communes only, NOT_A_COMMUNE everything else.
      communes: stratum === null ? null : stratum !== 'NOT_A_COMMUNE',
      source: filters.source ?? null,
      scoreMin: filters.scoreMin ?? null,
      scoreMax: filters.scoreMax ?? null,
      emptyScore: computeScores([], edition).overall,
      sort: filters.sort ?? 'NAME',
      order: filters.order ?? 'ASC',
      limit: page.first,
      offset: page.offset,
    });
    const byId = new Map((await this.collectivities.findByIds(ids)).map((c) => [c.id, c]));
    return { rows: ids.map((id) => byId.get(id)).filter((c): c is Collectivity => c !== undefined), total };
  }
}
