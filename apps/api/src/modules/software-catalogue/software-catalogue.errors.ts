import { DomainError } from '../../common/errors/domain-error';

export class CatalogueEntryNotFoundError extends DomainError {
  constructor(id: string) {
    super('CATALOGUE_ENTRY_NOT_FOUND', `Software catalogue entry ${id} was not found`, 'NOT_FOUND', { id });
  }
}
