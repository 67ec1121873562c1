/** French messages of the search. */
export const searchFr = {
  'search.title': 'Rechercher une collectivité',
  'search.intro': 'Communes, intercommunalités, syndicats, départements et régions.',
  'search.landmark': 'Recherche de collectivités',
  'search.label': 'Rechercher une collectivité',
  'search.hint':
    'Nom (accents facultatifs), code INSEE, SIREN ou code postal. Flèche bas pour parcourir les résultats.',
  'search.tooShort': 'Saisissez au moins deux caractères.',
  'search.searching': 'Recherche en cours…',
  'search.noResult': 'Aucune collectivité ne correspond à « {query} ».',
  'search.results_one': '{count} résultat',
  'search.results_other': '{count} résultats',
  'search.resultsHeading': 'Résultats de la recherche',
  'search.more': '{shown} premiers résultats sur {total} : précisez la recherche pour affiner.',
  'search.departement': 'dép. {code}',
  'search.committed': 'Engagée · {progress}',
} as const;
