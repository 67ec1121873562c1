import { DataSource, EntityManager } from 'typeorm';
import { foldForSearch } from '../../common/text/normalize';
import type { CollectivityKind } from '../collectivities/models/collectivity.model';
import { ReferentialSource, RawEpci } from './referential.source';

const EPCI_KIND: Record<string, CollectivityKind> = {
  CC: 'COMMUNAUTE_DE_COMMUNES',
  CA: 'COMMUNAUTE_D_AGGLOMERATION',
  CU: 'COMMUNAUTE_URBAINE',
  METRO: 'METROPOLE',
  MET69: 'METROPOLE',
};

interface Row {
  kind: CollectivityKind;
  code: string;
  name: string;
  siren: string | null;
  population: number | null;
  postcodes: string[];
  departementCode: string | null;
  regionCode: string | null;
  epciCode: string | null;
}

export interface ImportCounts {
  kind: string;
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  version: string;
  counts: ImportCounts[];
  skipped: { code: string; reason: string }[];
}

const CHUNK = 5000;

/** In this order: the communes' EPCI is looked up among the rows written before them. */
const GROUPS = [
  { label: 'régions', kinds: ['REGION'] },
  { label: 'départements', kinds: ['DEPARTEMENT'] },
  { label: 'EPCI', kinds: Object.values(EPCI_KIND) },
  { label: 'communes', kinds: ['COMMUNE'] },
] as const;

/**
 * Loads every région, département, EPCI and current commune of the official referential, in one transaction.
 * Idempotent: rows are upserted on (kind, code) and only rewritten when something differs, so a second run
 * reports everything unchanged.
 */
export class ReferentialImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly onProgress: (message: string) => void = () => undefined,
  ) {}

  async run(source: ReferentialSource): Promise<ImportReport> {
    const skipped: ImportReport['skipped'] = [];
    const rows = this.toRows(source, skipped);
    const started = Date.now();
    // Every chunk is prepared before the transaction opens: a broken source fails here, having written nothing.
    const groups = GROUPS.map(({ label, kinds }) => {
      const batch = rows.filter((r) => (kinds as readonly string[]).includes(r.kind));
      const chunks: Chunk[] = [];
      for (let start = 0; start < batch.length; start += CHUNK) chunks.push(chunkOf(batch.slice(start, start + CHUNK)));
      return { label, total: batch.length, chunks };
    });
    const counts = await this.dataSource.transaction(async (manager) => {
      const result: ImportCounts[] = [];
      for (const group of groups) result.push(await this.upsert(manager, group));
      return result;
    });
    this.onProgress(`referential ${source.version} imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { version: source.version, counts, skipped };
  }

  private toRows(source: ReferentialSource, skipped: ImportReport['skipped']): Row[] {
    const communes = source.communes.filter((c) => c.type === 'commune-actuelle');
    const communeByCode = new Map(communes.map((c) => [c.code, c]));
    const epciOfCommune = new Map<string, string>();
    for (const epci of source.epci) for (const m of epci.membres) epciOfCommune.set(m.code, epci.code);
    const rows: Row[] = [];
    for (const r of source.regions) {
      rows.push(area('REGION', r.code, r.nom, null, r.code));
    }
    for (const d of source.departements) {
      rows.push(area('DEPARTEMENT', d.code, d.nom, d.code, d.region ?? null));
    }
    for (const e of source.epci) {
      const kind = EPCI_KIND[e.type];
      if (!kind) {
        skipped.push({ code: e.code, reason: `unknown EPCI type ${e.type}` });
        continue;
      }
      const [departementCode, regionCode] = mainArea(e, communeByCode);
      rows.push({
        kind,
        code: e.code,
        name: e.nom,
        siren: e.code,
        population: e.populationMunicipale ?? null,
        postcodes: [],
        departementCode,
        regionCode,
        epciCode: null,
      });
    }
    for (const c of communes) {
      rows.push({
        kind: 'COMMUNE',
        code: c.code,
        name: c.nom,
        siren: c.siren ?? null,
        population: c.population ?? null,
        postcodes: postcodesOf(c.codesPostaux),
        departementCode: c.departement ?? null,
        regionCode: c.region ?? null,
        epciCode: epciOfCommune.get(c.code) ?? null,
      });
    }
    return rows;
  }

  private async upsert(
    manager: EntityManager,
    { label, total, chunks }: { label: string; total: number; chunks: Chunk[] },
  ): Promise<ImportCounts> {
    const counts: ImportCounts = { kind: label, total, inserted: 0, updated: 0, unchanged: 0 };
    let done = 0;
    for (const { size, columns } of chunks) {
      // xmax = 0 tells an inserted row from an updated one; rows whose values are unchanged are not written. Only the
      // two counts come back, not a row per collectivity.
      const [written]: { inserted: number; updated: number }[] = await manager.query(
        `WITH written AS (
           INSERT INTO collectivity AS c (kind, code, name, search_name, siren, population, postcodes,
                                          departement_code, region_code, epci_id, origin)
           SELECT v.kind, v.code, v.name, v.search_name, v.siren, v.population::int,
                  coalesce(string_to_array(v.postcodes, ','), '{}'), v.departement_code, v.region_code, e.id, 'REFERENTIAL'
             FROM unnest(${COLUMNS.map((_, i) => `string_to_array($${i + 1}, E'\\x1f', E'\\x1e')`).join(', ')})
                  AS v(${COLUMNS.join(', ')})
             LEFT JOIN collectivity e ON e.code = v.epci_code AND e.kind IN
                  ('COMMUNAUTE_DE_COMMUNES', 'COMMUNAUTE_D_AGGLOMERATION', 'COMMUNAUTE_URBAINE', 'METROPOLE')
           ON CONFLICT (kind, code) DO UPDATE SET
                  name = excluded.name, search_name = excluded.search_name, siren = excluded.siren,
                  population = excluded.population, postcodes = excluded.postcodes,
                  departement_code = excluded.departement_code, region_code = excluded.region_code,
                  epci_id = excluded.epci_id
            WHERE (c.name, c.search_name, c.siren, c.population, c.postcodes, c.departement_code, c.region_code,
                   c.epci_id)
                  IS DISTINCT FROM
                  (excluded.name, excluded.search_name, excluded.siren, excluded.population, excluded.postcodes,
                   excluded.departement_code, excluded.region_code, excluded.epci_id)
           RETURNING (xmax = 0) AS inserted)
         SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
           FROM written`,
        columns,
      );
      counts.inserted += written.inserted;
      counts.updated += written.updated;
      done += size;
      this.onProgress(`${label}: ${done}/${total}`);
    }
    counts.unchanged = counts.total - counts.inserted - counts.updated;
    return counts;
  }
}

/** The columns sent for each chunk, in the order of the query's parameters. */
const COLUMNS = [
  'kind',
  'code',
  'name',
  'search_name',
  'siren',
  'population',
  'postcodes',
  'departement_code',
  'region_code',
  'epci_code',
] as const;
/**
 * Separates the values of a column (ASCII unit separator); a value that is only the record separator is NULL. (A
 * one-row chunk whose value is '' reaches PostgreSQL as no element, that is NULL: only the postcodes can be empty.)
 */
const SEPARATOR = '\x1f';
const NULL = '\x1e';

interface Chunk {
  size: number;
  /** One text per column of {@link COLUMNS}: the chunk's values joined by {@link SEPARATOR}. */
  columns: string[];
}

/**
 * A chunk's rows as one text per column, which PostgreSQL splits itself (`string_to_array`): node-postgres would
 * otherwise escape every element of ten array parameters one by one, which the profile showed cost as much CPU as
 * the insert itself. (COPY would do as well, but the embedded database does not speak `COPY … FROM STDIN`.)
 */
function chunkOf(rows: Row[]): Chunk {
  const columns: (string | number | null)[][] = COLUMNS.map(() => []);
  const [kind, code, name, searchName, siren, population, postcodes, departement, region, epci] = columns;
  for (const r of rows) {
    kind.push(r.kind);
    code.push(r.code);
    name.push(r.name);
    searchName.push(foldForSearch(r.name));
    siren.push(r.siren);
    population.push(r.population);
    postcodes.push(r.postcodes.join(','));
    departement.push(r.departementCode);
    region.push(r.regionCode);
    epci.push(r.epciCode);
  }
  return { size: rows.length, columns: columns.map(joinColumn) };
}

function joinColumn(values: (string | number | null)[]): string {
  const texts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === null) {
      texts[i] = NULL;
      continue;
    }
    const text = String(value);
    if (text.includes(SEPARATOR) || text === NULL) throw new Error(`a control character in the referential: ${text}`);
    texts[i] = text;
  }
  return texts.join(SEPARATOR);
}

/** A commune's postcodes, each once, in order (most communes have one). */
function postcodesOf(codes: string[] | undefined): string[] {
  if (!codes) return [];
  return codes.length < 2 ? [...codes] : [...new Set(codes)].sort();
}

function area(kind: CollectivityKind, code: string, name: string, dep: string | null, reg: string | null): Row {
  return {
    kind,
    code,
    name,
    siren: null,
    population: null,
    postcodes: [],
    departementCode: dep,
    regionCode: reg,
    epciCode: null,
  };
}

/** An EPCI's département and région: those of most of its member communes. */
function mainArea(
  epci: RawEpci,
  communes: Map<string, { departement?: string; region?: string }>,
): [string | null, string | null] {
  const tally = new Map<string, number>();
  for (const m of epci.membres) {
    const c = communes.get(m.code);
    if (c?.departement)
      tally.set(`${c.departement}|${c.region ?? ''}`, (tally.get(`${c.departement}|${c.region ?? ''}`) ?? 0) + 1);
  }
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return [null, null];
  const [dep, reg] = best[0].split('|');
  return [dep, reg || null];
}
