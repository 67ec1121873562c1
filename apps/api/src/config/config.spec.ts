import * as path from 'node:path';
import { ConfigError, configProblems, listenUrl, loadConfig, settlePublicUrl } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database with the demo', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.loadDemo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.graphql).toEqual({
      maxDepth: 10,
      maxComplexity: 20_000,
      maxCost: 5_000,
      maxAliases: 30,
      maxTokens: 1_000,
      introspection: true,
      maxConcurrentQueries: 4,
    });
  });

  it('bounds the queries executing at once as asked, 0 for no bound, and refuses a negative or fractional bound', () => {
    expect(loadConfig({ GRAPHQL_MAX_CONCURRENT_QUERIES: '12' }).graphql.maxConcurrentQueries).toBe(12);
    expect(loadConfig({ GRAPHQL_MAX_CONCURRENT_QUERIES: '0' }).graphql.maxConcurrentQueries).toBe(0);
    expect(configProblems({ GRAPHQL_MAX_CONCURRENT_QUERIES: '-1' })).toEqual([
      'GRAPHQL_MAX_CONCURRENT_QUERIES must be an integer between 0 and 1000, got "-1"',
    ]);
    expect(configProblems({ GRAPHQL_MAX_CONCURRENT_QUERIES: '2.5' })).toHaveLength(1);
  });

  it('gives a production database no demo unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).loadDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', LOAD_DEMO: 'true' }).loadDemo).toBe(true);
  });

  it('takes a read replica beside a database server, and refuses one for the embedded database', () => {
    expect(loadConfig({}).databaseReadUrl).toBeNull();
    const replicated = loadConfig({
      DATABASE_URL: 'postgres://u@primary/db',
      DATABASE_READ_URL: 'postgres://u@standby/db',
    });
    expect(replicated.databaseReadUrl).toBe('postgres://u@standby/db');
    expect(configProblems({ DATABASE_READ_URL: 'postgres://u:hunter2@standby/db' })).toEqual([
      'DATABASE_READ_URL needs DATABASE_URL: the embedded database (no DATABASE_URL) has no read replica; set ' +
        'DATABASE_URL to the primary server, or unset DATABASE_READ_URL',
    ]);
    expect(configProblems({ DATABASE_URL: 'postgres://u@h/db', DATABASE_READ_URL: 'mysql://u:hunter2@h/db' })).toEqual([
      'DATABASE_READ_URL must be a postgres:// connection string',
    ]);
  });

  it('reads numbers and yes/no words, trims values and treats blank variables as unset', () => {
    const config = loadConfig({
      PORT: ' 8080 ',
      LOAD_DEMO: 'OFF',
      GRAPHQL_INTROSPECTION: 'no',
      SECURE_COOKIES: '1',
      HOST: '',
      PUBLIC_URL: 'https://pacte.example.org//',
      NODE_ENV: 'production',
    });
    expect(config.port).toBe(8080);
    expect(config.loadDemo).toBe(false);
    expect(config.graphql.introspection).toBe(false);
    expect(config.session).toEqual({ ttlDays: 30, secureCookie: true });
    expect(config.host).toBe('127.0.0.1');
    expect(config.publicUrl).toBe('https://pacte.example.org');
    expect(loadConfig({ NODE_ENV: 'production' }).session.secureCookie).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SECURE_COOKIES: 'false' }).session.secureCookie).toBe(false);
  });

  it('lists every problem at once, cross-variable checks included, naming each variable', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        LOAD_DEMO: 'maybe',
        ADMIN_API_TOKEN: 'short',
        GRAPHQL_MAX_DEPTH: '1.5',
        NODE_ENV: 'staging',
        EVIDENCE_STORAGE: 's3',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT must be an integer between 0 and 65535, got "abc"',
        'DATABASE_URL must be a postgres:// connection string',
        'LOAD_DEMO must be true or false, got "maybe"',
        'ADMIN_API_TOKEN must be at least 16 characters long',
        'GRAPHQL_MAX_DEPTH must be an integer between 2 and 50, got "1.5"',
        'NODE_ENV must be development, production or test, got "staging"',
        'S3_BUCKET is required when EVIDENCE_STORAGE=s3',
      ]),
    );
    expect(problems).toHaveLength(7);
    expect((error as ConfigError).message).toMatch(/^Invalid configuration:\n {2}- /);
  });

  it('never repeats a secret in a message', () => {
    const problems = configProblems({ ADMIN_API_TOKEN: 'tooshort', DATABASE_URL: 'mysql://user:hunter2@h/db' });
    expect(problems.join('\n')).not.toMatch(/tooshort|hunter2/);
    expect(problems).toHaveLength(2);
  });

  it('refuses out-of-range numbers and other URL schemes', () => {
    expect(
      configProblems({ PORT: '70000', SESSION_TTL_DAYS: '0', SMTP_URL: 'http://mail', PUBLIC_URL: 'ftp://x' }),
    ).toEqual([
      'PORT must be an integer between 0 and 65535, got "70000"',
      'PUBLIC_URL must be an http(s) URL, got "ftp://x"',
      'SMTP_URL must be an smtp:// or smtps:// URL',
      'SESSION_TTL_DAYS must be an integer between 1 and 365, got "0"',
    ]);
  });
  it('makes links follow the address the app listens on unless PUBLIC_URL is given', () => {
    expect(loadConfig({}).publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ PORT: '39200' }).publicUrl).toBe('http://127.0.0.1:39200');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ HOST: '::1', PORT: '8080' }).publicUrl).toBe('http://[::1]:8080');
    expect(loadConfig({ PORT: '39200', PUBLIC_URL: 'https://pacte.example.org/' }).publicUrl).toBe(
      'https://pacte.example.org',
    );
  });

  it('settles the public address once the port is known, and warns when PUBLIC_URL is elsewhere', () => {
    const picked = loadConfig({ PORT: '0' });
    expect(settlePublicUrl(picked, listenUrl(picked.host, 41234))).toBeNull();
    expect(picked.publicUrl).toBe('http://127.0.0.1:41234');

    const withOidc = loadConfig({ PORT: '0', OIDC_ISSUER_URL: 'https://id.example.org', OIDC_CLIENT_ID: 'pacte' });
    settlePublicUrl(withOidc, listenUrl(withOidc.host, 41235));
    expect(withOidc.oidc?.redirectUri).toBe('http://127.0.0.1:41235/auth/oidc/callback');
    expect(withOidc.oidc?.postLogoutRedirectUri).toBe('http://127.0.0.1:41235/');
    const givenRedirect = loadConfig({
      PORT: '0',
      OIDC_ISSUER_URL: 'https://id.example.org',
      OIDC_CLIENT_ID: 'pacte',
      OIDC_REDIRECT_URI: 'https://pacte.example.org/auth/oidc/callback',
    });
    settlePublicUrl(givenRedirect, listenUrl(givenRedirect.host, 41236));
    expect(givenRedirect.oidc?.redirectUri).toBe('https://pacte.example.org/auth/oidc/callback');

    const same = loadConfig({ PORT: '39200', PUBLIC_URL: 'http://127.0.0.1:39200/' });
    expect(settlePublicUrl(same, 'http://127.0.0.1:39200')).toBeNull();

    const elsewhere = loadConfig({ PORT: '39200', PUBLIC_URL: 'http://127.0.0.1:3000' });
    expect(settlePublicUrl(elsewhere, 'http://127.0.0.1:39200')).toMatch(
      /^PUBLIC_URL is http:\/\/127\.0\.0\.1:3000 but the app listens on http:\/\/127\.0\.0\.1:39200/,
    );
    expect(elsewhere.publicUrl).toBe('http://127.0.0.1:3000');
  });
});
