import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { PACT_SECTION_NUMBERS, pactStanding } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { listOf } from '../../common/graphql/list-complexity';
import { UsersLoaders } from '../accounts/users.loaders';
import { CommitmentModel } from '../commitments/models/commitment.model';
import { ProgressLoaders } from '../progress/progress.loaders';
import { AssessmentsLoaders } from './assessments.loaders';
import { AssessmentsService } from './assessments.service';
import { RecordSectionAssessmentInput } from './dto/assessment.input';
import {
  PactStandingModel,
  SectionAssessmentModel,
  toPactStandingModel,
  toSectionAssessmentModel,
} from './models/section-assessment.model';

@Resolver(() => SectionAssessmentModel)
export class SectionAssessmentsResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('assessment.record')
  @Mutation(() => SectionAssessmentModel, {
    description:
      'Record an auditor’s verdict on one section (one commitment) of the pact as a whole; it replaces the same ' +
      'auditor’s previous verdict on that section, kept',
  })
  async recordSectionAssessment(@CurrentActor() actor: Actor, @Args('input') input: RecordSectionAssessmentInput) {
    return toSectionAssessmentModel(await this.service.recordSection(actor, input));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who gives the verdict: the association, else the auditor’s display name (null once erased)',
  })
  async assessedBy(parent: SectionAssessmentModel, _args: unknown, ctx: GqlContext): Promise<string | null> {
    if (parent.association) return parent.association;
    return parent.auditorId ? this.users.displayNameById(ctx).load(parent.auditorId) : null;
  }
}

/** The sections' verdicts and whether the pact is kept, on Commitment. */
@Resolver(() => CommitmentModel)
export class CommitmentSectionsResolver {
  constructor(
    private readonly loaders: AssessmentsLoaders,
    private readonly progress: ProgressLoaders,
  ) {}

  @ResolveField(() => [SectionAssessmentModel], {
    description: 'Auditors’ current verdicts on the sections of the pact (one per auditor and section), oldest first',
    complexity: listOf(12),
  })
  async sectionAssessments(
    parent: CommitmentModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<SectionAssessmentModel[]> {
    return (await this.loaders.currentSectionsByCommitment(ctx).load(parent.id)).map(toSectionAssessmentModel);
  }

  @ResolveField(() => PactStandingModel, {
    description:
      'Whether the pact is kept, from its three sections: every section audited KEPT, or self-assessed KEPT by the ' +
      'collectivity; the actions’ progress does not enter it',
  })
  async pactStanding(parent: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<PactStandingModel> {
    const [selfAssessed, verdicts] = await Promise.all([
      this.progress.sectionsByCommitment(ctx).load(parent.id),
      this.loaders.currentSectionsByCommitment(ctx).load(parent.id),
    ]);
    const sections = PACT_SECTION_NUMBERS.map((section) => ({
      section,
      selfStatus: selfAssessed.find((s) => s.section === section)?.status ?? null,
      verdicts: verdicts
        .filter((v) => v.section === section)
        .map((v) => ({ verdict: v.verdict, assessedOn: v.assessedOn, recordedAt: v.createdAt.toISOString() })),
    }));
    return toPactStandingModel(pactStanding(sections));
  }
}
