import { S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { loadConfig } from '../../../config/config';
import { EvidenceStorage, StoredFileMissingError } from './evidence-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { s3ClientConfig, S3Storage } from './s3.storage';
import { createEvidenceStorage } from './storage.factory';

describe('local disk storage', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pacte-evidence-'));
  const storage: EvidenceStorage = new LocalDiskStorage(root);

  it('writes, reads and deletes a file under its key', async () => {
    await storage.put('e1/f1.pdf', Buffer.from('%PDF-1.7 content'), 'application/pdf');
    expect(readFileSync(path.join(root, 'e1', 'f1.pdf'), 'utf8')).toBe('%PDF-1.7 content');
    expect(readdirSync(path.join(root, 'e1'))).toEqual(['f1.pdf']);
    expect(await text(await storage.get('e1/f1.pdf'))).toBe('%PDF-1.7 content');
    await storage.delete('e1/f1.pdf');
    await storage.delete('e1/f1.pdf');
    await expect(storage.get('e1/f1.pdf')).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../escape.pdf', 'a/../../b', '/etc/passwd', 'a//b', '.hidden', 'a/.env']) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe storage key/);
    }
  });
});

/**
 * The S3 store, without a network: the client's request handler is replaced by one that records the HTTP requests
 * the SDK would send and answers like a store. It checks the addressing, not an S3 server.
 */
describe('S3-compatible storage', () => {
  function recordingClient(answer: (req: { method: string; path: string }) => { statusCode: number; body?: string }) {
    const requests: {
      method: string;
      hostname: string;
      path: string;
      headers: Record<string, string>;
      body: unknown;
    }[] = [];
    const config = s3ClientConfig({
      endpoint: 'https://s3.example.org',
      bucket: 'pacte',
      region: 'fr-par',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
    });
    const client = new S3Client({
      ...config,
      requestHandler: {
        handle: async (request: any) => {
          requests.push({
            method: request.method,
            hostname: request.hostname,
            path: request.path,
            headers: request.headers,
            body: request.body,
          });
          const { statusCode, body } = answer(request);
          return {
            response: {
              statusCode,
              headers: statusCode === 404 ? { 'content-type': 'application/xml' } : {},
              body: Readable.from([Buffer.from(body ?? '')]),
            },
          };
        },
      } as any,
    });
    return { client, requests };
  }

  it('puts, gets and deletes objects path-style in the bucket, signed with the keys', async () => {
    const { client, requests } = recordingClient((req) => ({
      statusCode: req.method === 'DELETE' ? 204 : 200,
      body: req.method === 'GET' ? 'stored bytes' : '',
    }));
    const storage = new S3Storage(client, 'pacte');
    await storage.put('e1/f1.png', Buffer.from('png bytes'), 'image/png');
    expect(await text(await storage.get('e1/f1.png'))).toBe('stored bytes');
    await storage.delete('e1/f1.png');
    expect(requests.map((r) => `${r.method} ${r.hostname}${r.path}`)).toEqual([
      'PUT s3.example.org/pacte/e1/f1.png',
      'GET s3.example.org/pacte/e1/f1.png',
      'DELETE s3.example.org/pacte/e1/f1.png',
    ]);
    expect(requests[0].headers['content-type']).toBe('image/png');
    expect(requests[0].headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=key\/\d{8}\/fr-par\/s3\//);
  });

  it('reports a missing object as such', async () => {
    const { client } = recordingClient(() => ({
      statusCode: 404,
      body: '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>missing</Message></Error>',
    }));
    await expect(new S3Storage(client, 'pacte').get('e1/none.pdf')).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('is chosen by EVIDENCE_STORAGE=s3; the local disk otherwise', () => {
    const s3 = loadConfig({ EVIDENCE_STORAGE: 's3', S3_BUCKET: 'pacte', S3_ENDPOINT: 'http://127.0.0.1:9000' });
    const storage = createEvidenceStorage(s3.evidence);
    expect(storage).toBeInstanceOf(S3Storage);
    (storage as S3Storage).close();
    expect(createEvidenceStorage(loadConfig({}).evidence)).toBeInstanceOf(LocalDiskStorage);
  });
});
