import { Inject, Injectable } from '@nestjs/common';
import {
  type Dataset,
  type DatasetId,
  type ExportFilters,
  type ExportFormat,
  getDataset,
  parseExportFile,
  parseExportFilters,
} from '@pacte/pact';
import { Readable } from 'node:stream';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { keepRoute } from '../../database/read-route';
import { HistoryOpenDataPort } from '../history/open-data.port';
import { ExportRequestError } from './exports.errors';
import { CommitmentRows } from './rows/commitment-rows';
import { OtherRows } from './rows/other-rows';
import type { Row } from './rows/row';
import { toCsv } from './writers/csv';
import { toGeoJson } from './writers/geojson';
import { historyExport } from './writers/history';
import { toJson } from './writers/json';
import { toOds } from './writers/ods';

export interface ExportRequest {
  dataset: Dataset;
  format: ExportFormat;
  filters: ExportFilters;
}

/** The open-data exports: the catalogue of libs/pact (open-data), its rows, streamed in each format. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly commitmentRows: CommitmentRows,
    private readonly otherRows: OtherRows,
    private readonly history: HistoryOpenDataPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Reads `<dataset>.<format>` and the query's filters, or refuses them with a code (400). */
  request(file: string, query: Record<string, string | readonly string[] | undefined>): ExportRequest {
    const path = parseExportFile(file);
    if (!path.ok) {
      throw new ExportRequestError(path.code, `No export ${file}: see docs/api.md#exports`, { file });
    }
    const dataset = getDataset(path.dataset);
    const parsed = parseExportFilters(dataset.filters, query);
    if (!parsed.ok) {
      const [first] = parsed.issues;
      throw new ExportRequestError(first.code, `Filter ${first.filter} refused for ${dataset.id}`, {
        issues: parsed.issues,
        accepted: dataset.filters,
      });
    }
    return { dataset, format: path.format, filters: parsed.filters };
  }

  /** The rows of a dataset, in a stable order, as they come from the database (the history: see {@link stream}). */
  rows(id: Exclude<DatasetId, 'history'>, filters: ExportFilters): AsyncIterable<Row> {
    switch (id) {
      case 'committed-collectivities':
        return this.commitmentRows.committedCollectivities(filters);
      case 'commitments':
        return this.commitmentRows.commitments(filters);
      case 'progress':
        return this.commitmentRows.progressRows(filters);
      case 'milestones':
        return this.commitmentRows.milestones(filters);
      case 'evidence':
        return this.commitmentRows.evidence(filters, this.config.publicUrl);
      case 'audits':
        return this.commitmentRows.audits(filters);
      case 'signatories':
        return this.otherRows.signatories(filters);
      case 'inventory':
        return this.otherRows.inventoryItems(filters);
      case 'figures':
        return this.otherRows.figures(filters);
      case 'software':
        return this.otherRows.software(filters);
    }
  }

  /**
   * The export as a byte stream that reads rows only as fast as the client takes them (Readable.from pulls). The
   * history, which may hold millions of entries, is written by PostgreSQL (`COPY … TO STDOUT`, writers/history.ts):
   * no JavaScript object per entry, so memory stays flat.
   */
  stream({ dataset, format, filters }: ExportRequest): Readable {
    if (dataset.id === 'history') return historyExport(this.history, format, filters);
    // The rows are pulled by the response's socket: they keep the request's read route (the replica for an anonymous
    // export, see database/read-route.ts).
    const rows = keepRoute(this.rows(dataset.id, filters));
    switch (format) {
      case 'csv':
        return Readable.from(toCsv(dataset, rows));
      case 'json':
        return Readable.from(toJson(dataset, rows));
      case 'geojson':
        return Readable.from(toGeoJson(dataset, rows));
      case 'ods':
        return toOds(dataset, rows);
    }
  }
}
