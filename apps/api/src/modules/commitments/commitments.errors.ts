import { DomainError } from '../../common/errors/domain-error';

export class AlreadyCommittedError extends DomainError {
  constructor(collectivityId: string, edition: string) {
    super('ALREADY_COMMITTED', `This collectivity is already committed to the ${edition} pact`, 'CONFLICT', {
      collectivityId,
      edition,
    });
  }
}

export class InvalidCommitmentSourceError extends DomainError {
  constructor(message: string) {
    super('INVALID_COMMITMENT_SOURCE', message);
  }
}
