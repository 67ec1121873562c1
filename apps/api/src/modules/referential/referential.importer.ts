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
    const counts = await this.dataSource.transaction(async (manager) => {
      const result: ImportCounts[] = [];
      for (const [label, kinds] of [
        ['régions', ['REGION']],
        ['départements', ['DEPARTEMENT']],
        ['EPCI', Object.values(EPCI_KIND)],
        ['communes', ['COMMUNE']],
      ] as const) {
        const batch = rows.filter((r) => (kinds as readonly string[]).includes(r.kind));
        const counts = await this.upsert(manager, label, batch);
        result.push(counts);
      }
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
        postcodes: [...new Set(c.codesPostaux ?? [])].sort(),
        departementCode: c.departement ?? null,
        regionCode: c.region ?? null,
        epciCode: epciOfCommune.get(c.code) ?? null,
      });
    }
    return rows;
  }

  private async upsert(manager: EntityManager, label: string, rows: Row[]): Promise<ImportCounts> {
    const counts: ImportCounts = { kind: label, total: rows.length, inserted: 0, updated: 0, unchanged: 0 };
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      // xmax = 0 tells an inserted row from an updated one; rows whose values are unchanged are not returned.
      const result: { inserted: boolean }[] = await manager.query(
        `INSERT INTO collectivity AS c (kind, code, name, search_name, siren, population, postcodes,
                                        departement_code, region_code, epci_id, origin)
         SELECT v.kind, v.code, v.name, v.search_name, v.siren, v.population,
                string_to_array(v.postcodes, ','), v.departement_code, v.region_code, e.id, 'REFERENTIAL'
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[],
                       $8::text[], $9::text[], $10::text[])
                AS v(kind, code, name, search_name, siren, population, postcodes, departement_code, region_code,
                     epci_code)
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
         RETURNING (xmax = 0) AS inserted`,
        [
          chunk.map((r) => r.kind),
          chunk.map((r) => r.code),
          chunk.map((r) => r.name),
          chunk.map((r) => foldForSearch(r.name)),
          chunk.map((r) => r.siren),
          chunk.map((r) => r.population),
          chunk.map((r) => r.postcodes.join(',')),
          chunk.map((r) => r.departementCode),
          chunk.map((r) => r.regionCode),
          chunk.map((r) => r.epciCode),
        ],
      );
      const inserted = result.filter((r) => r.inserted).length;
      counts.inserted += inserted;
      counts.updated += result.length - inserted;
      this.onProgress(`${label}: ${Math.min(start + CHUNK, rows.length)}/${rows.length}`);
    }
    counts.unchanged = counts.total - counts.inserted - counts.updated;
    return counts;
  }
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
