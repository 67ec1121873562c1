import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { type CopyValue, copyClientOf, copyRowsAtOnce } from '../../database/copy-rows';
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
 * are copied into a temporary table and compared in one `UPDATE … FROM`. On the embedded PostgreSQL, which has no
 * `COPY … FROM STDIN`, the same rows go in by chunks of ordinary statements.
 */
export class ReferentialImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly onProgress: (message: string) => void = () => undefined,
  ) {}

  async run(source: ReferentialSource): Promise<ImportReport> {
    const skipped: ImportReport['skipped'] = [];
    // A broken source fails here, having written nothing.
    const rows = this.toRows(source, skipped);
    const started = Date.now();
    const counts = await this.dataSource.transaction((manager) => this.write(manager, rows));
    this.onProgress(`referential ${source.version} imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { version: source.version, counts, skipped };
  }

  private async write(manager: EntityManager, rows: Row[]): Promise<ImportCounts[]> {
    // SHARE ROW EXCLUSIVE: no other transaction inserts or updates a collectivity until the commit, so the keys read
    // next stay true; reads, and the foreign keys of other tables' writes, are not held up.
    await manager.query('LOCK TABLE collectivity IN SHARE ROW EXCLUSIVE MODE');
    const existing: { kind: string; code: string; id: string }[] = await manager.query(
      `SELECT kind, code, id FROM collectivity WHERE kind = ANY($1::text[])`,
      [KINDS],
    );
    const idOf = new Map(existing.map((e) => [`${e.kind}|${e.code}`, e.id]));
    const fresh: Values[] = [];
    const known: Values[] = [];
    const inserted = new Map<CollectivityKind, number>();
    // Every EPCI of this referential by code, with the id it has or will have: the communes' epci_id.
    const epciIds = new Map<string, string>();
    const ids = rows.map((r) => {
      const id = idOf.get(`${r.kind}|${r.code}`);
      if (id === undefined) inserted.set(r.kind, (inserted.get(r.kind) ?? 0) + 1);
      const value = id ?? randomUUID();
      if (EPCI_KINDS.has(r.kind)) epciIds.set(r.code, value);
      return { id: value, isNew: id === undefined };
    });
    rows.forEach((r, i) => {
      const values = valuesOf(r, ids[i].id, r.epciCode === null ? null : (epciIds.get(r.epciCode) ?? null));
      (ids[i].isNew ? fresh : known).push(values);
    });
    const copy = await copyClientOf(manager);
    if (fresh.length > 0) {
      await writeRows(manager, copy, 'collectivity', fresh);
      this.onProgress(`${fresh.length} new collectivities written`);
    }
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
      const total = changed.reduce((n, c) => n + c.updated, 0);
      this.onProgress(`${known.length} collectivities already there compared, ${total} updated`);
    }
    return GROUPS.map(({ label, kinds }) => {
      const sum = (counts: Map<string, number>) => kinds.reduce((n, k) => n + (counts.get(k) ?? 0), 0);
      const total = rows.filter((r) => (kinds as readonly string[]).includes(r.kind)).length;
      const counts = { kind: label, total, inserted: sum(inserted), updated: sum(updated), unchanged: 0 };
      counts.unchanged = total - counts.inserted - counts.updated;
      return counts;
    });
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
        searchName: searchNameOf(kind, e.code, e.nom),
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
        searchName: searchNameOf('COMMUNE', c.code, c.nom),
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

/** Writes the rows into `table` (collectivity, or the temporary table of the same columns) in the transaction. */
async function writeRows(manager: EntityManager, copy: PoolClient | null, table: string, rows: Values[]) {
  if (copy) {
    await copyRowsAtOnce(copy, table, COLUMNS, rows);
    return;
  }
  for (let start = 0; start < rows.length; start += CHUNK) {
    await manager.query(
      `INSERT INTO ${table} (${COLUMNS.join(', ')})
       SELECT v.id::uuid, v.kind, v.code, v.name, v.search_name, v.siren, v.population::int,
              coalesce(string_to_array(v.postcodes, ','), '{}'), v.departement_code, v.region_code, v.epci_id::uuid
         FROM unnest(${COLUMNS.map((_, i) => `string_to_array($${i + 1}, E'\\x1f', E'\\x1e')`).join(', ')})
              AS v(${COLUMNS.join(', ')})`,
      columnTexts(rows.slice(start, start + CHUNK)),
    );
  }
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
    searchName: searchNameOf(kind, code, name),
    siren: null,
    population: null,
    postcodes: [],
    departementCode: dep,
    regionCode: reg,
    epciCode: null,
  };
}

/** The name folded for search; a record without a code or a name stops the import before it writes anything. */
function searchNameOf(kind: CollectivityKind, code: unknown, name: unknown): string {
  if (typeof code !== 'string' || !code || typeof name !== 'string' || !name.trim()) {
    throw new Error(`the referential's ${kind} ${JSON.stringify(code)} has no code or no name: nothing was imported`);
  }
  return foldForSearch(name);
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
