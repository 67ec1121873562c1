import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';
import { openDatabase } from './open-database';

/**
 * For the command-line tools: opens the configured database (DATABASE_URL, or the embedded one in DATA_DIR), runs
 * `work` with a small DataSource on it (after the pending migrations when `migrate`), and always closes both.
 */
export async function withDataSource<T>(
  config: AppConfig,
  log: (msg: string) => void,
  work: (dataSource: DataSource) => Promise<T>,
  options: { migrate?: boolean; poolMax?: number } = {},
): Promise<T> {
  const database = await openDatabase(config, log);
  const dataSource = new DataSource(dataSourceOptions(database.url, Math.min(options.poolMax ?? 2, database.poolMax)));
  try {
    await dataSource.initialize();
    if (options.migrate) await dataSource.runMigrations({ transaction: 'each' });
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}
