import { PactCatalogue } from '../types';
import { SECTION_1_ACTIONS_2026 } from './section-1';
import { SECTION_2_ACTIONS_2026 } from './section-2';
import { SECTION_3_ACTIONS_2026 } from './section-3';
import { SECTIONS_2026 } from './sections';

/** Le Pacte du Logiciel Libre, élections municipales et communautaires 2026 (April). */
export const CATALOGUE_2026: PactCatalogue = {
  edition: '2026',
  sections: SECTIONS_2026,
  actions: [...SECTION_1_ACTIONS_2026, ...SECTION_2_ACTIONS_2026, ...SECTION_3_ACTIONS_2026],
};
