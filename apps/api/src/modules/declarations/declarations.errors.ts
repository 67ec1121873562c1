import { DomainError } from '../../common/errors/domain-error';

/** A declaration on this collectivity already awaits a moderator's decision: one at a time. */
export class DeclarationPendingError extends DomainError {
  constructor(collectivityId: string) {
    super(
      'DECLARATION_PENDING',
      'A declaration of this collectivity’s commitment already awaits a decision',
      'CONFLICT',
      { collectivityId },
    );
  }
}

/** The list declared as the winner did not sign the pact as a list ("ma liste s'engage"). */
export class NotASigningListError extends DomainError {
  constructor(candidateListId: string) {
    super('NOT_A_SIGNING_LIST', 'This list did not sign the pact as a list ("ma liste s’engage")', 'BAD_USER_INPUT', {
      candidateListId,
    });
  }
}
