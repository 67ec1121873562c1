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

/** A commitment withdrawn (its list lost the majority it had, see CommitmentsService.withdraw) takes no more edits. */
export class CommitmentWithdrawnError extends DomainError {
  constructor(commitmentId: string) {
    super('COMMITMENT_WITHDRAWN', 'This commitment was withdrawn: its progress can no longer be changed', 'CONFLICT', {
      commitmentId,
    });
  }
}
