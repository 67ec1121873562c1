import type { EvidenceConfig } from '../../../config/evidence.config';
import type { EvidenceStorage } from './evidence-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

/** The store EVIDENCE_STORAGE names: `local` (EVIDENCE_STORAGE_DIR) or `s3` (S3_*). */
export function createEvidenceStorage(config: EvidenceConfig): EvidenceStorage {
  if (config.storage === 's3') {
    if (!config.s3) throw new Error('EVIDENCE_STORAGE=s3 needs the S3_* settings');
    return S3Storage.fromConfig(config.s3);
  }
  return new LocalDiskStorage(config.storageDir);
}
