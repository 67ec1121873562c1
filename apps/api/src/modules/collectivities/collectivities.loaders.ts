import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys, groupByKeys } from '../../common/graphql/loader-registry';
import { CollectivitiesRepository } from './collectivities.repository';
import { CollectivityEntity } from './collectivity.entity';

@Injectable()
export class CollectivitiesLoaders {
  constructor(private readonly repository: CollectivitiesRepository) {}

  byId(ctx: GqlContext): DataLoader<string, CollectivityEntity | null> {
    return ctx.loaders.get(
      'collectivity.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.repository.findByIds(ids), (c) => c.id),
        ),
    );
  }

  area(ctx: GqlContext, kind: 'DEPARTEMENT' | 'REGION'): DataLoader<string, CollectivityEntity | null> {
    return ctx.loaders.get(
      `collectivity.area.${kind}`,
      () =>
        new DataLoader(async (codes: readonly string[]) =>
          byKeys(codes, await this.repository.findAreas(kind, codes), (c) => c.code),
        ),
    );
  }

  membersOf(ctx: GqlContext): DataLoader<string, CollectivityEntity[]> {
    return ctx.loaders.get(
      'collectivity.membersOf',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.repository.findMembersOf(ids), (c) => c.epciId as string),
        ),
    );
  }
}
