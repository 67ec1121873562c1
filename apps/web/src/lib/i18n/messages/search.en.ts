import type { searchFr } from './search.fr';

/** English messages of the search: the keys and placeholders of the French ones. */
export const searchEn: Record<keyof typeof searchFr, string> = {
  'search.title': 'Find a collectivity',
  'search.intro': 'Communes, intercommunal bodies, joint authorities, départements and régions.',
  'search.landmark': 'Collectivity search',
  'search.label': 'Find a collectivity',
  'search.hint': 'Name (accents optional), INSEE code, SIREN or postcode. Press the down arrow to browse the results.',
  'search.tooShort': 'Type at least two characters.',
  'search.searching': 'Searching…',
  'search.noResult': 'No collectivity matches “{query}”.',
  'search.results_one': '{count} result',
  'search.results_other': '{count} results',
  'search.resultsHeading': 'Search results',
  'search.more': 'First {shown} results of {total}: refine the search to narrow them down.',
  'search.departement': 'dept. {code}',
  'search.committed': 'Committed · {progress}',
};
