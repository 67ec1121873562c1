import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/errors/validation.pipe';
import { securityHeaders } from './common/web/security-headers';
import { defaultDashboardDir, serveDashboard } from './common/web/serve-dashboard';
import { listenUrl, settlePublicUrl, type AppConfig } from './config/config';
import { openDatabase } from './database/open-database';
import { withStartLock } from './database/start-lock';
import { DemoAccounts } from './modules/demo/demo-accounts';
import { DemoSeeder } from './modules/demo/demo.seeder';
import { ProgressService } from './modules/progress/progress.service';
import { ensureElections } from './modules/referential/elections.seed';
import { ensureReferential } from './modules/referential/ensure-referential';
import { sharedPageRenderer } from './modules/share/page-renderer';
import { ensureSoftwareCatalogue } from './modules/software-catalogue/catalogue.importer';

export interface RunningApp {
  app: INestApplication;
  /** Base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the app as `npm start` runs it: opens the database (embedded unless DATABASE_URL), runs the migrations,
 * loads the official referential on first start, the demo when configured, then listens.
 */
export async function startApp(config: AppConfig, log: (msg: string) => void = console.log): Promise<RunningApp> {
  const database = await openDatabase(config, log);
  let app: NestExpressApplication | undefined;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        config,
        databaseUrl: database.url,
        databaseReadUrl: database.readUrl,
        poolMax: database.poolMax,
        embedded: database.embedded,
      }),
      { bufferLogs: true },
    );
    app.useLogger(app.get(Logger));
    app.useGlobalPipes(createValidationPipe());
    app.disable('x-powered-by');
    // Behind TRUST_PROXY reverse proxies, req.ip is the client's address (throttling counts per address).
    app.set('trust proxy', config.throttle.trustProxy);
    app.use(securityHeaders(config));
    const dashboard = config.webDistDir ?? defaultDashboardDir();
    const served = serveDashboard(app, dashboard, sharedPageRenderer(app));
    if (!served) log(`no dashboard build in ${dashboard}: serving the API only`);
    const dataSource = app.get(DataSource);
    const nest = app;
    // One process at a time (several may start together on one database): the second finds the work done.
    await withStartLock(
      dataSource,
      async () => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
        await ensureElections(dataSource);
        await ensureSoftwareCatalogue(dataSource);
        if (config.importReferentialOnStart) await ensureReferential(dataSource, log);
        const scored = await nest.get(ProgressService).fillMissingScores();
        if (scored > 0) log(`stored the score of ${scored} commitment(s) written before scores were kept`);
        if (config.loadDemo) await nest.get(DemoSeeder).seed(log);
      },
      { locked: !database.embedded, log },
    );
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    const warning = settlePublicUrl(config, listenUrl(config.host, port));
    if (warning) log(`warning: ${warning}`);
    // The embedded demo only (never a DATABASE_URL): one-time sign-in links, to try every screen without curl.
    const links = database.embedded ? await app.get(DemoAccounts).signInLinks() : [];
    // What a newcomer opens comes first, then the demo accounts, then where the API and the data are (the last line
    // once the app serves: scripts wait for it).
    if (served) log(`Dashboard: ${url}/`);
    if (links.length > 0) {
      log('Demo accounts: open a link to sign in (once each, valid 24 h; restart for new ones):');
      for (const link of links) log(`  ${link.label}: ${link.url}`);
    }
    log(`GraphQL API on ${url}/graphql${database.embedded ? ` (embedded PostgreSQL in ${config.dataDir})` : ''}`);
    const running = app;
    return {
      app: running,
      url,
      close: async () => {
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close();
    throw error;
  }
}
