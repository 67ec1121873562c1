import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { type CopyValue, copyClientOf, copyRowsPipelined } from '../../database/copy-rows';
import { foldForSearch } from '../../common/text/normalize';
import type { CollectivityKind } from '../collectivities/models/collectivity.model';
import { RawArea, RawCommune, RawEpci, ReferentialSource } from './referential.source';

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
  /** {@link foldForSearch} of the name. */
  searchName: string;
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

/** In this order: each group's counts are reported under its label. */
const GROUPS = [
  { label: 'régions', kinds: ['REGION'] },
  { label: 'départements', kinds: ['DEPARTEMENT'] },
  { label: 'EPCI', kinds: [...new Set(Object.values(EPCI_KIND))] },
  { label: 'communes', kinds: ['COMMUNE'] },
] as const;
const KINDS: readonly CollectivityKind[] = [...new Set(GROUPS.flatMap((g) => g.kinds))];

/**
 * Loads every région, département, EPCI and current commune of the official referential, in one transaction.
 * Idempotent: rows are matched on (kind, code) and only rewritten when something differs, so a second run
 * reports everything unchanged and writes nothing.
 *
 * The shape of a bulk load: the collectivity table is locked against other writers for the length of the import
 * (reads go on), the keys already there are read, and then the new rows go in with `COPY … FROM STDIN` and the others
 * are copied into a temporary table and compared in one `UPDATE … FROM`. The rows are made as the COPY sends them
 * (the source is checked whole first), so PostgreSQL works on the first while Node makes the rest. On the embedded
 * PostgreSQL, which has no `COPY … FROM STDIN`, the same rows go in by chunks of ordinary statements.
 */
export class ReferentialImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly onProgress: (message: string) => void = () => undefined,
  ) {}

  async run(source: ReferentialSource): Promise<ImportReport> {
    const skipped: ImportReport['skipped'] = [];
    // A broken source fails here, having written nothing.
    const checked = check(source, skipped);
    const started = Date.now();
    const counts = await this.dataSource.transaction((manager) => this.write(manager, checked));
    this.onProgress(`referential ${source.version} imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { version: source.version, counts, skipped };
  }

  private async write(manager: EntityManager, source: CheckedSource): Promise<ImportCounts[]> {
    // SHARE ROW EXCLUSIVE: no other transaction inserts or updates a collectivity until the commit, so the keys read
    // next stay true; reads, and the foreign keys of other tables' writes, are not held up.
    await manager.query('LOCK TABLE collectivity IN SHARE ROW EXCLUSIVE MODE');
    const existing: { kind: string; code: string; id: string }[] = await manager.query(
      `SELECT kind, code, id FROM collectivity WHERE kind = ANY($1::text[])`,
      [KINDS],
    );
    const idOf = new Map(existing.map((e) => [`${e.kind}|${e.code}`, e.id]));
    const total = new Map<CollectivityKind, number>();
    const inserted = new Map<CollectivityKind, number>();
    const known: Values[] = [];
    // Every EPCI of this referential by code, with the id it has or will have: the communes' epci_id. The EPCI come
    // before the communes, so each commune's EPCI is in it when the commune is made.
    const epciIds = new Map<string, string>();
    // The new rows, made one by one as the COPY asks for them; the others are kept for the comparison.
    function* fresh(): Generator<Values> {
      for (const r of rowsOf(source)) {
        total.set(r.kind, (total.get(r.kind) ?? 0) + 1);
        const id = idOf.get(`${r.kind}|${r.code}`);
        const value = id ?? randomUUID();
        if (EPCI_KINDS.has(r.kind)) epciIds.set(r.code, value);
        const values = valuesOf(r, value, r.epciCode === null ? null : (epciIds.get(r.epciCode) ?? null));
        if (id !== undefined) {
          known.push(values);
          continue;
        }
        inserted.set(r.kind, (inserted.get(r.kind) ?? 0) + 1);
        yield values;
      }
    }
    const copy = await copyClientOf(manager);
    const written = await writeRows(manager, copy, 'collectivity', fresh());
    if (written > 0) this.onProgress(`${written} new collectivities written`);
    const updated = new Map<string, number>();
    if (known.length > 0) {
      await manager.query(
        `CREATE TEMPORARY TABLE referential_import ON COMMIT DROP AS
           SELECT ${COLUMNS.join(', ')} FROM collectivity WITH NO DATA`,
      );
      await writeRows(manager, copy, 'referential_import', known);
      const changed: { kind: string; updated: number }[] = await manager.query(
        `WITH written AS (
           UPDATE collectivity c SET
                  ${COMPARED.map((column) => `${column} = t.${column}`).join(', ')}
             FROM referential_import t
            WHERE c.id = t.id
              AND (${COMPARED.map((column) => `c.${column}`).join(', ')})
                  IS DISTINCT FROM (${COMPARED.map((column) => `t.${column}`).join(', ')})
           RETURNING c.kind)
         SELECT kind, count(*)::int AS updated FROM written GROUP BY kind`,
      );
      for (const c of changed) updated.set(c.kind, c.updated);
      const all = changed.reduce((n, c) => n + c.updated, 0);
      this.onProgress(`${known.length} collectivities already there compared, ${all} updated`);
    }
    return GROUPS.map(({ label, kinds }) => {
      const sum = (counts: Map<string, number>) => kinds.reduce((n, k) => n + (counts.get(k) ?? 0), 0);
      const counts = { kind: label, total: sum(total), inserted: sum(inserted), updated: sum(updated), unchanged: 0 };
      counts.unchanged = counts.total - counts.inserted - counts.updated;
      return counts;
    });
  }
}

/** A source whose every record to import has a code and a name, with the EPCI of a known type and current communes. */
interface CheckedSource {
  regions: RawArea[];
  departements: RawArea[];
  epci: { kind: CollectivityKind; epci: RawEpci }[];
  communes: RawCommune[];
}

/**
 * The records to import, each checked: a record without a code or a name stops the import before it writes anything.
 * An EPCI of an unknown type is left out and reported in `skipped`.
 */
function check(source: ReferentialSource, skipped: ImportReport['skipped']): CheckedSource {
  const epci: CheckedSource['epci'] = [];
  for (const e of source.epci) {
    const kind = EPCI_KIND[e.type];
    if (kind) epci.push({ kind, epci: e });
    else skipped.push({ code: e.code, reason: `unknown EPCI type ${e.type}` });
  }
  const checked = {
    regions: source.regions,
    departements: source.departements,
    epci,
    communes: source.communes.filter((c) => c.type === 'commune-actuelle'),
  };
  for (const r of checked.regions) checkRecord('REGION', r.code, r.nom);
  for (const d of checked.departements) checkRecord('DEPARTEMENT', d.code, d.nom);
  for (const { kind, epci: e } of checked.epci) checkRecord(kind, e.code, e.nom);
  for (const c of checked.communes) checkRecord('COMMUNE', c.code, c.nom);
  return checked;
}

function checkRecord(kind: CollectivityKind, code: unknown, name: unknown): void {
  if (typeof code !== 'string' || !code || typeof name !== 'string' || !name.trim()) {
    throw new Error(`the referential's ${kind} ${JSON.stringify(code)} has no code or no name: nothing was imported`);
  }
}

/** The rows of a checked source, made one by one, in this order: régions, départements, EPCI, communes. */
function* rowsOf(source: CheckedSource): Generator<Row> {
  for (const r of source.regions) yield area('REGION', r.code, r.nom, null, r.code);
  for (const d of source.departements) yield area('DEPARTEMENT', d.code, d.nom, d.code, d.region ?? null);
  const communeByCode = new Map(source.communes.map((c) => [c.code, c]));
  for (const { kind, epci: e } of source.epci) {
    const [departementCode, regionCode] = mainArea(e, communeByCode);
    yield {
      kind,
      code: e.code,
      name: e.nom,
      searchName: foldForSearch(e.nom),
      siren: e.code,
      population: e.populationMunicipale ?? null,
      postcodes: [],
      departementCode,
      regionCode,
      epciCode: null,
    };
  }
  const epciOfCommune = new Map<string, string>();
  for (const { epci } of source.epci) for (const m of epci.membres) epciOfCommune.set(m.code, epci.code);
  for (const c of source.communes) {
    yield {
      kind: 'COMMUNE',
      code: c.code,
      name: c.nom,
      searchName: foldForSearch(c.nom),
      siren: c.siren ?? null,
      population: c.population ?? null,
      postcodes: postcodesOf(c.codesPostaux),
      departementCode: c.departement ?? null,
      regionCode: c.region ?? null,
      epciCode: epciOfCommune.get(c.code) ?? null,
    };
  }
}

/** The columns written, in the order of {@link valuesOf}; origin keeps its default (REFERENTIAL) on a new row. */
const COLUMNS = [
  'id',
  'kind',
  'code',
  'name',
  'search_name',
  'siren',
  'population',
  'postcodes',
  'departement_code',
  'region_code',
  'epci_id',
] as const;
/** The columns an import rewrites on a row already there, when one of them differs. */
const COMPARED = COLUMNS.filter((c) => c !== 'id' && c !== 'kind' && c !== 'code');
const EPCI_KINDS = new Set<CollectivityKind>(Object.values(EPCI_KIND));

type Values = CopyValue[];

function valuesOf(r: Row, id: string, epciId: string | null): Values {
  return [
    id,
    r.kind,
    r.code,
    r.name,
    r.searchName,
    r.siren,
    r.population,
    r.postcodes,
    r.departementCode,
    r.regionCode,
    epciId,
  ];
}

/** Rows per statement on the embedded database. */
const CHUNK = 5000;

/**
 * Writes the rows into `table` (collectivity, or the temporary table of the same columns) in the transaction, and
 * returns how many. With COPY, rows are made as they are sent; on the embedded database, a chunk at a time.
 */
async function writeRows(
  manager: EntityManager,
  copy: PoolClient | null,
  table: string,
  rows: Iterable<Values>,
): Promise<number> {
  if (copy) return copyRowsPipelined(copy, table, COLUMNS, rows);
  let count = 0;
  let chunk: Values[] = [];
  const flush = () =>
    manager.query(
      `INSERT INTO ${table} (${COLUMNS.join(', ')})
       SELECT v.id::uuid, v.kind, v.code, v.name, v.search_name, v.siren, v.population::int,
              coalesce(string_to_array(v.postcodes, ','), '{}'), v.departement_code, v.region_code, v.epci_id::uuid
         FROM unnest(${COLUMNS.map((_, i) => `string_to_array($${i + 1}, E'\\x1f', E'\\x1e')`).join(', ')})
              AS v(${COLUMNS.join(', ')})`,
      columnTexts(chunk),
    );
  for (const row of rows) {
    chunk.push(row);
    count += 1;
    if (chunk.length === CHUNK) {
      await flush();
      chunk = [];
    }
  }
  if (chunk.length > 0) await flush();
  return count;
}

/**
 * Separates the values of a column (ASCII unit separator); a value that is only the record separator is NULL. (A
 * one-row chunk whose value is '' reaches PostgreSQL as no element, that is NULL: only the postcodes can be empty.)
 */
const SEPARATOR = '\x1f';
const NULL = '\x1e';

/**
 * A chunk's rows as one text per column, which PostgreSQL splits itself (`string_to_array`): node-postgres would
 * otherwise escape every element of eleven array parameters one by one, which the profile showed cost as much CPU as
 * the insert itself.
 */
function columnTexts(rows: Values[]): string[] {
  return COLUMNS.map((_, column) => {
    const texts = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i += 1) {
      const value = rows[i][column];
      if (value === null) {
        texts[i] = NULL;
        continue;
      }
      const text = Array.isArray(value) ? value.join(',') : String(value);
      if (text.includes(SEPARATOR) || text === NULL) throw new Error(`a control character in the referential: ${text}`);
      texts[i] = text;
    }
    return texts.join(SEPARATOR);
  });
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
    searchName: foldForSearch(name),
    siren: null,
    population: null,
    postcodes: [],
    departementCode: dep,
    regionCode: reg,
    epciCode: null,
  };
}

/** An EPCI's département and région: those of most of its member communes (the first met of those, on a tie). */
function mainArea(
  epci: RawEpci,
  communes: Map<string, { departement?: string; region?: string }>,
): [string | null, string | null] {
  const tally = new Map<string, { departement: string; region: string | null; count: number }>();
  for (const m of epci.membres) {
    const c = communes.get(m.code);
    if (!c?.departement) continue;
    const key = c.region ? `${c.departement}|${c.region}` : c.departement;
    let entry = tally.get(key);
    if (!entry) {
      entry = { departement: c.departement, region: c.region || null, count: 0 };
      tally.set(key, entry);
    }
    entry.count += 1;
  }
  let best: { departement: string; region: string | null; count: number } | null = null;
  for (const entry of tally.values()) if (!best || entry.count > best.count) best = entry;
  return best ? [best.departement, best.region] : [null, null];
}
