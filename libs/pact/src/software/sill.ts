import {
  CatalogueParseResult,
  CatalogueProvider,
  JsonObject,
  arrayOf,
  cleanId,
  cleanString,
  describeType,
  idList,
  isObject,
  parseRecords,
  uniqueNames,
  uniqueProviders,
} from './catalogue-entry';
import { comptoirProviders, comptoirUsers, externalResources } from './comptoir';

/**
 * Reads the SILL catalogue (`sill.json`, also served as `catalogi.json`: one JSON array of software, see "Public
 * catalogues" in the README) into catalogue entries.
 *
 * - The top level must be an array, else an Error is thrown: the file is not a SILL catalogue.
 * - A record that is not an object, has no non-negative integer `id` or no non-blank `name`, or repeats an id
 *   already read, is skipped with its index and the reason.
 * - Unknown fields are ignored; missing optional fields give null or an empty list.
 * - `comptoirDuLibreSoftware` (the embedded Comptoir du Libre record) gives `comptoirId`, the website and the
 *   repository, and adds its providers and users.
 * - Providers: `annuaireCnllServiceProviders` (name, siren, url), then `serviceProviders` (their `name`, `siren`
 *   and `url` or `website` when present), then the Comptoir providers; one per name.
 * - Users: the organisations of `userAndReferentCountByOrganization`, then the Comptoir users; one per name.
 * - `dereferenced` is true when the record has a `dereferencing` object or says `isReferenced: false`.
 */
export function parseSillCatalogue(json: unknown): CatalogueParseResult {
  if (!Array.isArray(json)) {
    throw new Error(
      `Not a SILL catalogue: expected a JSON array of software at the top level, got ${describeType(json)}`,
    );
  }
  return parseRecords(json, ({ record, id, name }) => {
    const comptoir = isObject(record.comptoirDuLibreSoftware) ? record.comptoirDuLibreSoftware : null;
    const resources = comptoir ? externalResources(comptoir) : { website: null, repository: null };
    return {
      source: 'SILL',
      externalId: String(id),
      name,
      licence: cleanString(record.license),
      description: cleanString(record.description),
      website: resources.website,
      repository: resources.repository,
      sillId: id,
      comptoirId: comptoir ? cleanId(comptoir.id) : null,
      similarSillIds: idList(record.similarSoftwares).filter((similar) => similar !== id),
      providers: uniqueProviders([...sillProviders(record), ...(comptoir ? comptoirProviders(comptoir) : [])]),
      users: uniqueNames([...sillUsers(record), ...(comptoir ? comptoirUsers(comptoir) : [])]),
      dereferenced: isObject(record.dereferencing) || record.isReferenced === false,
    };
  });
}

function sillProviders(record: JsonObject): CatalogueProvider[] {
  const providers: CatalogueProvider[] = [];
  for (const provider of [...arrayOf(record.annuaireCnllServiceProviders), ...arrayOf(record.serviceProviders)]) {
    const name = isObject(provider) ? cleanString(provider.name) : null;
    if (isObject(provider) && name !== null) {
      providers.push({
        name,
        siren: cleanSiren(provider.siren),
        url: cleanString(provider.url) ?? cleanString(provider.website),
      });
    }
  }
  return providers;
}

function sillUsers(record: JsonObject): string[] {
  const counts = record.userAndReferentCountByOrganization;
  if (!isObject(counts)) return [];
  return Object.keys(counts)
    .map(cleanString)
    .filter((name): name is string => name !== null);
}

/** A SIREN is 9 digits; the CNLL directory sometimes spaces them out. Anything else is dropped. */
function cleanSiren(value: unknown): string | null {
  const raw = typeof value === 'number' ? String(value) : cleanString(value);
  const digits = raw?.replace(/\s/g, '') ?? '';
  return /^\d{9}$/.test(digits) ? digits : null;
}
