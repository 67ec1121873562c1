import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The shapes of @etalab/decoupage-administratif's data files that the importer reads. */
export interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
}
export interface RawEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}
export interface RawArea {
  code: string;
  nom: string;
  region?: string;
}

export interface ReferentialSource {
  version: string;
  communes: RawCommune[];
  epci: RawEpci[];
  departements: RawArea[];
  regions: RawArea[];
}

/**
 * Reads the official data shipped in @etalab/decoupage-administratif. Its main entry point reads `./data` relative
 * to the working directory, so the JSON files are read by path from the package folder instead.
 */
export function loadReferentialSource(): ReferentialSource {
  const root = path.dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
  const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(root, 'data', name), 'utf8')) as T;
  const pkg = read<{ version: string }>('../package.json');
  return {
    version: pkg.version,
    communes: read<RawCommune[]>('communes.json'),
    epci: read<RawEpci[]>('epci.json'),
    departements: read<RawArea[]>('departements.json'),
    regions: read<RawArea[]>('regions.json'),
  };
}
