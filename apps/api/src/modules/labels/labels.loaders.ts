import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { groupByKeys } from '../../common/graphql/loader-registry';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { ActionProgressEntity } from '../progress/action-progress.entity';
import { ProgressRepository } from '../progress/progress.repository';
import { LabelsRepository } from './labels.repository';
import { TnlLabelEntity } from './tnl-label.entity';

@Injectable()
export class LabelsLoaders {
  constructor(
    private readonly repository: LabelsRepository,
    private readonly progress: ProgressRepository,
  ) {}

  byCollectivity(ctx: GqlContext): DataLoader<string, TnlLabelEntity[]> {
    return ctx.loaders.get(
      'labels.byCollectivity',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findByCollectivityIds(ids), (l) => l.collectivityId),
        ),
    );
  }

  evidenceByCommitment(ctx: GqlContext): DataLoader<string, EvidenceEntity[]> {
    return ctx.loaders.get(
      'labels.evidenceByCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findEvidenceByCommitmentIds(ids), (e) => e.commitmentId),
        ),
    );
  }

  progressByCommitment(ctx: GqlContext): DataLoader<string, ActionProgressEntity[]> {
    return ctx.loaders.get(
      'labels.progressByCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.progress.findByCommitmentIds(ids), (p) => p.commitmentId),
        ),
    );
  }
}
