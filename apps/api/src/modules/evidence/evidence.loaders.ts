import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys, groupByKeys } from '../../common/graphql/loader-registry';
import { EvidenceEntity } from './evidence.entity';
import { EvidenceRepository } from './evidence.repository';

@Injectable()
export class EvidenceLoaders {
  constructor(private readonly repository: EvidenceRepository) {}

  /** Evidence by id, with the actions it supports. */
  byId(ctx: GqlContext): DataLoader<string, EvidenceEntity | null> {
    return ctx.loaders.get(
      'evidence.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.repository.findByIds(ids), (e) => e.id),
        ),
    );
  }

  /** The evidence of each commitment, with the actions each supports, newest first. */
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
