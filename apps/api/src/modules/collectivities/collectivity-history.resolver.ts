import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HistoryService } from '../history/history.service';
import { AuditEventModel, toAuditEventModel } from '../history/models/audit-event.model';
import { CollectivityModel } from './models/collectivity.model';

/**
 * History field on Collectivity. Resolved here rather than in the history module: every module depends on history
 * (to record its changes), so history depends on none of them.
 */
@Resolver(() => CollectivityModel)
export class CollectivityHistoryResolver {
  constructor(private readonly service: HistoryService) {}

  @ResolveField(() => [AuditEventModel], {
    description: 'Every recorded change, newest first; page with `before`',
    complexity: ({ args, childComplexity }) =>
      1 + childComplexity * Math.min((args.first as number | undefined) ?? 50, 200),
  })
  async history(
    @Parent() parent: CollectivityModel,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => ID, nullable: true, description: 'Only entries older than this id' })
    before?: string,
  ): Promise<AuditEventModel[]> {
    const limit = Math.min(Math.max(first, 1), 200);
    const rows = await this.service.listForCollectivity(
      parent.id,
      limit,
      before && /^\d+$/.test(before) ? before : null,
    );
    return rows.map(toAuditEventModel);
  }
}
