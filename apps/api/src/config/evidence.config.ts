import * as path from 'node:path';
import { z } from 'zod';
import { type Env, httpUrl, int, problem, text } from './env';

/** Where an S3-compatible object store keeps evidence files. */
export interface S3Config {
  /** Null: AWS S3 itself; otherwise the store's address (MinIO, Garage, Scaleway, OVHcloud…), path-style. */
  endpoint: string | null;
  bucket: string;
  region: string;
  /** Both null: the SDK's default credential chain (environment, instance role…). */
  accessKeyId: string | null;
  secretAccessKey: string | null;
}

export interface EvidenceConfig {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  storage: 'local' | 's3';
  /** Folder of the local store (`local` only). */
  storageDir: string;
  s3: S3Config | null;
}

export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export const evidenceEnv = {
  EVIDENCE_STORAGE: z.enum(['local', 's3'], { error: 'must be local or s3' }).default('local'),
  EVIDENCE_MAX_BYTES: int(1024, 100 * 1024 * 1024),
  EVIDENCE_STORAGE_DIR: text(),
  S3_ENDPOINT: httpUrl(),
  S3_BUCKET: text(),
  S3_REGION: text(),
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
};

type EvidenceEnv = z.infer<z.ZodObject<typeof evidenceEnv>>;

export function checkEvidenceEnv(env: Env, ctx: z.RefinementCtx): void {
  if (env.EVIDENCE_STORAGE !== 's3') return;
  if (!env.S3_BUCKET) problem(ctx, 'S3_BUCKET', 'is required when EVIDENCE_STORAGE=s3');
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    problem(ctx, 'S3_ACCESS_KEY_ID', 'and S3_SECRET_ACCESS_KEY go together: set both or neither');
  }
}

export function toEvidenceConfig(env: EvidenceEnv, dataDir: string): EvidenceConfig {
  return {
    maxBytes: env.EVIDENCE_MAX_BYTES ?? DEFAULT_EVIDENCE_MAX_BYTES,
    storage: env.EVIDENCE_STORAGE,
    storageDir: path.resolve(env.EVIDENCE_STORAGE_DIR ?? path.join(dataDir, 'evidence')),
    s3:
      env.EVIDENCE_STORAGE === 's3'
        ? {
            endpoint: env.S3_ENDPOINT ?? null,
            bucket: env.S3_BUCKET ?? '',
            region: env.S3_REGION ?? 'us-east-1',
            accessKeyId: env.S3_ACCESS_KEY_ID ?? null,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? null,
          }
        : null,
  };
}
