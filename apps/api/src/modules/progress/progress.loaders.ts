import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { groupByKeys } from '../../common/graphql/loader-registry';
import { ActionProgressEntity } from './action-progress.entity';
import { CommitmentScoreEntity } from './commitment-score.entity';
import { MilestoneEntity } from './milestone.entity';
import { ProgressRepository } from './progress.repository';
import { SectionSelfAssessmentEntity } from './section-self-assessment.entity';

@Injectable()
export class ProgressLoaders {
  constructor(private readonly repository: ProgressRepository) {}

  byCommitment(ctx: GqlContext): DataLoader<string, ActionProgressEntity[]> {
    return ctx.loaders.get(
      'progress.byCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findByCommitmentIds(ids), (p) => p.commitmentId),
        ),
    );
  }

  /** A commitment's kept score row, or null when it has no progress yet. */
  scoreByCommitment(ctx: GqlContext): DataLoader<string, CommitmentScoreEntity | null> {
    return ctx.loaders.get(
      'progress.scoreByCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const byId = new Map((await this.repository.findScores(ids)).map((s) => [s.commitmentId, s]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  milestonesByCommitment(ctx: GqlContext): DataLoader<string, MilestoneEntity[]> {
    return ctx.loaders.get(
      'milestone.byCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findMilestonesByCommitmentIds(ids), (m) => m.commitmentId),
        ),
    );
  }

  /** The collectivity's self-assessments of the pact's sections, per commitment (a section not yet assessed: none). */
  sectionsByCommitment(ctx: GqlContext): DataLoader<string, SectionSelfAssessmentEntity[]> {
    return ctx.loaders.get(
      'progress.sectionsByCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findSectionSelfAssessments(ids), (s) => s.commitmentId),
        ),
    );
  }
}
