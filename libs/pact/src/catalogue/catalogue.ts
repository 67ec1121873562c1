import { deepFreeze } from '../freeze';
import { CATALOGUE_2026 } from './2026';
import { CURRENT_EDITION, PACT_EDITIONS, PactAction, PactCatalogue, PactEdition, PactSection } from './types';

/** The catalogues are shared and frozen: mutating one throws instead of silently changing every caller's copy. */
const CATALOGUES: Record<PactEdition, PactCatalogue> = {
  '2026': deepFreeze(CATALOGUE_2026),
};

const ACTIONS_BY_CODE = new Map<string, Map<string, PactAction>>(
  PACT_EDITIONS.map((edition) => [edition, new Map(CATALOGUES[edition].actions.map((a) => [a.code, a]))]),
);

/** Whether a string names an edition this library knows. */
export function isPactEdition(edition: unknown): edition is PactEdition {
  return typeof edition === 'string' && (PACT_EDITIONS as readonly string[]).includes(edition);
}

/**
 * The catalogue of one edition of the pact: its sections and its actions in reading order.
 * Throws an Error naming the known editions when the edition is unknown.
 */
export function getCatalogue(edition: string = CURRENT_EDITION): PactCatalogue {
  if (!isPactEdition(edition)) {
    throw new Error(`Unknown pact edition "${edition}"; known editions: ${PACT_EDITIONS.join(', ')}`);
  }
  return CATALOGUES[edition];
}

/** The action with this code ('1.1' … '3.10') in the edition, or undefined. Throws for an unknown edition. */
export function findAction(code: string, edition: string = CURRENT_EDITION): PactAction | undefined {
  getCatalogue(edition);
  return ACTIONS_BY_CODE.get(edition)?.get(code);
}

/** Whether the code names an action of the edition. Throws for an unknown edition. */
export function isActionCode(code: string, edition: string = CURRENT_EDITION): boolean {
  return findAction(code, edition) !== undefined;
}

/** The section with this number in the edition. Throws for an unknown edition or section. */
export function getSection(section: number, edition: string = CURRENT_EDITION): PactSection {
  const found = getCatalogue(edition).sections.find((s) => s.number === section);
  if (!found) {
    throw new Error(`Unknown section ${section} in pact edition "${edition}"`);
  }
  return found;
}

/**
 * Orders action codes the way the pact reads them ('1.2' < '1.10' < '2.1'), for `Array.prototype.sort`.
 * A plain string sort would put '1.10' before '1.2'.
 */
export function compareActionCodes(a: string, b: string): number {
  const [sa, oa] = a.split('.').map(Number);
  const [sb, ob] = b.split('.').map(Number);
  return sa - sb || oa - ob || a.localeCompare(b);
}
