import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { groupByKeys } from '../../common/graphql/loader-registry';
import { EvidenceEntity } from './evidence.entity';
import { EvidenceRepository } from './evidence.repository';

@Injectable()
export class EvidenceLoaders {
  constructor(private readonly repository: EvidenceRepository) {}

  byCommitment(ctx: GqlContext): DataLoader<string, EvidenceEntity[]> {
    return ctx.loaders.get(
      'evidence.byCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findByCommitmentIds(ids), (e) => e.commitmentId),
        ),
    );
  }
}
