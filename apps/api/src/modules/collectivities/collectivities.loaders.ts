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

  /**
   * Départements and régions by code. Both kinds share one loader, keyed by kind and code, so a collectivity page's
   * département and région are read in one statement.
   */
  area(ctx: GqlContext, kind: 'DEPARTEMENT' | 'REGION'): { load(code: string): Promise<CollectivityEntity | null> } {
    const areas = this.areas(ctx);
    return { load: (code) => areas.load(`${kind}:${code}`) };
  }

  /** Départements and régions keyed by `KIND:code`. */
  private areas(ctx: GqlContext): DataLoader<string, CollectivityEntity | null> {
    return ctx.loaders.get(
      'collectivity.area',
      () =>
        new DataLoader(async (keys: readonly string[]) => {
          const wanted = keys.map((key) => {
            const [areaKind, code] = key.split(':') as ['DEPARTEMENT' | 'REGION', string];
            return { kind: areaKind, code };
          });
          return byKeys(keys, await this.repository.findAreas(wanted), (c) => `${c.kind}:${c.code}`);
        }),
    );
  }

  /** Collectivities already read in this request, so that the fields asking for them by id or as areas do not. */
  prime(ctx: GqlContext, collectivities: readonly CollectivityEntity[]): void {
    const byId = this.byId(ctx);
    for (const c of collectivities) {
      byId.prime(c.id, c);
      if (c.kind === 'DEPARTEMENT' || c.kind === 'REGION') this.areas(ctx).prime(`${c.kind}:${c.code}`, c);
    }
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
