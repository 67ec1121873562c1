import * as path from 'node:path';
import { ConfigError, listenUrl, loadConfig, settlePublicUrl } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database with the demo', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.loadDemo).toBe(true);
    expect(config.port).toBe(3000);
  });

  it('gives a production database no demo unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).loadDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', LOAD_DEMO: 'true' }).loadDemo).toBe(true);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOAD_DEMO: 'maybe', ADMIN_API_TOKEN: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/LOAD_DEMO/);
    expect(problems).toMatch(/ADMIN_API_TOKEN/);
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

    const same = loadConfig({ PORT: '39200', PUBLIC_URL: 'http://127.0.0.1:39200/' });
    expect(settlePublicUrl(same, 'http://127.0.0.1:39200')).toBeNull();

    const elsewhere = loadConfig({ PORT: '39200', PUBLIC_URL: 'http://127.0.0.1:3000' });
    expect(settlePublicUrl(elsewhere, 'http://127.0.0.1:39200')).toMatch(
      /^PUBLIC_URL is http:\/\/127\.0\.0\.1:3000 but the app listens on http:\/\/127\.0\.0\.1:39200/,
    );
    expect(elsewhere.publicUrl).toBe('http://127.0.0.1:3000');
  });
});
