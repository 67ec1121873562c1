import { DomainError } from '../../common/errors/domain-error';

export class AmbiguousCodeError extends DomainError {
  constructor(code: string, kinds: string[]) {
    super(
      'AMBIGUOUS_CODE',
      `Code ${code} names several collectivities (${kinds.join(', ')}): give a kind`,
      'BAD_USER_INPUT',
      {
        code,
        kinds,
      },
    );
  }
}

export class CollectivityExistsError extends DomainError {
  constructor(kind: string, code: string) {
    super('COLLECTIVITY_EXISTS', `A ${kind} with code ${code} already exists`, 'CONFLICT', { kind, code });
  }
}
