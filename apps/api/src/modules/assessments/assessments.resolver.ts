import { Inject } from '@nestjs/common';
import { listOf } from '../../common/graphql/list-complexity';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { computeAuditedScores } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { CommitmentModel } from '../commitments/models/commitment.model';
import { EvidenceLoaders } from '../evidence/evidence.loaders';
import { EvidenceModel, toEvidenceModel } from '../evidence/models/evidence.model';
import { ActionProgressModel } from '../progress/models/progress.model';
import { ProgressLoaders } from '../progress/progress.loaders';
import { UsersLoaders } from '../accounts/users.loaders';
import { AssessmentsLoaders } from './assessments.loaders';
import { AssessmentsService } from './assessments.service';
import { RecordAssessmentInput, ReplyToAssessmentInput } from './dto/assessment.input';
import {
  AssessmentModel,
  AssessmentReplyModel,
  AuditedScoreSummaryModel,
  toAssessmentModel,
  toAssessmentReplyModel,
  toAuditedScoreSummaryModel,
} from './models/assessment.model';

@Resolver(() => AssessmentModel)
export class AssessmentsResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly loaders: AssessmentsLoaders,
    private readonly users: UsersLoaders,
    private readonly evidenceLoaders: EvidenceLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @RequirePermission('assessment.record')
  @Mutation(() => AssessmentModel, {
    description: 'Record an auditor’s verdict on one action; it replaces the same auditor’s previous one, kept',
  })
  async recordAssessment(@CurrentActor() actor: Actor, @Args('input') input: RecordAssessmentInput) {
    return toAssessmentModel(await this.service.record(actor, input), true);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who gives the verdict: the association, else the auditor’s display name (null once erased)',
  })
  async assessedBy(parent: AssessmentModel, _args: unknown, ctx: GqlContext): Promise<string | null> {
    if (parent.association) return parent.association;
    return parent.auditorId ? this.users.displayNameById(ctx).load(parent.auditorId) : null;
  }

  @ResolveField(() => [EvidenceModel], { description: 'The evidence the verdict rests on' })
  async evidence(parent: AssessmentModel, _args: unknown, ctx: GqlContext): Promise<EvidenceModel[]> {
    const found = await this.evidenceLoaders.byId(ctx).loadMany(parent.evidenceIds);
    return found.flatMap((e) => (e && !(e instanceof Error) ? [toEvidenceModel(e, this.config.publicUrl)] : []));
  }

  @ResolveField(() => [AssessmentReplyModel], {
    description: 'The collectivity’s replies, oldest first',
    complexity: listOf(10),
  })
  async replies(parent: AssessmentModel, _args: unknown, ctx: GqlContext): Promise<AssessmentReplyModel[]> {
    return (await this.loaders.repliesByAssessment(ctx).load(parent.id)).map(toAssessmentReplyModel);
  }
}

@Resolver(() => AssessmentReplyModel)
export class AssessmentRepliesResolver {
  constructor(private readonly service: AssessmentsService) {}

  @RequirePermission('assessment.reply')
  @Mutation(() => AssessmentReplyModel, {
    description: 'The collectivity (an elected official or IT manager) answers an assessment',
  })
  async replyToAssessment(@CurrentActor() actor: Actor, @Args('input') input: ReplyToAssessmentInput) {
    return toAssessmentReplyModel(await this.service.reply(actor, input));
  }
}

/** Assessments of one action, beside its self-declared status. */
@Resolver(() => ActionProgressModel)
export class ActionAssessmentsResolver {
  constructor(private readonly loaders: AssessmentsLoaders) {}

  @ResolveField(() => [AssessmentModel], {
    description: 'Auditors’ verdicts on this action: the current one of each auditor, oldest first',
  })
  async assessments(
    @Parent() parent: ActionProgressModel,
    @Context() ctx: GqlContext,
    @Args('includeSuperseded', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Also the verdicts that the same auditor later replaced',
    })
    includeSuperseded: boolean,
  ): Promise<AssessmentModel[]> {
    const loader = includeSuperseded ? this.loaders.allByCommitment(ctx) : this.loaders.currentByCommitment(ctx);
    return (await loader.load(parent.commitmentId))
      .filter((a) => a.entity.actionCode === parent.actionCode)
      .map((a) => toAssessmentModel(a.entity, a.current));
  }
}

/** Audited scores on Commitment, beside the self-declared `scores` and on the same base. */
@Resolver(() => CommitmentModel)
export class CommitmentAuditedScoresResolver {
  constructor(
    private readonly loaders: AssessmentsLoaders,
    private readonly progress: ProgressLoaders,
  ) {}

  @ResolveField(() => AuditedScoreSummaryModel, {
    description:
      'Scores from the auditors’ current verdicts (one per action: the most recent), by section and overall, on the ' +
      'same base as `scores`; never merged into them',
  })
  async auditedScores(parent: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<AuditedScoreSummaryModel> {
    const [current, declared] = await Promise.all([
      this.loaders.currentByCommitment(ctx).load(parent.id),
      this.progress.byCommitment(ctx).load(parent.id),
    ]);
    const entries = current.map((a) => ({
      actionCode: a.entity.actionCode,
      verdict: a.entity.verdict,
      assessedOn: a.entity.assessedOn,
      recordedAt: a.entity.createdAt.toISOString(),
    }));
    const notApplicable = declared.filter((p) => p.status === 'NOT_APPLICABLE').map((p) => p.actionCode);
    return toAuditedScoreSummaryModel(computeAuditedScores(entries, parent.edition, { notApplicable }));
  }
}
