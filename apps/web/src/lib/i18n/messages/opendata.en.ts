import type { opendataFr } from './opendata.fr';

/** English messages of the "Open data" page. */
export const opendataEn: Record<keyof typeof opendataFr, string> = {
  'opendata.title': 'Open data',
  'opendata.intro':
    'All the public data of the tracker downloads freely, with no account, in open formats: CSV (UTF-8, with a header row), OpenDocument spreadsheet (ODS), JSON and, for what has a place, GeoJSON. Signatories’ phone numbers and e-mail addresses are never in them.',
  'opendata.contents': 'On this page',
  'opendata.licence.title': 'Licence',
  'opendata.licence.body':
    'The data is published under Etalab’s {licence}: you may copy, change and reuse it freely, commercially too, provided you credit the source and the date of the last update.',
  'opendata.freshness.title': 'How often it changes',
  'opendata.freshness.body':
    'Files are made on request, from the database: a recorded change (an action’s progress, a milestone, evidence, an audit, the inventory, a commitment) is in the next download. Collectivities update their data as they go; the referential of collectivities comes from Etalab’s découpage administratif; the software catalogue is imported again from the SILL and the Comptoir du Libre. The history only grows: nothing in it is rewritten.',
  'opendata.cite.title': 'How to cite this data',
  'opendata.cite.body':
    'Give the title of the dataset, the source, the day you downloaded it and the licence, for example:',
  'opendata.cite.example':
    '“{dataset}”, Pacte du Logiciel Libre — commitment tracker, {url}, downloaded on {date}, Licence Ouverte 2.0.',
  'opendata.dump.title': 'Full dump',
  'opendata.dump.body':
    'Every dataset, unfiltered, as CSV in a ZIP archive, with a datapackage.json file (Frictionless Data Package): the schema of each file (columns, types, allowed values), the licence, the date of the archive and the SHA-256 of each file.',
  'opendata.dump.link': 'Download the full dump (ZIP)',
  'opendata.api.title': 'API and filters',
  'opendata.api.body':
    'Each file has a stable address, /exports/<dataset>.<format>, that takes the filters below (the dashboard’s: the “Download” links of each page carry them). The same data is also read through the public GraphQL API, at /graphql. The full documentation of the API, with curl examples, is the file docs/api.md of the source code.',
  'opendata.api.example': 'For example, the committed communes of Isère, as CSV:',
  'opendata.filter': 'Filter',
  'opendata.meaning': 'Meaning',
  'opendata.datasets.title': 'The datasets',
  'opendata.row': 'One row: {row}.',
  'opendata.filters': 'Filters:',
  'opendata.noFilter': 'No filter.',
  'opendata.columns': 'Columns ({count})',
  'opendata.column': 'Column',
  'opendata.type': 'Type',
  'opendata.required': 'Always filled',
  'opendata.yes': 'yes',
  'opendata.no': 'no',
  'opendata.values': 'Values:',
};
