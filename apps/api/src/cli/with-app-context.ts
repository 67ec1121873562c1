import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/config';
import { openDatabase } from '../database/open-database';

/**
 * For the command-line tools that need the app's services: opens the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR, its messages on stderr), the app's modules without the HTTP server, runs `work`, and
 * always closes both.
 */
export async function withAppContext<T>(
  config: AppConfig,
  work: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot({
        config,
        databaseUrl: database.url,
        poolMax: Math.min(2, database.poolMax),
        embedded: database.embedded,
      }),
      { logger: ['error'] },
    );
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
