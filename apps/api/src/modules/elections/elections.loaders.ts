import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys, groupByKeys } from '../../common/graphql/loader-registry';
import { CandidateListEntity } from './candidate-list.entity';
import { ElectionEntity } from './election.entity';
import { ElectionsRepository } from './elections.repository';
import { SignatoryEntity } from './signatory.entity';

@Injectable()
export class ElectionsLoaders {
  constructor(private readonly repository: ElectionsRepository) {}

  electionById(ctx: GqlContext): DataLoader<string, ElectionEntity | null> {
    return ctx.loaders.get(
      'election.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.repository.findElectionsByIds(ids), (e) => e.id),
        ),
    );
  }

  /** Lists by id; each one's election is read in the same statement, for the `election` field that follows. */
  listById(ctx: GqlContext): DataLoader<string, CandidateListEntity | null> {
    return ctx.loaders.get(
      'candidateList.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.repository.findListsWithElections(ids);
          const elections = this.electionById(ctx);
          for (const { election } of rows) elections.prime(election.id, election);
          return byKeys(
            ids,
            rows.map((r) => r.list),
            (l) => l.id,
          );
        }),
    );
  }

  listsByCollectivity(ctx: GqlContext): DataLoader<string, CandidateListEntity[]> {
    return ctx.loaders.get(
      'candidateList.byCollectivity',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findListsByCollectivityIds(ids), (l) => l.collectivityId),
        ),
    );
  }

  /** The signatories who sit on each EPCI's community council (register of elected officials). */
  signatoriesByCommunityCouncil(ctx: GqlContext): DataLoader<string, SignatoryEntity[]> {
    return ctx.loaders.get(
      'signatory.byCommunityCouncil',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findSignatoriesByCommunityCouncils(ids), (s) => s.communityCouncilId!),
        ),
    );
  }

  signatoriesByList(ctx: GqlContext): DataLoader<string, SignatoryEntity[]> {
    return ctx.loaders.get(
      'signatory.byList',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findSignatoriesByListIds(ids), (s) => s.candidateListId),
        ),
    );
  }
}
