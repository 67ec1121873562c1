import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { dataSourceOptions } from '../../database/data-source-options';
import { openDatabase } from '../../database/open-database';
import { HistoryRepository } from './history.repository';

export interface OpenHistory {
  repository: HistoryRepository;
  close(): Promise<void>;
}

/**
 * The history of the configured database (DATABASE_URL, or the embedded one in DATA_DIR), outside the app: for the
 * history:verify and history:export commands. Read only: no migration is run.
 */
export async function openHistory(config: AppConfig, log: (msg: string) => void): Promise<OpenHistory> {
  const database = await openDatabase(config, log);
  const dataSource = new DataSource(dataSourceOptions(database.url, 1));
  try {
    await dataSource.initialize();
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    repository: new HistoryRepository(dataSource),
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.close();
    },
  };
}
