import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { groupByKeys } from '../../common/graphql/loader-registry';
import { LabelsRepository } from './labels.repository';
import { TnlLabelEntity } from './tnl-label.entity';

@Injectable()
export class LabelsLoaders {
  constructor(private readonly repository: LabelsRepository) {}

  byCollectivity(ctx: GqlContext): DataLoader<string, TnlLabelEntity[]> {
    return ctx.loaders.get(
      'labels.byCollectivity',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findByCollectivityIds(ids), (l) => l.collectivityId),
        ),
    );
  }
}
