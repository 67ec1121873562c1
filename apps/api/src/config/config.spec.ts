import * as path from 'node:path';
import { ConfigError, loadConfig } from './config';

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
});
