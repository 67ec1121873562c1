import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';
import { openDatabase } from './open-database';
import { withStartLock } from './start-lock';

/**
 * For the command-line tools: opens the configured database (DATABASE_URL, or the embedded one in DATA_DIR), runs
 * `work` with a small DataSource on it (after the pending migrations when `migrate`, under the start lock: see
 * start-lock.ts; `applied` names them), and always closes both.
 */
export async function withDataSource<T>(
  config: AppConfig,
  log: (msg: string) => void,
  work: (dataSource: DataSource, opened: { applied: readonly string[] }) => Promise<T>,
  options: { migrate?: boolean; poolMax?: number } = {},
): Promise<T> {
  const database = await openDatabase(config, log);
  const dataSource = new DataSource(dataSourceOptions(database.url, Math.min(options.poolMax ?? 2, database.poolMax)));
  try {
    await dataSource.initialize();
    // Under the start lock: an app process starting on the same database waits, and finds the migrations done.
    const applied = options.migrate
      ? await withStartLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }), {
          locked: !database.embedded,
          log,
        })
      : [];
    return await work(dataSource, { applied: applied.map((m) => m.name) });
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}
