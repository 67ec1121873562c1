import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { createValidationPipe } from '../../src/common/errors/validation.pipe';
import { listenUrl, loadConfig, settlePublicUrl } from '../../src/config/config';
import { serveDashboard } from '../../src/common/web/serve-dashboard';
import { sharedPageRenderer } from '../../src/modules/share/page-renderer';

export const OPERATOR_TOKEN = 'test-operator-token-0123456789';

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface CallOptions {
  token?: string | null;
  /** A `name=value` cookie pair; implies no operator token. */
  cookie?: string;
  /** More request headers (X-Forwarded-For, Origin…). */
  headers?: Record<string, string>;
}

export interface TestApi {
  app: INestApplication;
  dataSource: DataSource;
  /**
   * Runs an operation as the platform operator (token), anonymously (`{ token: null }`), or as a signed-in user
   * (`{ cookie }`, from `signUp`/`signIn`).
   */
  gql<T = Record<string, any>>(query: string, variables?: object, opts?: CallOptions): Promise<GqlResult<T>>;
  /** Same, but fails the test on any GraphQL error and returns `data`. */
  ok<T = Record<string, any>>(query: string, variables?: object, opts?: CallOptions): Promise<T>;
  /** Same as gql, with the response's Set-Cookie header. */
  raw(query: string, variables?: object, opts?: CallOptions): Promise<{ body: GqlResult; setCookie: string | null }>;
  /** Counts SQL statements run while `fn` runs. */
  countQueries(fn: () => Promise<unknown>): Promise<number>;
  /** The SQL statements (with their parameters) run while `fn` runs, in order. */
  captureQueries(fn: () => Promise<unknown>): Promise<{ query: string; parameters: unknown[] }[]>;
  close(): Promise<void>;
}

/** The real app module on the run's test database (or `databaseUrl`), listening on a free port. */
export async function createTestApi(
  env: Record<string, string> = {},
  { databaseUrl, dashboardDir, poolMax = 2 }: { databaseUrl?: string; dashboardDir?: string; poolMax?: number } = {},
): Promise<TestApi> {
  const url = databaseUrl ?? process.env.PACTE_TEST_DATABASE_URL;
  if (!url) throw new Error('PACTE_TEST_DATABASE_URL is not set: run through jest (global setup)');
  // The suites sign up many accounts from one address: request throttling is out of their way unless a test sets it.
  const config = loadConfig({
    NODE_ENV: 'test',
    ADMIN_API_TOKEN: OPERATOR_TOKEN,
    DATABASE_URL: url,
    THROTTLE_PER_MINUTE: '1000000',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl: url, poolMax })],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  app.useGlobalPipes(createValidationPipe());
  // As bootstrap.ts does: behind TRUST_PROXY proxies, req.ip is the forwarded client address.
  app.getHttpAdapter().getInstance().set('trust proxy', config.throttle.trustProxy);
  // As bootstrap.ts does, when a test serves a dashboard build: its files, and each route's page with its head.
  if (dashboardDir && !serveDashboard(app as NestExpressApplication, dashboardDir, sharedPageRenderer(app))) {
    throw new Error(`no index.html in ${dashboardDir}`);
  }
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  // As bootstrap.ts does: without PUBLIC_URL, links follow the address the app listens on.
  settlePublicUrl(config, listenUrl('127.0.0.1', address.port));
  const endpoint = `http://127.0.0.1:${address.port}/graphql`;
  const dataSource = app.get(DataSource);

  let captured: { query: string; parameters: unknown[] }[] | null = null;
  const original = dataSource.logger;
  const counting: TypeOrmLogger = {
    logQuery: (...args) => {
      captured?.push({ query: args[0], parameters: (args[1] as unknown[] | undefined) ?? [] });
      return original.logQuery(...args);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.defineProperty(dataSource, 'logger', { value: counting });

  const raw: TestApi['raw'] = async (query, variables = {}, opts = {}) => {
    const token = opts.cookie ? null : opts.token === undefined ? OPERATOR_TOKEN : opts.token;
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await response.json()) as GqlResult<any>, setCookie: response.headers.get('set-cookie') };
  };
  const capture: TestApi['captureQueries'] = async (fn) => {
    const queries: { query: string; parameters: unknown[] }[] = [];
    captured = queries;
    try {
      await fn();
      return queries;
    } finally {
      captured = null;
    }
  };
  const gql: TestApi['gql'] = async (query, variables, opts) => (await raw(query, variables, opts)).body as any;
  return {
    app,
    dataSource,
    gql,
    raw,
    ok: async (query, variables, opts) => {
      const result = await gql(query, variables, opts);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as any;
    },
    countQueries: async (fn) => (await capture(fn)).length,
    captureQueries: (fn) => capture(fn),
    close: () => app.close(),
  };
}

/** The extensions.code of the first error, to assert on. */
export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
