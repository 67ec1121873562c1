import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys, groupByKeys } from '../../common/graphql/loader-registry';
import { CommitmentEntity } from './commitment.entity';
import { CommitmentsRepository } from './commitments.repository';

@Injectable()
export class CommitmentsLoaders {
  constructor(private readonly repository: CommitmentsRepository) {}

  byId(ctx: GqlContext): DataLoader<string, CommitmentEntity | null> {
    return ctx.loaders.get(
      'commitment.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.repository.findByIds(ids), (c) => c.id),
        ),
    );
  }

  byCollectivity(ctx: GqlContext): DataLoader<string, CommitmentEntity[]> {
    return ctx.loaders.get(
      'commitment.byCollectivity',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findByCollectivityIds(ids), (c) => c.collectivityId),
        ),
    );
  }
}
