import { Args, Query, Resolver } from '@nestjs/graphql';
import { CURRENT_EDITION, PACT_EDITIONS, getCatalogue } from '@pacte/pact';
import { Public } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { PactCatalogueModel, toPactActionModel, toPactSectionModel } from './models/pact.model';

@Resolver(() => PactCatalogueModel)
export class CatalogueResolver {
  @Public()
  @Query(() => PactCatalogueModel, { description: 'The pact checklist of one edition (default: the current one)' })
  pactCatalogue(@Args('edition', { nullable: true }) edition?: string): PactCatalogueModel {
    const wanted = edition ?? CURRENT_EDITION;
    if (!(PACT_EDITIONS as readonly string[]).includes(wanted)) {
      throw new DomainError('UNKNOWN_EDITION', `Unknown pact edition ${wanted}`, 'BAD_USER_INPUT', { edition: wanted });
    }
    const catalogue = getCatalogue(wanted);
    return {
      edition: catalogue.edition,
      sections: catalogue.sections.map(toPactSectionModel),
      actions: catalogue.actions.map(toPactActionModel),
    };
  }
}
