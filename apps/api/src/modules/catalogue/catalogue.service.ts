import { CURRENT_EDITION, isPactEdition } from '@pacte/pact';
import { UnknownEditionError } from './catalogue.errors';

/*
 * The catalogue module owns no table: the pact catalogue is data in libs/pact. What it offers the other modules is
 * this check of an edition asked for by a caller.
 */

/** The edition asked for (default: the current one), or UNKNOWN_EDITION. */
export function resolveEdition(edition?: string | null): string {
  const wanted = edition ?? CURRENT_EDITION;
  if (!isPactEdition(wanted)) throw new UnknownEditionError(wanted);
  return wanted;
}
