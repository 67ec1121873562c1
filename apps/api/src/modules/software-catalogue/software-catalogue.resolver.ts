import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { pageComplexity, toPage } from '../../common/graphql/pagination';
import { Public } from '../../common/auth/decorators';
import { SearchSoftwareCatalogueArgs } from './dto/search-software-catalogue.args';
import {
  SoftwareCatalogueEntryModel,
  SoftwareCataloguePageModel,
  toSoftwareCatalogueEntryModel,
} from './models/software-catalogue.model';
import { SoftwareCatalogueService } from './software-catalogue.service';

@Resolver(() => SoftwareCatalogueEntryModel)
export class SoftwareCatalogueResolver {
  constructor(private readonly service: SoftwareCatalogueService) {}

  @Public()
  @Query(() => SoftwareCataloguePageModel, {
    description:
      'The catalogue of free software: the alternatives the pact names first, then the SILL and the Comptoir',
    complexity: pageComplexity,
  })
  async softwareCatalogue(@Args() args: SearchSoftwareCatalogueArgs): Promise<SoftwareCataloguePageModel> {
    const [rows, total] = await this.service.search(args);
    return toPage(rows, total, args, toSoftwareCatalogueEntryModel);
  }

  @Public()
  @Query(() => SoftwareCatalogueEntryModel, { description: 'One entry of the software catalogue' })
  async softwareCatalogueEntry(@Args('id', { type: () => ID }) id: string): Promise<SoftwareCatalogueEntryModel> {
    return toSoftwareCatalogueEntryModel(await this.service.get(id));
  }
}
