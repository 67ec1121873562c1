import { coreFr } from './messages/core.fr';
import { overviewFr } from './messages/overview.fr';
import { searchFr } from './messages/search.fr';
import { rulesFr } from './messages/rules.fr';
import { errorsFr } from './messages/errors.fr';

/**
 * The French messages of the first load: the layout, the home page (figures, charts, map), the search and the
 * not-found page (which come with it), the forms' rules and the errors. main.tsx loads them before the first
 * render; the other pages' messages (./messages.rest.fr) come in a chunk of their own, which those pages wait for.
 */
export const firstFr = {
  ...coreFr,
  ...overviewFr,
  ...searchFr,
  ...rulesFr,
  ...errorsFr,
} as const;
