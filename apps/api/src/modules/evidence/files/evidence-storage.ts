import type { Readable } from 'node:stream';

/** Where evidence files live: the local disk by default, an S3-compatible store by configuration. */
export interface EvidenceStorage {
  /** `local` or `s3`, for logs. */
  readonly kind: string;
  /** Stores `content` under `key`, replacing nothing: keys are new for every upload. */
  put(key: string, content: Buffer, mimeType: string): Promise<void>;
  /** The stored bytes; rejects with `StoredFileMissingError` when there is nothing under `key`. */
  get(key: string): Promise<Readable>;
  /** Removes the object; nothing under `key` is not an error. */
  delete(key: string): Promise<void>;
}

export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

export class StoredFileMissingError extends Error {
  constructor(key: string) {
    super(`no stored file under ${key}`);
    this.name = 'StoredFileMissingError';
  }
}

/** Keys are made by the API (`<evidence id>/<uuid>.<ext>`); anything else is refused, so no key leaves the store. */
const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)?(\/[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)?)*$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.length > 512) throw new Error(`unsafe storage key ${JSON.stringify(key)}`);
}
