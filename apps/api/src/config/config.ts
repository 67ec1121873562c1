import * as path from 'node:path';
import { EvidenceConfig, loadEvidenceConfig } from './evidence.config';
import { loadMapConfig, MapConfig } from './map.config';
import { loadOidcConfig, OidcConfig } from './oidc.config';
import { parseBool, parseInt10 } from './parse';
import { loadThrottleConfig, ThrottleConfig } from './security.config';

/** The one configuration object of the API, built and validated once at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** PostgreSQL connection string; null means: run on the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | null;
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
  /** Folder of the built dashboard (default: apps/web/dist); the API serves it on its own port. */
  webDistDir: string | null;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Every problem of the configuration `env` describes, one line each; empty when it is valid. */
export function configProblems(env: Env): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

/** Reads the environment, fails fast with every problem listed. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// connection string');
  }
  const adminApiToken = env.ADMIN_API_TOKEN?.trim() || null;
  if (adminApiToken !== null && adminApiToken.length < 16) {
    problems.push('ADMIN_API_TOKEN must be at least 16 characters long');
  }
  const dataDir = path.resolve(env.DATA_DIR?.trim() || 'data');
  const host = env.HOST?.trim() || '127.0.0.1';
  const port = parseInt10(env, 'PORT', 3000, 0, 65535, problems);
  const publicUrlExplicit = Boolean(env.PUBLIC_URL?.trim());
  const publicUrl = (env.PUBLIC_URL?.trim() || listenUrl(host, port)).replace(/\/+$/, '');
  const config: AppConfig = {
    nodeEnv,
    host,
    port,
    databaseUrl,
    dataDir,
    loadDemo: parseBool(env, 'LOAD_DEMO', databaseUrl === null, problems),
    importReferentialOnStart: parseBool(env, 'IMPORT_REFERENTIAL_ON_START', true, problems),
    adminApiToken,
    graphql: {
      maxDepth: parseInt10(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50, problems),
      maxComplexity: parseInt10(env, 'GRAPHQL_MAX_COMPLEXITY', 20_000, 10, 1_000_000, problems),
      maxCost: parseInt10(env, 'GRAPHQL_MAX_COST', 5_000, 10, 1_000_000, problems),
      maxAliases: parseInt10(env, 'GRAPHQL_MAX_ALIASES', 30, 0, 1_000, problems),
      maxTokens: parseInt10(env, 'GRAPHQL_MAX_TOKENS', 1_000, 100, 100_000, problems),
      introspection: parseBool(env, 'GRAPHQL_INTROSPECTION', true, problems),
    },
    logLevel: env.LOG_LEVEL?.trim() || (nodeEnv === 'test' ? 'warn' : 'info'),
    webDistDir: env.WEB_DIST_DIR?.trim() ? path.resolve(env.WEB_DIST_DIR.trim()) : null,
    publicUrl,
    publicUrlExplicit,
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || 'Pacte du Logiciel Libre <no-reply@localhost>',
    session: {
      ttlDays: parseInt10(env, 'SESSION_TTL_DAYS', 30, 1, 365, problems),
      secureCookie: parseBool(env, 'SECURE_COOKIES', nodeEnv === 'production', problems),
    },
    oidc: loadOidcConfig(env, publicUrl, problems),
    evidence: loadEvidenceConfig(env, dataDir, problems),
    map: loadMapConfig(env, problems),
    throttle: loadThrottleConfig(env, problems),
  };
  if (config.smtpUrl && !/^smtps?:\/\//.test(config.smtpUrl))
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  if (!/^https?:\/\//.test(config.publicUrl)) problems.push('PUBLIC_URL must be an http(s) URL');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
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
    config.publicUrl = url;
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
