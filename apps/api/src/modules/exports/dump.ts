import { Inject, Injectable } from '@nestjs/common';
import { type Dataset, type DatasetColumn, OPEN_DATASETS, OPEN_DATA_LICENCE, exportFileName } from '@pacte/pact';
import { createHash } from 'node:crypto';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { ExportsService } from './exports.service';

/** What the dump says of one file once written: its size and SHA-256. */
export interface WrittenFile {
  dataset: Dataset;
  path: string;
  bytes: number;
  sha256: string;
}

const TABLE_SCHEMA_TYPE: Record<DatasetColumn['type'], string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  list: 'string',
  object: 'object',
};

/** A Frictionless Table Schema field of a catalogue column. */
function field(column: DatasetColumn) {
  return {
    name: column.name,
    type: TABLE_SCHEMA_TYPE[column.type],
    // Instants are ISO 8601 with milliseconds (e.g. 2026-03-22T18:04:05.120Z), which the default format lacks.
    ...(column.type === 'datetime' ? { format: 'any' } : {}),
    description: `${column.description.fr} — ${column.description.en}`,
    constraints: { required: column.required, ...(column.enum ? { enum: [...column.enum] } : {}) },
  };
}

/** The Frictionless Data Package (Tabular Data Package profile) describing the written files. */
export function dataPackage(files: readonly WrittenFile[], created: Date, publicUrl: string) {
  return {
    profile: 'tabular-data-package',
    name: 'pacte-du-logiciel-libre',
    title: 'Pacte du Logiciel Libre — suivi des engagements',
    description:
      'Données publiques du suivi du Pacte du Logiciel Libre (élections municipales 2026) : collectivités engagées, ' +
      'avancement, preuves, audits, signataires (champs publics), inventaires, catalogue, historique. ' +
      '— Public data of the Pacte du Logiciel Libre tracker.',
    homepage: publicUrl,
    created: created.toISOString(),
    licenses: [{ name: OPEN_DATA_LICENCE.name, title: OPEN_DATA_LICENCE.title.fr, path: OPEN_DATA_LICENCE.path }],
    resources: files.map(({ dataset, path, bytes, sha256 }) => ({
      profile: 'tabular-data-resource',
      name: dataset.id,
      path,
      title: dataset.title.fr,
      description: `${dataset.description.fr}\n\n${dataset.description.en}`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes,
      hash: `sha256:${sha256}`,
      licenses: [{ name: OPEN_DATA_LICENCE.name, title: OPEN_DATA_LICENCE.title.fr, path: OPEN_DATA_LICENCE.path }],
      schema: {
        fields: dataset.columns.map(field),
        primaryKey: dataset.columns.filter((c) => c.key).map((c) => c.name),
        missingValues: [''],
      },
    })),
  };
}

/** The full public dump: every dataset as CSV, unfiltered, then `datapackage.json` with each file's SHA-256. */
@Injectable()
export class DumpService {
  constructor(
    private readonly exports: ExportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes each file through `open(path)`, one after the other (each streamed), and returns the package. */
  async write(open: (path: string) => Writable | Promise<Writable>): Promise<ReturnType<typeof dataPackage>> {
    const created = new Date();
    const files: WrittenFile[] = [];
    for (const dataset of OPEN_DATASETS) {
      const path = exportFileName(dataset.id, 'csv');
      const hash = createHash('sha256');
      let bytes = 0;
      const count = new PassThrough();
      count.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        bytes += chunk.length;
      });
      await pipeline(this.exports.stream({ dataset, format: 'csv', filters: {} }), count, await open(path));
      files.push({ dataset, path, bytes, sha256: hash.digest('hex') });
    }
    const pkg = dataPackage(files, created, this.config.publicUrl);
    await pipeline(Readable.from([`${JSON.stringify(pkg, null, 2)}\n`]), await open('datapackage.json'));
    return pkg;
  }

  /** The dump as a zip, streamed: each CSV is deflated as it is read, datapackage.json comes last. */
  zip(): Readable {
    const zip = new ZipFile();
    const output = zip.outputStream as Readable;
    this.write((path) => {
      const entry = new PassThrough();
      zip.addReadStream(entry, path);
      return entry;
    })
      .then(() => zip.end())
      .catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
    return output;
  }
}
