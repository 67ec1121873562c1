/** French messages of the "Données ouvertes" page. */
export const opendataFr = {
  'opendata.title': 'Données ouvertes',
  'opendata.intro':
    'Toutes les données publiques du suivi se téléchargent librement, sans compte, dans des formats ouverts : CSV (UTF-8, avec une ligne d’en-tête), tableur OpenDocument (ODS), JSON et, pour ce qui a un lieu, GeoJSON. Les numéros de téléphone et adresses électroniques des signataires n’y figurent jamais.',
  'opendata.contents': 'Sur cette page',
  'opendata.licence.title': 'Licence',
  'opendata.licence.body':
    'Les données sont publiées sous la {licence}, d’Etalab : vous pouvez les copier, les modifier et les réutiliser librement, y compris commercialement, à condition de citer la source et la date de mise à jour.',
  'opendata.freshness.title': 'Fréquence de mise à jour',
  'opendata.freshness.body':
    'Les fichiers sont produits à la demande, à partir de la base : un changement enregistré (avancement d’une action, jalon, preuve, audit, inventaire, engagement) figure dans le téléchargement suivant. Les collectivités mettent leurs données à jour au fil de l’eau ; le référentiel des collectivités vient du découpage administratif d’Etalab ; le catalogue des logiciels est réimporté du SILL et du Comptoir du Libre. L’historique, lui, ne fait que s’allonger : rien n’y est réécrit.',
  'opendata.cite.title': 'Comment citer ces données',
  'opendata.cite.body': 'Indiquez le titre du jeu, la source, la date de téléchargement et la licence, par exemple :',
  'opendata.cite.example':
    '« {dataset} », Pacte du Logiciel Libre — suivi des engagements, {url}, téléchargé le {date}, Licence Ouverte 2.0.',
  'opendata.dump.title': 'Archive complète',
  'opendata.dump.body':
    'Tous les jeux de données, sans filtre, en CSV dans une archive ZIP, avec un fichier datapackage.json (Frictionless Data Package) : le schéma de chaque fichier (colonnes, types, valeurs permises), la licence, la date de l’archive et l’empreinte SHA-256 de chaque fichier.',
  'opendata.dump.link': 'Télécharger l’archive complète (ZIP)',
  'opendata.api.title': 'API et filtres',
  'opendata.api.body':
    'Chaque fichier a une adresse stable, /exports/<jeu>.<format>, qui accepte les filtres ci-dessous (ceux du tableau de bord : les liens « Télécharger » de chaque page les reprennent). Les mêmes données se lisent aussi par l’API GraphQL publique, à l’adresse /graphql. La documentation complète de l’API, avec des exemples en curl, est le fichier docs/api.md du code source.',
  'opendata.api.example': 'Par exemple, les communes engagées de l’Isère, en CSV :',
  'opendata.filter': 'Filtre',
  'opendata.meaning': 'Signification',
  'opendata.datasets.title': 'Les jeux de données',
  'opendata.row': 'Une ligne : {row}.',
  'opendata.filters': 'Filtres :',
  'opendata.noFilter': 'Aucun filtre.',
  'opendata.columns': 'Colonnes ({count})',
  'opendata.column': 'Colonne',
  'opendata.type': 'Type',
  'opendata.required': 'Toujours remplie',
  'opendata.yes': 'oui',
  'opendata.no': 'non',
  'opendata.values': 'Valeurs :',
} as const;
