import { listOf } from '../../common/graphql/list-complexity';
import { Args, Float, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { LookAhead } from '../../common/graphql/look-ahead';
import { getCatalogue } from '@pacte/pact';
import type { GraphQLResolveInfo } from 'graphql';
import { CommitmentModel } from '../commitments/models/commitment.model';
import {
  AddMilestoneInput,
  SelfAssessSectionInput,
  UpdateActionProgressInput,
  UpdateMilestoneInput,
  WithdrawMilestoneInput,
} from './dto/progress.input';
import {
  ActionProgressModel,
  MilestoneModel,
  ScoreSummaryModel,
  toMilestoneModel,
  toScoreSummaryModel,
} from './models/progress.model';
import { ProgressLoaders } from './progress.loaders';
import { SectionSelfAssessmentModel, toSectionSelfAssessmentModel } from './models/section-self-assessment.model';
import { mergeWithCatalogue, ProgressService, scoresOf } from './progress.service';

@Resolver(() => ActionProgressModel)
export class ProgressResolver {
  constructor(
    private readonly service: ProgressService,
    private readonly loaders: ProgressLoaders,
  ) {}

  @RequirePermission('progress.update')
  @Mutation(() => ActionProgressModel, {
    description: 'Set the status (and optionally %, target date, owner) of one action',
  })
  updateActionProgress(@CurrentActor() actor: Actor, @Args('input') input: UpdateActionProgressInput) {
    return this.service.updateProgress(actor, input);
  }

  @RequirePermission('progress.update')
  @Mutation(() => SectionSelfAssessmentModel, {
    description:
      'The collectivity’s self-assessment of one section (one commitment) of the pact as a whole: a status and a ' +
      'short explanation, beside the per-action progress',
  })
  selfAssessSection(@CurrentActor() actor: Actor, @Args('input') input: SelfAssessSectionInput) {
    return this.service.selfAssessSection(actor, input);
  }

  @ResolveField(() => [MilestoneModel], { complexity: listOf(20) })
  async milestones(parent: ActionProgressModel, _args: unknown, ctx: GqlContext): Promise<MilestoneModel[]> {
    return this.loaders.milestonesOfAction(ctx, parent.commitmentId, parent.actionCode);
  }
}

@Resolver(() => MilestoneModel)
export class MilestonesResolver {
  constructor(private readonly service: ProgressService) {}

  @RequirePermission('milestone.manage')
  @Mutation(() => MilestoneModel)
  async addMilestone(@CurrentActor() actor: Actor, @Args('input') input: AddMilestoneInput) {
    return toMilestoneModel(await this.service.addMilestone(actor, input));
  }

  @RequirePermission('milestone.manage')
  @Mutation(() => MilestoneModel, { description: 'Change a milestone, e.g. mark it reached' })
  async updateMilestone(@CurrentActor() actor: Actor, @Args('input') input: UpdateMilestoneInput) {
    return toMilestoneModel(await this.service.updateMilestone(actor, input));
  }

  @RequirePermission('milestone.manage')
  @Mutation(() => Boolean, {
    description:
      'Withdraw a milestone, with a reason: it leaves the page, the public reads and the exports; the history keeps it',
  })
  async withdrawMilestone(
    @CurrentActor() actor: Actor,
    @Args('input') input: WithdrawMilestoneInput,
  ): Promise<boolean> {
    await this.service.withdrawMilestone(actor, input);
    return true;
  }
}

/** Progress fields on Commitment. */
@Resolver(() => CommitmentModel)
export class CommitmentProgressResolver {
  constructor(
    private readonly loaders: ProgressLoaders,
    private readonly lookAhead: LookAhead,
  ) {}

  @ResolveField(() => [ActionProgressModel], {
    description: 'Every action of the pact edition, in catalogue order',
    complexity: listOf(31),
  })
  async actions(
    parent: CommitmentModel,
    _args: unknown,
    ctx: GqlContext,
    info: GraphQLResolveInfo,
  ): Promise<ActionProgressModel[]> {
    const rows = this.loaders.byCommitment(ctx).load(parent.id);
    // The actions are the catalogue's: what the page reads of each (its evidence) starts now, beside their progress.
    const keys = () =>
      getCatalogue(parent.edition).actions.map((action) => ({ commitmentId: parent.id, actionCode: action.code }));
    this.lookAhead.start(info, 'ActionProgress', keys, ctx);
    return mergeWithCatalogue(parent, await rows);
  }

  @ResolveField(() => Float, {
    description:
      "The overall score the mandate clock measures its pace from: what was declared by the end of the clock's first " +
      'day (the mandate start, or the commitment date when later), 0 when nothing was; work declared later moves the pace',
  })
  async scoreAtClockStart(parent: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<number> {
    return (await this.loaders.scoreByCommitment(ctx).load(parent.id))?.startOverall ?? 0;
  }

  @ResolveField(() => ScoreSummaryModel, { description: 'Self-declared progress by section and overall' })
  async scores(parent: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<ScoreSummaryModel> {
    return toScoreSummaryModel(scoresOf(parent.edition, await this.loaders.byCommitment(ctx).load(parent.id)));
  }

  @ResolveField(() => [SectionSelfAssessmentModel], {
    description: 'The collectivity’s self-assessment of each section it assessed, by section number',
    complexity: listOf(3),
  })
  async sectionSelfAssessments(
    parent: CommitmentModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<SectionSelfAssessmentModel[]> {
    return (await this.loaders.sectionsByCommitment(ctx).load(parent.id)).map(toSectionSelfAssessmentModel);
  }

  @ResolveField(() => [MilestoneModel], { complexity: listOf(20) })
  async milestones(parent: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<MilestoneModel[]> {
    return (await this.loaders.milestonesByCommitment(ctx).load(parent.id)).map(toMilestoneModel);
  }
}
