import { deepFreeze } from '../freeze';
import { SECTIONS_2026 } from './2026/sections';
import { CURRENT_EDITION, PactEdition, PactSection } from './types';

const SECTIONS: Record<PactEdition, readonly PactSection[]> = { '2026': deepFreeze(SECTIONS_2026) };

/**
 * The sections of an edition (number, title, summary), without its actions: what a page that shows only the sections
 * needs (the home page's chart), so that it does not load the 31 actions' texts. The same objects as
 * `getCatalogue(edition).sections`.
 */
export function getSections(edition: PactEdition = CURRENT_EDITION): readonly PactSection[] {
  return SECTIONS[edition];
}
