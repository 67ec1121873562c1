import { Args, Query, Resolver } from '@nestjs/graphql';
import { getCatalogue } from '@pacte/pact';
import { Public } from '../../common/auth/decorators';
import { resolveEdition } from './catalogue.service';
import { PactCatalogueModel, toPactActionModel, toPactSectionModel } from './models/pact.model';

@Resolver(() => PactCatalogueModel)
export class CatalogueResolver {
  @Public()
  @Query(() => PactCatalogueModel, { description: 'The pact checklist of one edition (default: the current one)' })
  pactCatalogue(@Args('edition', { nullable: true }) edition?: string): PactCatalogueModel {
    const catalogue = getCatalogue(resolveEdition(edition));
    return {
      edition: catalogue.edition,
      sections: catalogue.sections.map(toPactSectionModel),
      actions: catalogue.actions.map(toPactActionModel),
    };
  }
}
