import { DomainError } from '../../../common/errors/domain-error';

export class OidcDisabledError extends DomainError {
  constructor() {
    super('OIDC_DISABLED', 'Sign-in through OpenID Connect is not configured (OIDC_ISSUER_URL)', 'NOT_FOUND');
  }
}

/** The callback does not belong to a sign-in this browser started: no or expired pending cookie, or another state. */
export class OidcStateMismatchError extends DomainError {
  constructor() {
    super(
      'OIDC_STATE_MISMATCH',
      'This sign-in response does not match a sign-in started from this browser: start again',
      'BAD_USER_INPUT',
    );
  }
}

/** The provider refused, or its answer did not validate (code, ID token, nonce, PKCE, issuer). */
export class OidcSignInFailedError extends DomainError {
  constructor(reason: string) {
    super('OIDC_SIGN_IN_FAILED', `Sign-in through the identity provider failed: ${reason}`, 'UNAUTHENTICATED', {
      reason,
    });
  }
}

export class OidcEmailRequiredError extends DomainError {
  constructor() {
    super(
      'OIDC_EMAIL_REQUIRED',
      'The identity provider gave no verified e-mail address, which a new account needs',
      'BAD_USER_INPUT',
    );
  }
}

/** The e-mail's account already signs in with another identity at a provider. */
export class OidcAccountConflictError extends DomainError {
  constructor() {
    super(
      'OIDC_ACCOUNT_CONFLICT',
      'The account with this e-mail address is already linked to another identity',
      'CONFLICT',
    );
  }
}
