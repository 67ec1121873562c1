import { DataSource } from 'typeorm';
import { ReferentialImporter } from './referential.importer';
import { loadReferentialSource } from './referential.source';

/** On first start (no commune yet) the official referential is loaded. */
export async function ensureReferential(dataSource: DataSource, log: (msg: string) => void): Promise<void> {
  const [{ count }] = await dataSource.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM collectivity WHERE kind = 'COMMUNE'`,
  );
  if (count > 0) return;
  log('first start: importing the official referential (communes, EPCI, départements, régions)…');
  const report = await new ReferentialImporter(dataSource, log).run(loadReferentialSource());
  log(report.counts.map((c) => `${c.kind}: ${c.total}`).join(', '));
}
