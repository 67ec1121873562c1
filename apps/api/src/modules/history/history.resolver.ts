import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CollectivityModel } from '../collectivities/models/collectivity.model';
import { HistoryService } from './history.service';
import { AuditEventModel, toAuditEventModel } from './models/audit-event.model';

/** History field on Collectivity. */
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
