import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators';
import { DatabaseUnavailableError } from '../../common/web/database-outage';

/** How long /health waits for PostgreSQL before saying it cannot be reached. */
const PROBE_TIMEOUT_MS = 3000;

/**
 * Liveness and readiness for orchestrators and the compose healthcheck: 200 `{ status: 'ok', database: 'ok' }`, or
 * 503 `DATABASE_UNAVAILABLE` while PostgreSQL cannot be reached (the process stays up and recovers by itself: each
 * request tries a new connection).
 */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DatabaseUnavailableError()), PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
    } catch {
      throw new DatabaseUnavailableError();
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ok', database: 'ok' };
  }
}
