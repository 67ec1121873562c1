import { CURRENT_EDITION, isPactEdition } from '@pacte/pact';
import { DomainError } from '../../common/errors/domain-error';

export class UnknownEditionError extends DomainError {
  constructor(edition: string) {
    super('UNKNOWN_EDITION', `Unknown pact edition ${edition}`, 'BAD_USER_INPUT', { edition });
  }
}

/** The edition asked for (default: the current one), or UNKNOWN_EDITION. */
export function resolveEdition(edition?: string | null): string {
  const wanted = edition ?? CURRENT_EDITION;
  if (!isPactEdition(wanted)) throw new UnknownEditionError(wanted);
  return wanted;
}
