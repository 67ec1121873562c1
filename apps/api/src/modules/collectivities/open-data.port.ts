import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CollectivityKind, type PopulationStratum, populationStratum } from '@pacte/pact';
import { DataSource } from 'typeorm';

/** What the open-data exports say of a collectivity a row belongs to. */
export interface CollectivityRef {
  id: string;
  code: string;
  kind: CollectivityKind;
  name: string;
  siren: string | null;
  population: number | null;
  departementCode: string | null;
  regionCode: string | null;
  /** SIREN of the EPCI a commune belongs to. */
  epciCode: string | null;
}

/** The territory filters of the exports (libs/pact open-data). */
export interface TerritoryFilter {
  region?: string;
  departement?: string;
  /** SIREN of an EPCI: its member communes. */
  epci?: string;
  kind?: CollectivityKind;
  code?: string;
  stratum?: PopulationStratum;
}

/** Read port of the collectivities for the open-data exports (module exports). */
@Injectable()
export class CollectivitiesOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** These collectivities (ids that match none are left out). */
  async refs(ids: readonly string[]): Promise<CollectivityRef[]> {
    if (ids.length === 0) return [];
    const rows: CollectivityRef[] = await this.dataSource.query(
      `SELECT c.id, c.code, c.kind, c.name, c.siren, c.population, c.departement_code AS "departementCode",
              c.region_code AS "regionCode", e.code AS "epciCode"
         FROM collectivity c LEFT JOIN collectivity e ON e.id = c.epci_id
        WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows;
  }

  /** Ids of the collectivities within the filter; null when it filters nothing (every collectivity). */
  async idsMatching(filter: TerritoryFilter): Promise<Set<string> | null> {
    const { region, departement, epci, kind, code, stratum } = filter;
    if ([region, departement, epci, kind, code, stratum].every((v) => v === undefined)) return null;
    const rows: { id: string; population: number | null; kind: CollectivityKind }[] = await this.dataSource.query(
      `SELECT id, population, kind FROM collectivity
        WHERE ($1::text IS NULL OR region_code = $1) AND ($2::text IS NULL OR departement_code = $2)
          AND ($3::text IS NULL OR kind = $3) AND ($4::text IS NULL OR code = $4)
          AND ($5::text IS NULL OR epci_id IN (SELECT e.id FROM collectivity e WHERE e.code = $5))`,
      [region ?? null, departement ?? null, kind ?? null, code ?? null, epci ?? null],
    );
    return new Set(
      rows.filter((r) => stratum === undefined || populationStratum(r.population, r.kind) === stratum).map((r) => r.id),
    );
  }
}
