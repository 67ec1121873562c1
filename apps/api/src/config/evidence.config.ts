import * as path from 'node:path';
import { parseInt10 } from './parse';

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

type Env = Record<string, string | undefined>;

export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export function loadEvidenceConfig(env: Env, dataDir: string, problems: string[]): EvidenceConfig {
  const storage = env.EVIDENCE_STORAGE?.trim() || 'local';
  if (storage !== 'local' && storage !== 's3') {
    problems.push(`EVIDENCE_STORAGE must be local or s3, got "${storage}"`);
  }
  let s3: S3Config | null = null;
  if (storage === 's3') {
    const endpoint = env.S3_ENDPOINT?.trim() || null;
    if (endpoint && !/^https?:\/\//.test(endpoint)) problems.push('S3_ENDPOINT must be an http(s) URL');
    const bucket = env.S3_BUCKET?.trim() || '';
    if (!bucket) problems.push('S3_BUCKET is required when EVIDENCE_STORAGE=s3');
    const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || null;
    const secretAccessKey = env.S3_SECRET_ACCESS_KEY || null;
    if (!accessKeyId !== !secretAccessKey) {
      problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither');
    }
    s3 = { endpoint, bucket, region: env.S3_REGION?.trim() || 'us-east-1', accessKeyId, secretAccessKey };
  }
  return {
    maxBytes: parseInt10(env, 'EVIDENCE_MAX_BYTES', DEFAULT_EVIDENCE_MAX_BYTES, 1024, 100 * 1024 * 1024, problems),
    storage: storage === 's3' ? 's3' : 'local',
    storageDir: path.resolve(env.EVIDENCE_STORAGE_DIR?.trim() || path.join(dataDir, 'evidence')),
    s3,
  };
}
