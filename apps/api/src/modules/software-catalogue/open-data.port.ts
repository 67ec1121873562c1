import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CatalogueRow {
  id: string;
  source: string;
  externalId: string;
  name: string;
  category: string | null;
  licence: string | null;
  description: string | null;
  website: string | null;
  repository: string | null;
  sillId: number | null;
  comptoirId: number | null;
  replaces: string[];
  actionCodes: string[];
  dereferenced: boolean;
  updatedAt: Date;
}

const PAGE = 1000;

/** Read port of the software catalogue for the open-data exports. */
@Injectable()
export class SoftwareCatalogueOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Names of these entries, by id. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM software_catalogue_entry WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async *entries(filter: { category?: string } = {}): AsyncGenerator<CatalogueRow> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: CatalogueRow[] = await this.dataSource.query(
        `SELECT id, source, external_id AS "externalId", name, category, licence, description, website, repository,
                sill_id AS "sillId", comptoir_id AS "comptoirId", replaces, action_codes AS "actionCodes",
                dereferenced, updated_at AS "updatedAt"
           FROM software_catalogue_entry
          WHERE id > $1 AND ($2::text IS NULL OR category = $2)
          ORDER BY id LIMIT $3`,
        [after, filter.category ?? null, PAGE],
      );
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }
}
