import type { EvidenceConfig } from '../../../config/evidence.config';
import type { EvidenceStorage } from './evidence-storage';
import { LocalDiskStorage } from './local-disk.storage';

/** The store EVIDENCE_STORAGE names: `local` (EVIDENCE_STORAGE_DIR) or `s3` (S3_*). */
export function createEvidenceStorage(config: EvidenceConfig): EvidenceStorage {
  if (config.storage === 's3') {
    if (!config.s3) throw new Error('EVIDENCE_STORAGE=s3 needs the S3_* settings');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the AWS SDK is loaded only for this store: ~6 MB of heap in every process that keeps its files on disk (issue 12)
    const { S3Storage } = require('./s3.storage') as typeof import('./s3.storage');
    return S3Storage.fromConfig(config.s3);
  }
  return new LocalDiskStorage(config.storageDir);
}
