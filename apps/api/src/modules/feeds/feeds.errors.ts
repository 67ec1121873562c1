import { DomainError } from '../../common/errors/domain-error';

/** Following is for people with an account: the platform operator's token has none. */
export class AccountRequiredError extends DomainError {
  constructor() {
    super('ACCOUNT_REQUIRED', 'Only a signed-in user can follow a collectivity', 'FORBIDDEN');
  }
}
