import * as path from 'node:path';
import { z } from 'zod';
import { bool, type Env, httpUrl, int, problem, text } from './env';
import { checkEvidenceEnv, EvidenceConfig, evidenceEnv, toEvidenceConfig } from './evidence.config';
import { checkMapEnv, MapConfig, mapEnv, toMapConfig } from './map.config';
import { checkOidcEnv, OidcConfig, oidcEnv, toOidcConfig } from './oidc.config';
import { ThrottleConfig, throttleEnv, toThrottleConfig } from './security.config';

/** The one configuration object of the API, built and validated once at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** PostgreSQL connection string; null means: run on the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
  /**
   * DATABASE_READ_URL: a read replica of DATABASE_URL (streaming replication) for the anonymous public reads; null: every
   * read on DATABASE_URL (see docs/operations.md#read-replica).
   */
  databaseReadUrl: string | null;
  dataDir: string;
  /** Load the labelled demo data set (default: on with the embedded database, off otherwise). */
  loadDemo: boolean;
  /** Import the official referential on start when the collectivity table is empty. */
  importReferentialOnStart: boolean;
  /** Bearer token of the platform operator: automation and first setup (see docs/permissions.md). */
  adminApiToken: string | null;
  /** Limits on every GraphQL operation (see docs/architecture.md#depth-and-complexity-limits). */
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    maxCost: number;
    maxAliases: number;
    maxTokens: number;
    introspection: boolean;
    /** Queries executing at once; the others wait their turn (0: no bound). See common/graphql/operation-bound.ts. */
    maxConcurrentQueries: number;
  };
  /**
   * Public address of the site, for links (evidence files, feeds, e-mails). Without PUBLIC_URL: the address the app
   * listens on (`http://HOST:PORT`; with PORT=0 it is set once the port is known, see bootstrap.ts).
   */
  publicUrl: string;
  /** Whether PUBLIC_URL was given (else `publicUrl` follows the address the app listens on). */
  publicUrlExplicit: boolean;
  /** smtp://user:pass@host:port; null: e-mails are written to the log (development only). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Session cookies: lifetime, and Secure (default on in production). */
  session: { ttlDays: number; secureCookie: boolean };
  /** Sign-in through OpenID Connect; null when OIDC_ISSUER_URL is unset (the feature is off). */
  oidc: OidcConfig | null;
  /** Evidence files: size limit and where they are stored. */
  evidence: EvidenceConfig;
  /** Background tiles of the dashboard's map. */
  map: MapConfig;
  /** Request throttling per client address (sign-in, sign-up, password reset, uploads). */
  throttle: ThrottleConfig;
  logLevel: string;
  /** `short`: one line per request and per message (the default); `json`: pino's full JSON lines. */
  logFormat: 'short' | 'json';
  /** Folder of the built dashboard (default: apps/web/dist); the API serves it on its own port. */
  webDistDir: string | null;
}

/**
 * Every environment variable the API reads, as one zod schema: the type and range of each variable, then the checks
 * that involve several variables. Defaults that depend on other variables are applied by `toAppConfig`.
 */
const variables = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  HOST: text(),
  PORT: int(0, 65535),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// connection string' })
    .optional(),
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// connection string' })
    .optional(),
  DATA_DIR: text(),
  LOAD_DEMO: bool(),
  IMPORT_REFERENTIAL_ON_START: bool(),
  ADMIN_API_TOKEN: z.string().min(16, { error: 'must be at least 16 characters long' }).optional(),
  GRAPHQL_MAX_DEPTH: int(2, 50),
  GRAPHQL_MAX_COMPLEXITY: int(10, 1_000_000),
  GRAPHQL_MAX_COST: int(10, 1_000_000),
  GRAPHQL_MAX_ALIASES: int(0, 1_000),
  GRAPHQL_MAX_TOKENS: int(100, 100_000),
  GRAPHQL_INTROSPECTION: bool(),
  GRAPHQL_MAX_CONCURRENT_QUERIES: int(0, 1_000),
  LOG_LEVEL: text(),
  LOG_FORMAT: z.enum(['short', 'json'], { error: 'must be short or json' }).optional(),
  WEB_DIST_DIR: text(),
  PUBLIC_URL: httpUrl(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'must be an smtp:// or smtps:// URL' })
    .optional(),
  MAIL_FROM: text(),
  SESSION_TTL_DAYS: int(1, 365),
  SECURE_COOKIES: bool(),
  ...oidcEnv,
  ...evidenceEnv,
  ...mapEnv,
  ...throttleEnv,
});

/**
 * The checks across variables read the raw text, so they run (and report) even when a variable they do not look at
 * is invalid: the operator sees every problem at once.
 */
const relations = z.record(z.string(), z.string()).superRefine((env, ctx) => {
  if (env.DATABASE_READ_URL !== undefined && env.DATABASE_URL === undefined) {
    problem(
      ctx,
      'DATABASE_READ_URL',
      'needs DATABASE_URL: the embedded database (no DATABASE_URL) has no read replica; set DATABASE_URL to the ' +
        'primary server, or unset DATABASE_READ_URL',
    );
  }
  checkOidcEnv(env, ctx);
  checkEvidenceEnv(env, ctx);
  checkMapEnv(env, ctx);
});

/** Parses the cleaned environment with both schemas; the issues of both, or the typed variables. */
function parseEnv(env: Env): { success: true; data: ParsedEnv } | { success: false; issues: z.core.$ZodIssue[] } {
  const typed = variables.safeParse(env);
  const related = relations.safeParse(env);
  const issues = [...(typed.error?.issues ?? []), ...(related.error?.issues ?? [])];
  return typed.success && issues.length === 0 ? { success: true, data: typed.data } : { success: false, issues };
}

export type ParsedEnv = z.infer<typeof variables>;

/** Variables whose value is never repeated in an error message. */
const SECRETS = new Set([
  'ADMIN_API_TOKEN',
  'S3_SECRET_ACCESS_KEY',
  'OIDC_CLIENT_SECRET',
  'SMTP_URL',
  'DATABASE_URL',
  'DATABASE_READ_URL',
]);

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Secrets are taken as written (a space may belong to them); every other value is trimmed. */
const UNTRIMMED = new Set(['S3_SECRET_ACCESS_KEY', 'OIDC_CLIENT_SECRET']);

/** Blank variables count as unset. */
function clean(env: Env): Env {
  const cleaned: Env = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.trim() === '') continue;
    cleaned[name] = UNTRIMMED.has(name) ? value : value.trim();
  }
  return cleaned;
}

/** One line per zod issue: "VARIABLE message, got "value"" (the value only when it is not a secret). */
function describe(issue: z.core.$ZodIssue, env: Env): string {
  const name = String(issue.path[0] ?? 'environment');
  const raw = env[name];
  const got = raw !== undefined && !SECRETS.has(name) && issue.code !== 'custom' ? `, got "${raw}"` : '';
  return `${name} ${issue.message}${got}`;
}

function toAppConfig(env: ParsedEnv): AppConfig {
  const databaseUrl = env.DATABASE_URL ?? null;
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const host = env.HOST ?? '127.0.0.1';
  const port = env.PORT ?? 3000;
  const publicUrl = (env.PUBLIC_URL ?? listenUrl(host, port)).replace(/\/+$/, '');
  return {
    nodeEnv: env.NODE_ENV,
    host,
    port,
    databaseUrl,
    databaseReadUrl: env.DATABASE_READ_URL ?? null,
    dataDir,
    loadDemo: env.LOAD_DEMO ?? databaseUrl === null,
    importReferentialOnStart: env.IMPORT_REFERENTIAL_ON_START ?? true,
    adminApiToken: env.ADMIN_API_TOKEN ?? null,
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH ?? 10,
      maxComplexity: env.GRAPHQL_MAX_COMPLEXITY ?? 20_000,
      maxCost: env.GRAPHQL_MAX_COST ?? 5_000,
      maxAliases: env.GRAPHQL_MAX_ALIASES ?? 30,
      maxTokens: env.GRAPHQL_MAX_TOKENS ?? 1_000,
      introspection: env.GRAPHQL_INTROSPECTION ?? true,
      maxConcurrentQueries: env.GRAPHQL_MAX_CONCURRENT_QUERIES ?? 4,
    },
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    logFormat: env.LOG_FORMAT ?? 'short',
    webDistDir: env.WEB_DIST_DIR ? path.resolve(env.WEB_DIST_DIR) : null,
    publicUrl,
    publicUrlExplicit: env.PUBLIC_URL !== undefined,
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM ?? 'Pacte du Logiciel Libre <no-reply@localhost>',
    session: {
      ttlDays: env.SESSION_TTL_DAYS ?? 30,
      secureCookie: env.SECURE_COOKIES ?? env.NODE_ENV === 'production',
    },
    oidc: toOidcConfig(env, publicUrl),
    evidence: toEvidenceConfig(env, dataDir),
    map: toMapConfig(env),
    throttle: toThrottleConfig(env),
  };
}

/** Every problem of the configuration `env` describes, one line each; empty when it is valid. */
export function configProblems(env: Env): string[] {
  const cleaned = clean(env);
  const parsed = parseEnv(cleaned);
  return parsed.success ? [] : parsed.issues.map((issue) => describe(issue, cleaned));
}

/** Reads the environment, fails fast with every problem listed. */
export function loadConfig(env: Env = process.env): AppConfig {
  const cleaned = clean(env);
  const parsed = parseEnv(cleaned);
  if (!parsed.success) throw new ConfigError(parsed.issues.map((issue) => describe(issue, cleaned)));
  return toAppConfig(parsed.data);
}

/**
 * The address a browser on this machine reaches the app at when it listens on `host`:`port`: a wildcard host
 * (0.0.0.0, ::) is reached as 127.0.0.1, an IPv6 address in brackets.
 */
export function listenUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/**
 * Once the app listens on `url`: without PUBLIC_URL, links follow that address (PORT=0 picks the port only now);
 * with a PUBLIC_URL whose origin is not that address, a warning (right behind a reverse proxy, wrong otherwise).
 */
export function settlePublicUrl(config: AppConfig, url: string): string | null {
  if (!config.publicUrlExplicit) {
    const before = config.publicUrl;
    config.publicUrl = url;
    // OpenID Connect's addresses that were derived from the public address follow it (PORT=0 knew no port before).
    if (config.oidc) {
      const follow = (derived: string) =>
        derived.startsWith(`${before}/`) ? url + derived.slice(before.length) : derived;
      config.oidc = {
        ...config.oidc,
        redirectUri: follow(config.oidc.redirectUri),
        postLogoutRedirectUri: follow(config.oidc.postLogoutRedirectUri),
      };
    }
    return null;
  }
  const listening = new URL(url);
  const announced = new URL(config.publicUrl);
  if (announced.origin === listening.origin) return null;
  return (
    `PUBLIC_URL is ${config.publicUrl} but the app listens on ${url}: links in pages, feeds and e-mails point at ` +
    `${announced.origin} (right behind a reverse proxy; otherwise unset PUBLIC_URL or fix it)`
  );
}
