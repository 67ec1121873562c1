import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsService } from '../commitments/commitments.service';
import { HistoryService } from '../history/history.service';
import { EvidenceEntity } from './evidence.entity';
import { EvidenceRepository } from './evidence.repository';
import { AddEvidenceInput } from './dto/evidence.input';
import { EvidenceService, type NewEvidenceFile } from './evidence.service';
import { EvidenceFilesPort } from './files.port';
import { StoredFileMissingError } from './files/evidence-storage';
import { evidenceFileType, EvidenceFileType } from './files/file-types';
import { evidenceHistorySnapshot } from './models/evidence.model';

/** Uploading and serving the file of a piece of evidence. */
@Injectable()
export class EvidenceFilesService {
  private readonly logger = new Logger(EvidenceFilesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: EvidenceFilesPort,
    private readonly repository: EvidenceRepository,
    private readonly commitments: CommitmentsService,
    private readonly access: CommitmentsAccess,
    private readonly history: HistoryService,
    private readonly evidence: EvidenceService,
  ) {}

  /**
   * New evidence with its file, in one step: the caller's right on the commitment, then the file's checks, then the
   * object is stored and the evidence row, with the file on it, is written with its history entry in one
   * transaction (`EvidenceService.add`). A refused file leaves nothing behind, neither row nor object, so that
   * trying again never makes a duplicate.
   */
  async create(actor: Actor, input: AddEvidenceInput, upload: Buffer | undefined): Promise<EvidenceEntity> {
    const commitment = await this.commitments.inForce(input.commitmentId, this.dataSource.manager);
    this.access.assertCanEdit(actor, commitment.collectivityId, 'evidence.manage', 'Commitment', input.commitmentId);
    const file = await this.storePending(upload);
    try {
      return await this.evidence.add(actor, input, file);
    } catch (error) {
      await this.discard(file);
      throw error;
    }
  }

  /**
   * A file that is not evidence yet (a declaration's deliberation, until a moderator accepts it): checked like any
   * evidence file, then stored under a new id, which the evidence takes when it is recorded (`EvidenceService.addAccepted`).
   * If the caller's transaction fails, it must `discard` the file.
   */
  async storePending(upload: Buffer | undefined): Promise<NewEvidenceFile> {
    const id = randomUUID();
    const stored = await this.files.store(id, upload);
    return {
      id,
      fileKey: stored.key,
      fileMimeType: stored.type.mimeType,
      fileSize: stored.size,
      fileSha256: stored.sha256,
    };
  }

  /** Removes a pending file whose record was not written. */
  discard(file: NewEvidenceFile): Promise<void> {
    return this.files.remove(file.fileKey);
  }

  /** A pending file's content (for the moderator who decides the declaration: the caller checks who may read it). */
  async openPending(file: NewEvidenceFile): Promise<{ type: EvidenceFileType; size: number; content: Readable }> {
    const type = evidenceFileType(file.fileMimeType);
    if (!type) throw new NotFoundError('EvidenceFile', file.id);
    try {
      return { type, size: file.fileSize, content: await this.files.open(file.fileKey) };
    } catch (error) {
      if (error instanceof StoredFileMissingError) throw new NotFoundError('EvidenceFile', file.id);
      throw error;
    }
  }

  /** The evidence, if the actor may manage this collectivity's evidence; NOT_FOUND otherwise. */
  private async editable(actor: Actor, evidenceId: string, manager: EntityManager): Promise<EvidenceEntity> {
    const evidence = await this.repository.findById(evidenceId, manager);
    if (!evidence) throw new NotFoundError('Evidence', evidenceId);
    const commitment = await this.commitments.get(evidence.commitmentId, manager);
    this.access.assertCanEdit(actor, commitment.collectivityId, 'evidence.manage', 'Evidence', evidenceId);
    return evidence;
  }

  /**
   * Attaches `content` to the evidence, replacing its file if it had one. In order: the per-record check (a caller
   * who may not edit learns nothing more), size, type from the bytes, then the bytes are stored under a new key and
   * the evidence row and its history entry are written in one transaction. If that transaction fails the new object
   * is removed; once it commits, the replaced object is.
   */
  async attach(actor: Actor, evidenceId: string, upload: Buffer | undefined): Promise<EvidenceEntity> {
    await this.editable(actor, evidenceId, this.dataSource.manager);
    const { key, type, size, sha256 } = await this.files.store(evidenceId, upload);
    let replacedKey: string | null = null;
    let saved: EvidenceEntity;
    try {
      saved = await this.dataSource.transaction(async (manager) => {
        if (!(await this.repository.lockById(evidenceId, manager))) throw new NotFoundError('Evidence', evidenceId);
        const evidence = await this.editable(actor, evidenceId, manager);
        replacedKey = evidence.fileKey;
        const before = evidenceHistorySnapshot(evidence);
        await this.repository.setFile(
          evidenceId,
          { fileKey: key, fileMimeType: type.mimeType, fileSize: size },
          manager,
        );
        const updated = (await this.repository.findById(evidenceId, manager))!;
        const commitment = await this.commitments.get(updated.commitmentId, manager);
        await this.history.record(manager, actor, {
          name: 'EvidenceUpdated',
          collectivityId: commitment.collectivityId,
          entityId: evidenceId,
          payload: {
            before,
            // The digest lets anyone check a downloaded file against the history.
            after: {
              ...evidenceHistorySnapshot(updated),
              fileSha256: sha256,
            },
          },
        });
        return updated;
      });
    } catch (error) {
      await this.files.remove(key);
      throw error;
    }
    if (replacedKey && replacedKey !== key) await this.files.remove(replacedKey);
    return saved;
  }

  /** The stored file of a piece of evidence, for anyone: evidence is public. */
  async open(evidenceId: string): Promise<{ type: EvidenceFileType; size: number; content: Readable }> {
    const evidence = await this.repository.findById(evidenceId, this.dataSource.manager);
    const type = evidence?.fileMimeType ? evidenceFileType(evidence.fileMimeType) : undefined;
    if (!evidence?.fileKey || !type) throw new NotFoundError('EvidenceFile', evidenceId);
    try {
      return { type, size: evidence.fileSize ?? 0, content: await this.files.open(evidence.fileKey) };
    } catch (error) {
      if (error instanceof StoredFileMissingError) {
        this.logger.error(`evidence ${evidenceId}: ${error.message} in the ${this.files.kind} store`);
        throw new NotFoundError('EvidenceFile', evidenceId);
      }
      throw error;
    }
  }
}
