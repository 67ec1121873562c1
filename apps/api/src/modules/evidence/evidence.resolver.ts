import { listOf } from '../../common/graphql/list-complexity';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/decorators';
import type { GqlContext } from '../../common/graphql/context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { CommitmentModel } from '../commitments/models/commitment.model';
import { ActionProgressModel } from '../progress/models/progress.model';
import {
  AddEvidenceInput,
  LinkEvidenceInput,
  UnlinkEvidenceInput,
  UpdateEvidenceInput,
  WithdrawEvidenceInput,
} from './dto/evidence.input';
import { EvidenceLoaders, type ActionKey } from './evidence.loaders';
import { EvidenceService } from './evidence.service';
import { checkPageArgs, pageComplexity, toPage, type Page } from '../../common/graphql/pagination';
import { PlainArgs } from '../../common/graphql/plain-args';
import { LookAhead } from '../../common/graphql/look-ahead';
import type { EvidencePageRows } from './evidence.repository';
import {
  ActionEvidencePageArgs,
  CommitmentEvidencePageArgs,
  EvidenceModel,
  EvidencePageModel,
  toEvidenceModel,
} from './models/evidence.model';

function toEvidencePage(page: EvidencePageRows, args: { offset: number }, publicUrl: string): Page<EvidenceModel> {
  return toPage(page.records, page.total, { first: page.records.length, offset: args.offset }, (e) =>
    toEvidenceModel(e, publicUrl),
  );
}

@Resolver(() => EvidenceModel)
export class EvidenceResolver {
  constructor(
    private readonly service: EvidenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @RequirePermission('evidence.manage')
  @Mutation(() => EvidenceModel, { description: 'Attach evidence to one or more actions of a commitment' })
  async addEvidence(@CurrentActor() actor: Actor, @Args('input') input: AddEvidenceInput) {
    return toEvidenceModel(await this.service.add(actor, input), this.config.publicUrl);
  }

  @RequirePermission('evidence.manage')
  @Mutation(() => EvidenceModel, { description: 'Link existing evidence to more actions of its commitment' })
  async linkEvidence(@CurrentActor() actor: Actor, @Args('input') input: LinkEvidenceInput) {
    return toEvidenceModel(await this.service.link(actor, input), this.config.publicUrl);
  }

  @RequirePermission('evidence.manage')
  @Mutation(() => EvidenceModel, {
    description: 'Edit evidence: its kind, date, title, description, address, and the actions it supports',
  })
  async updateEvidence(@CurrentActor() actor: Actor, @Args('input') input: UpdateEvidenceInput) {
    return toEvidenceModel(await this.service.update(actor, input), this.config.publicUrl);
  }

  @RequirePermission('evidence.manage')
  @Mutation(() => EvidenceModel, { description: 'Stop evidence supporting some of its actions' })
  async unlinkEvidence(@CurrentActor() actor: Actor, @Args('input') input: UnlinkEvidenceInput) {
    return toEvidenceModel(await this.service.unlink(actor, input), this.config.publicUrl);
  }

  @RequirePermission('evidence.manage')
  @Mutation(() => Boolean, {
    description:
      'Withdraw evidence, with a reason: it leaves the page, the public reads and the exports (its file too); the history keeps it',
  })
  async withdrawEvidence(@CurrentActor() actor: Actor, @Args('input') input: WithdrawEvidenceInput): Promise<boolean> {
    await this.service.withdraw(actor, input);
    return true;
  }
}

/** Evidence fields on Commitment and ActionProgress. */
@Resolver(() => CommitmentModel)
export class CommitmentEvidenceResolver {
  constructor(
    private readonly loaders: EvidenceLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => [EvidenceModel], {
    description: 'Newest first, every piece (a page of the commitment or of an action: evidencePage)',
    complexity: listOf(20),
  })
  async evidence(parent: CommitmentModel, _args: unknown, ctx: GqlContext): Promise<EvidenceModel[]> {
    return (await this.loaders.byCommitment(ctx).load(parent.id)).map((e) => toEvidenceModel(e, this.config.publicUrl));
  }

  @ResolveField(() => EvidencePageModel, {
    description: 'A page of its evidence, or of one action’s (actionCode), newest first, with the count of all',
    complexity: pageComplexity,
  })
  async evidencePage(
    @Parent() parent: CommitmentModel,
    @Args() args: CommitmentEvidencePageArgs,
    @Context() ctx: GqlContext,
  ): Promise<Page<EvidenceModel>> {
    const page = args.actionCode
      ? await this.loaders
          .actionPage(ctx, args.offset, args.first)
          .load({ commitmentId: parent.id, actionCode: args.actionCode })
      : await this.loaders.commitmentPage(ctx, args.offset, args.first).load(parent.id);
    return toEvidencePage(page, args, this.config.publicUrl);
  }
}

@Resolver(() => ActionProgressModel)
export class ActionEvidenceResolver {
  constructor(
    private readonly loaders: EvidenceLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    lookAhead: LookAhead,
  ) {
    // A commitment's actions are known before their progress is read: their evidence pages start with it
    // (common/graphql/look-ahead.ts), and `evidencePage` below finds them in its loader.
    lookAhead.register<ActionKey>('ActionProgress', 'evidencePage', (keys, args, ctx) => {
      const { first, offset } = args as unknown as ActionEvidencePageArgs;
      try {
        checkPageArgs({ first, offset });
      } catch {
        return; // evidencePage refuses them, for each action
      }
      void this.loaders.actionPage(ctx, offset, first).loadMany(keys);
    });
  }

  @ResolveField(() => [EvidenceModel], {
    description: 'Newest first, every piece (a page: evidencePage)',
    complexity: listOf(10),
  })
  async evidence(parent: ActionProgressModel, _args: unknown, ctx: GqlContext): Promise<EvidenceModel[]> {
    const all = await this.loaders.byCommitment(ctx).load(parent.commitmentId);
    return all
      .filter((e) => e.actions.some((a) => a.actionCode === parent.actionCode))
      .map((e) => toEvidenceModel(e, this.config.publicUrl));
  }

  @ResolveField(() => EvidencePageModel, {
    description: 'A page of the evidence of this action, newest first, with the count of all',
    complexity: pageComplexity,
  })
  async evidencePage(
    parent: ActionProgressModel,
    @PlainArgs() args: ActionEvidencePageArgs,
    ctx: GqlContext,
  ): Promise<Page<EvidenceModel>> {
    // One per action of the page: its arguments are checked here rather than by Nest's pipe (common/graphql/plain-args.ts).
    checkPageArgs(args);
    const page = await this.loaders
      .actionPage(ctx, args.offset, args.first)
      .load({ commitmentId: parent.commitmentId, actionCode: parent.actionCode });
    return toEvidencePage(page, args, this.config.publicUrl);
  }
}
