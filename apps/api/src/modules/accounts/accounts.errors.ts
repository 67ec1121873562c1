import { DomainError } from '../../common/errors/domain-error';

export class EmailTakenError extends DomainError {
  constructor() {
    super('EMAIL_TAKEN', 'An account already uses this e-mail address', 'CONFLICT');
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', 'Wrong e-mail or password', 'UNAUTHENTICATED');
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many failed attempts: try again in ${retryAfterSeconds} seconds`, 'TOO_MANY_REQUESTS', {
      retryAfterSeconds,
    });
  }
}

export class InvalidResetTokenError extends DomainError {
  constructor() {
    super('INVALID_RESET_TOKEN', 'This password reset link is invalid, used or expired');
  }
}

export class RoleRequestError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

/** What only a signed-in user's own account can do (the platform operator has none). */
export class SignedInUserRequiredError extends DomainError {
  constructor(what: string) {
    super('ACCOUNT_REQUIRED', `Only a signed-in user can ${what}`, 'FORBIDDEN');
  }
}

/** A form of the account page (new e-mail, new password, deletion) with a wrong current password. */
export class WrongPasswordError extends DomainError {
  constructor() {
    super('WRONG_PASSWORD', 'The current password is not right', 'BAD_USER_INPUT');
  }
}

export class InvalidEmailChangeTokenError extends DomainError {
  constructor() {
    super('INVALID_EMAIL_CHANGE_TOKEN', 'This e-mail confirmation link is invalid, used or expired');
  }
}

/** deleteMyAccount: the confirmation typed is not the account's e-mail address. */
export class ConfirmationMismatchError extends DomainError {
  constructor() {
    super('CONFIRMATION_MISMATCH', 'Type the e-mail address of the account to confirm', 'BAD_USER_INPUT');
  }
}
