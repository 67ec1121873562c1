import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from '../../common/graphql/context';
import { byKeys } from '../../common/graphql/loader-registry';
import { SoftwareCatalogueEntryEntity } from './software-catalogue-entry.entity';
import { SoftwareCatalogueRepository } from './software-catalogue.repository';

@Injectable()
export class SoftwareCatalogueLoaders {
  constructor(private readonly repository: SoftwareCatalogueRepository) {}

  byId(ctx: GqlContext): DataLoader<string, SoftwareCatalogueEntryEntity | null> {
    return ctx.loaders.get(
      'softwareCatalogue.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.repository.findByIds(ids), (e) => e.id),
        ),
    );
  }
}
