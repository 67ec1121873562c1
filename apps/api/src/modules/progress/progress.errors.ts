import { DomainError } from '../../common/errors/domain-error';

export class UnknownActionError extends DomainError {
  constructor(actionCode: string, edition: string) {
    super('UNKNOWN_ACTION', `Action ${actionCode} does not exist in the ${edition} pact`, 'BAD_USER_INPUT', {
      actionCode,
      edition,
    });
  }
}
