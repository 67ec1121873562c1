import { DomainError } from '../../common/errors/domain-error';

export class UnknownEditionError extends DomainError {
  constructor(edition: string) {
    super('UNKNOWN_EDITION', `Unknown pact edition ${edition}`, 'BAD_USER_INPUT', { edition });
  }
}
