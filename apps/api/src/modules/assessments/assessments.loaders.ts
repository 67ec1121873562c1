import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { groupByKeys } from '../../common/graphql/loader-registry';
import { AssessmentEntity, AssessmentReplyEntity, SectionAssessmentEntity } from './assessment.entity';
import { AssessmentsRepository } from './assessments.repository';

export interface LoadedAssessment {
  entity: AssessmentEntity;
  current: boolean;
}

@Injectable()
export class AssessmentsLoaders {
  constructor(private readonly repository: AssessmentsRepository) {}

  /** Current assessments of each commitment (one per auditor and action). */
  currentByCommitment(ctx: GqlContext): DataLoader<string, LoadedAssessment[]> {
    return ctx.loaders.get(
      'assessment.currentByCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(
            ids,
            await this.repository.findByCommitmentIds(ids, { currentOnly: true }),
            (a) => a.entity.commitmentId,
          ),
        ),
    );
  }

  /** Every assessment of each commitment, superseded ones included. */
  allByCommitment(ctx: GqlContext): DataLoader<string, LoadedAssessment[]> {
    return ctx.loaders.get(
      'assessment.allByCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(
            ids,
            await this.repository.findByCommitmentIds(ids, { currentOnly: false }),
            (a) => a.entity.commitmentId,
          ),
        ),
    );
  }

  repliesByAssessment(ctx: GqlContext): DataLoader<string, AssessmentReplyEntity[]> {
    return ctx.loaders.get(
      'assessment.repliesByAssessment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findRepliesByAssessmentIds(ids), (r) => r.assessmentId),
        ),
    );
  }

  /** Current section verdicts of each commitment (one per auditor and section). */
  currentSectionsByCommitment(ctx: GqlContext): DataLoader<string, SectionAssessmentEntity[]> {
    return ctx.loaders.get(
      'assessment.currentSectionsByCommitment',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findCurrentSectionAssessments(ids), (a) => a.commitmentId),
        ),
    );
  }
}
