import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { groupBy } from '../../common/graphql/loader-registry';
import { ActionProgressEntity } from './action-progress.entity';
import { CommitmentScoreEntity } from './commitment-score.entity';
import { MilestoneEntity } from './milestone.entity';
import { MilestoneModel, toMilestoneModel } from './models/progress.model';
import { CommitmentProgressState, ProgressRepository } from './progress.repository';
import { SectionSelfAssessmentEntity } from './section-self-assessment.entity';

/** One part of a commitment's progress state, loaded by id. */
export interface StateLoader<V> {
  load(commitmentId: string): Promise<V>;
}

/**
 * A commitment's progress, score, milestones and sections' self-assessments are read together, in one statement per
 * batch of commitments (`ProgressRepository.findStates`): the page asks for all four, at two depths of its document
 * (the milestones under each action), and each statement costs its round trip. The parts are views of that state.
 */
@Injectable()
export class ProgressLoaders {
  constructor(private readonly repository: ProgressRepository) {}

  /** Everything the progress module keeps of each commitment, in one statement per batch. */
  stateByCommitment(ctx: GqlContext): DataLoader<string, CommitmentProgressState> {
    return ctx.loaders.get(
      'progress.stateByCommitment',
      () => new DataLoader((ids: readonly string[]) => this.repository.findStates(ids)),
    );
  }

  byCommitment(ctx: GqlContext): StateLoader<ActionProgressEntity[]> {
    return this.part(ctx, (state) => state.progress);
  }

  /** A commitment's kept score row, or null when it has no progress yet. */
  scoreByCommitment(ctx: GqlContext): StateLoader<CommitmentScoreEntity | null> {
    return this.part(ctx, (state) => state.score);
  }

  milestonesByCommitment(ctx: GqlContext): StateLoader<MilestoneEntity[]> {
    return this.part(ctx, (state) => state.milestones);
  }

  /**
   * A commitment's milestones of one action, as models: the commitment's are grouped by action once per request, not
   * filtered again for each of its actions (a page asks for every action's; Paris has 457 milestones over 31 actions).
   */
  async milestonesOfAction(ctx: GqlContext, commitmentId: string, actionCode: string): Promise<MilestoneModel[]> {
    const byAction = ctx.loaders.get(
      'progress.milestonesByAction',
      () =>
        new DataLoader((ids: readonly string[]) =>
          Promise.all(
            ids.map(async (id) =>
              groupBy((await this.milestonesByCommitment(ctx).load(id)).map(toMilestoneModel), (m) => m.actionCode),
            ),
          ),
        ),
    );
    return (await byAction.load(commitmentId)).get(actionCode) ?? [];
  }

  /** The collectivity's self-assessments of the pact's sections, per commitment (a section not yet assessed: none). */
  sectionsByCommitment(ctx: GqlContext): StateLoader<SectionSelfAssessmentEntity[]> {
    return this.part(ctx, (state) => state.sections);
  }

  private part<V>(ctx: GqlContext, pick: (state: CommitmentProgressState) => V): StateLoader<V> {
    const states = this.stateByCommitment(ctx);
    return { load: async (commitmentId) => pick(await states.load(commitmentId)) };
  }
}
