import {
  CatalogueEntry,
  CatalogueSource,
  FREE_ALTERNATIVES_SEED,
  SkippedRecord,
  parseComptoirExport,
  parseSillCatalogue,
} from '@pacte/pact';
import { DataSource } from 'typeorm';
import { CatalogueRow, SoftwareCatalogueRepository, UpsertCounts } from './software-catalogue.repository';

/** The free alternatives the pact names, as catalogue rows keyed by their slug. */
export function seedRows(): CatalogueRow[] {
  return FREE_ALTERNATIVES_SEED.map((a) => ({
    source: 'SEED',
    externalId: a.slug,
    name: a.name,
    category: a.category,
    licence: a.licence,
    description: a.description.fr,
    website: a.website,
    repository: null,
    sillId: null,
    comptoirId: null,
    similarSillIds: [],
    providers: [],
    declaredUsers: [],
    aliases: [...a.aliases],
    replaces: [...a.replaces],
    actionCodes: [...a.actionCodes],
    dereferenced: false,
  }));
}

/** Entries read by the libs/pact parsers, as catalogue rows. */
export function importedRows(entries: readonly CatalogueEntry[]): CatalogueRow[] {
  return entries.map((e) => ({
    source: e.source,
    externalId: e.externalId,
    name: e.name,
    category: null,
    licence: e.licence,
    description: e.description,
    website: e.website,
    repository: e.repository,
    sillId: e.sillId,
    comptoirId: e.comptoirId,
    similarSillIds: [...e.similarSillIds],
    providers: e.providers.map((p) => ({ name: p.name, siren: p.siren ?? null, url: p.url ?? null })),
    declaredUsers: [...e.users],
    aliases: [],
    replaces: [],
    actionCodes: [],
    dereferenced: e.dereferenced,
  }));
}

/** Upserts the seed of free alternatives: on every start, idempotent (unchanged rows are not rewritten). */
export function ensureSoftwareCatalogue(dataSource: DataSource): Promise<UpsertCounts> {
  const repository = new SoftwareCatalogueRepository(dataSource);
  return dataSource.transaction((manager) => repository.upsert(manager, seedRows()));
}

export interface CatalogueImportReport {
  source: CatalogueSource;
  counts: UpsertCounts;
  /** Records of the file that were left out, with their position, id when they have one, and why. */
  skipped: SkippedRecord[];
}

const PARSERS: Record<CatalogueSource, (json: unknown) => { entries: CatalogueEntry[]; skipped: SkippedRecord[] }> = {
  SILL: parseSillCatalogue,
  COMPTOIR: parseComptoirExport,
};

export const SOURCE_NAMES: Record<CatalogueSource, string> = { SILL: 'SILL', COMPTOIR: 'Comptoir du Libre' };

/**
 * Imports a public catalogue (already parsed from JSON) into the catalogue table, in one transaction: entries are
 * upserted by (source, externalId), so a second run of the same file changes nothing. Records the parser cannot
 * use are reported, not imported. A file of the wrong shape throws before anything is written.
 */
export class CatalogueImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly onProgress: (message: string) => void = () => undefined,
  ) {}

  async run(source: CatalogueSource, json: unknown): Promise<CatalogueImportReport> {
    const { entries, skipped } = PARSERS[source](json);
    this.onProgress(
      `${SOURCE_NAMES[source]}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} read, ${skipped.length} skipped`,
    );
    const repository = new SoftwareCatalogueRepository(this.dataSource);
    const rows = importedRows(entries);
    try {
      const counts = await this.dataSource.transaction((manager) =>
        repository.upsert(manager, rows, (done, total) =>
          this.onProgress(`${SOURCE_NAMES[source]}: ${done}/${total} written (${Math.round((100 * done) / total)} %)`),
        ),
      );
      return { source, counts, skipped };
    } catch (error) {
      throw (await this.refusedRecord(repository, source, rows)) ?? error;
    }
  }

  /**
   * After the database refused the import (and rolled it back), finds the first record it refuses on its own: each
   * row is written under a savepoint of a transaction that is rolled back in the end, so this writes nothing either.
   */
  private async refusedRecord(
    repository: SoftwareCatalogueRepository,
    source: CatalogueSource,
    rows: readonly CatalogueRow[],
  ): Promise<CatalogueRecordRefusedError | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      for (const row of rows) {
        await runner.query('SAVEPOINT catalogue_record');
        try {
          await repository.upsert(runner.manager, [row]);
        } catch (error) {
          const { externalId, name } = row;
          return new CatalogueRecordRefusedError(source, { externalId, name }, (error as Error).message);
        }
        await runner.query('ROLLBACK TO SAVEPOINT catalogue_record');
      }
      return null;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

/** The database refused one record of a catalogue file: the import wrote nothing. */
export class CatalogueRecordRefusedError extends Error {
  constructor(
    public readonly source: CatalogueSource,
    public readonly record: Pick<CatalogueRow, 'externalId' | 'name'>,
    public readonly reason: string,
  ) {
    super(
      `${SOURCE_NAMES[source]} record id ${record.externalId} (${JSON.stringify(record.name)}) was refused by the database: ${reason}. Nothing was imported: correct or remove that record and run the import again.`,
    );
    this.name = 'CatalogueRecordRefusedError';
  }
}

/** The report a person reads at the end of an import. */
export function formatImportReport(report: CatalogueImportReport): string {
  const { counts, skipped } = report;
  const lines = [
    `${SOURCE_NAMES[report.source]} import: ${counts.total} entries — ${counts.inserted} new, ${counts.updated} updated, ${counts.unchanged} unchanged; ${skipped.length} record(s) skipped`,
  ];
  for (const s of skipped) {
    const id = s.id === undefined ? '' : ` (id ${JSON.stringify(s.id)})`;
    lines.push(`  skipped record #${s.index}${id}: ${s.reason}`);
  }
  return lines.join('\n');
}
