import {
  CatalogueParseResult,
  CatalogueProvider,
  JsonObject,
  arrayOf,
  cleanString,
  describeType,
  isObject,
  parseRecords,
  uniqueNames,
  uniqueProviders,
} from './catalogue-entry';

/**
 * Reads the Comptoir du Libre export (`comptoir-du-libre_export_v1.json`: one JSON object whose `softwares` array
 * lists the software, see "Public catalogues" in the README) into catalogue entries.
 *
 * - The top level must be an object with a `softwares` array, else an Error is thrown.
 * - A record that is not an object, has no non-negative integer `id` or no non-blank `name`, or repeats an id
 *   already read, is skipped with its index in `softwares` and the reason.
 * - Unknown fields are ignored; missing optional fields give null or an empty list.
 * - The export has no description, SILL id nor similar software: those are null or empty.
 * - Providers: name and website (`external_resources.website`, else their Comptoir page `url`); one per name.
 * - Users: the names of the organisations that declared they use the software; one per name.
 */
export function parseComptoirExport(json: unknown): CatalogueParseResult {
  if (!isObject(json)) {
    throw new Error(
      `Not a Comptoir du Libre export: expected a JSON object at the top level, got ${describeType(json)}`,
    );
  }
  if (!Array.isArray(json.softwares)) {
    throw new Error(
      `Not a Comptoir du Libre export: expected a "softwares" array, got ${describeType(json.softwares)}`,
    );
  }
  return parseRecords(json.softwares, ({ record, id, name }) => {
    const resources = externalResources(record);
    return {
      source: 'COMPTOIR',
      externalId: String(id),
      name,
      licence: cleanString(record.licence),
      description: null,
      website: resources.website,
      repository: resources.repository,
      sillId: null,
      comptoirId: id,
      similarSillIds: [],
      providers: uniqueProviders(comptoirProviders(record)),
      users: uniqueNames(comptoirUsers(record)),
      dereferenced: false,
    };
  });
}

/** `external_resources.website` and `.repository` of a Comptoir record, null when absent. */
export function externalResources(record: JsonObject): { website: string | null; repository: string | null } {
  const resources = isObject(record.external_resources) ? record.external_resources : {};
  return { website: cleanString(resources.website), repository: cleanString(resources.repository) };
}

/** The providers of a Comptoir record (or of the Comptoir record a SILL record embeds). */
export function comptoirProviders(record: JsonObject): CatalogueProvider[] {
  const providers: CatalogueProvider[] = [];
  for (const provider of arrayOf(record.providers)) {
    const name = isObject(provider) ? cleanString(provider.name) : null;
    if (isObject(provider) && name !== null) {
      providers.push({ name, siren: null, url: externalResources(provider).website ?? cleanString(provider.url) });
    }
  }
  return providers;
}

/** The names of the organisations that use the software, from a Comptoir record. */
export function comptoirUsers(record: JsonObject): string[] {
  return arrayOf(record.users)
    .map((user) => (isObject(user) ? cleanString(user.name) : null))
    .filter((name): name is string => name !== null);
}
