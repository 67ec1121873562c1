/**
 * Every error the API means to show a client is a DomainError with a stable code.
 * Modules declare their own subclasses in `<domain>.errors.ts`; `graphql/format-error.ts` is the one place that maps
 * them to `extensions.code`.
 */
export type ErrorCategory =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS' | 'UNAVAILABLE';

export class DomainError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly category: ErrorCategory = 'BAD_USER_INPUT',
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} was not found`, 'NOT_FOUND', { entity, id });
  }
}

export class ValidationFailedError extends DomainError {
  /**
   * `issues`: the rulebook's `{ path, code, params? }` of each problem, when the rulebook found them (see
   * rule-error.ts); `params.max` is the limit a TOO_LONG text broke.
   */
  constructor(
    public readonly problems: string[],
    issues?: readonly { path: string; code: string; params?: { max: number } }[],
  ) {
    super('VALIDATION_FAILED', `Invalid input: ${problems.join('; ')}`, 'BAD_USER_INPUT', {
      problems,
      ...(issues ? { issues } : {}),
    });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', 'This operation needs an authenticated caller', 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends DomainError {
  constructor(permission: string) {
    super('FORBIDDEN', `The caller lacks the permission ${permission}`, 'FORBIDDEN', { permission });
  }
}
