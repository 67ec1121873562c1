import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import {
  EvidenceFileMissingError,
  EvidenceFileTooLargeError,
  EvidenceFileTypeError,
  PdfRequiredError,
  EvidenceFileUnsafeError,
} from './evidence.errors';
import { unsafeContentReason } from './files/content-inspection';
import { EVIDENCE_STORAGE, type EvidenceStorage, StoredFileMissingError } from './files/evidence-storage';
import { detectEvidenceFileType, EVIDENCE_FILE_TYPES, type EvidenceFileType } from './files/file-types';
import { createEvidenceStorage } from './files/storage.factory';

export { StoredFileMissingError };
export type { EvidenceFileType };

/** A file checked and stored: its key in the store, its type, size and SHA-256. */
export interface StoredFile {
  key: string;
  type: EvidenceFileType;
  size: number;
  sha256: string;
}

/**
 * The evidence files' store and the checks a file passes before it is kept, for this module and for the modules
 * that keep private files beside evidence (a signatory's signed form): one store, one set of checks (size within
 * EVIDENCE_MAX_BYTES, a type read from the bytes, `unsafeContentReason`). What a file is for, and who may read it,
 * is the caller's business.
 */
@Injectable()
export class EvidenceFilesPort {
  /** Every type an evidence file may be; a caller narrows it (a signed form: PDF only). */
  static readonly types: readonly EvidenceFileType[] = EVIDENCE_FILE_TYPES;

  private readonly logger = new Logger(EvidenceFilesPort.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'evidence'>,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
  ) {}

  /** The same store outside Nest (the command line: `npm run personal-data`). */
  static fromConfig(config: Pick<AppConfig, 'evidence'>): EvidenceFilesPort {
    return new EvidenceFilesPort(config, createEvidenceStorage(config.evidence));
  }

  get kind(): string {
    return this.storage.kind;
  }

  /**
   * What a file must be to be kept, checked before anything is written: present, within EVIDENCE_MAX_BYTES, one
   * of the `accepted` types read from its bytes, and nothing else besides (`unsafeContentReason`).
   */
  async check(
    content: Buffer | undefined,
    accepted: readonly EvidenceFileType[] = EVIDENCE_FILE_TYPES,
  ): Promise<{ content: Buffer; type: EvidenceFileType }> {
    if (!content || content.length === 0) throw new EvidenceFileMissingError();
    if (content.length > this.config.evidence.maxBytes) {
      throw new EvidenceFileTooLargeError(this.config.evidence.maxBytes);
    }
    const type = await detectEvidenceFileType(content);
    if (!type || !accepted.includes(type)) {
      const mimeTypes = accepted.map((t) => t.mimeType);
      // Where only a PDF goes (a signed form), the refusal says so, not the list of every evidence format.
      throw mimeTypes.length === 1 && mimeTypes[0] === 'application/pdf'
        ? new PdfRequiredError()
        : new EvidenceFileTypeError(mimeTypes);
    }
    const unsafe = await unsafeContentReason(content, type);
    if (unsafe) throw new EvidenceFileUnsafeError(unsafe);
    return { content, type };
  }

  /** Checks `upload` (see `check`), then stores it under `<prefix>/<new uuid>.<extension>`. */
  async store(
    prefix: string,
    upload: Buffer | undefined,
    accepted: readonly EvidenceFileType[] = EVIDENCE_FILE_TYPES,
  ): Promise<StoredFile> {
    const { content, type } = await this.check(upload, accepted);
    const key = `${prefix}/${randomUUID()}.${type.extension}`;
    await this.storage.put(key, content, type.mimeType);
    return { key, type, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
  }

  /** The stored bytes; rejects with `StoredFileMissingError` when there is nothing under `key`. */
  open(key: string): Promise<Readable> {
    return this.storage.get(key);
  }

  /** Removes an object no row points to; a failure leaves an orphan, logged, never an error for the caller. */
  async remove(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.warn(`could not remove ${key} from the ${this.storage.kind} store: ${(error as Error).message}`);
    }
  }
}
