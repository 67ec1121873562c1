import * as path from 'node:path';
import { configProblems, loadConfig } from './config';

const problemsOf = (env: Record<string, string>) => configProblems(env).join('\n');

describe('evidence files configuration', () => {
  it('stores 10 MiB at most on the local disk, under DATA_DIR, by default', () => {
    const config = loadConfig({ DATA_DIR: '/srv/pacte' });
    expect(config.evidence).toEqual({
      maxBytes: 10 * 1024 * 1024,
      storage: 'local',
      storageDir: path.resolve('/srv/pacte/evidence'),
      s3: null,
    });
  });

  it('selects an S3-compatible store, with a bucket and both keys or none', () => {
    const config = loadConfig({
      EVIDENCE_STORAGE: 's3',
      S3_ENDPOINT: 'https://s3.fr-par.scw.cloud',
      S3_BUCKET: 'pacte-evidence',
      S3_REGION: 'fr-par',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      EVIDENCE_MAX_BYTES: '2048',
    });
    expect(config.evidence.storage).toBe('s3');
    expect(config.evidence.maxBytes).toBe(2048);
    expect(config.evidence.s3).toEqual({
      endpoint: 'https://s3.fr-par.scw.cloud',
      bucket: 'pacte-evidence',
      region: 'fr-par',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
    });
    const problems = problemsOf({ EVIDENCE_STORAGE: 's3', S3_ACCESS_KEY_ID: 'key', EVIDENCE_MAX_BYTES: '10' });
    expect(problems).toMatch(/S3_BUCKET is required/);
    expect(problems).toMatch(/set both or neither/);
    expect(problems).toMatch(/EVIDENCE_MAX_BYTES must be an integer between 1024/);
    expect(problemsOf({ EVIDENCE_STORAGE: 'ftp' })).toMatch(/EVIDENCE_STORAGE must be local or s3/);
  });
});
