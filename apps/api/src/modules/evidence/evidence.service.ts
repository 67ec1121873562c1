import { Inject, Injectable, Logger } from '@nestjs/common';
import { checkEvidenceRules, findTnlCriterion, isActionCode, type EvidenceKind } from '@pacte/pact';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { NotFoundError } from '../../common/errors/domain-error';
import { assertRules } from '../../common/errors/rule-error';
import { assertVersion } from '../../common/errors/version-conflict';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsService, type CommitmentRecord } from '../commitments/commitments.service';
import { UnitOfWork, type Work } from '../history/unit-of-work';
import { UnknownActionError } from '../progress/progress.errors';
import {
  AddEvidenceInput,
  LinkEvidenceInput,
  UnlinkEvidenceInput,
  UpdateEvidenceInput,
  WithdrawEvidenceInput,
} from './dto/evidence.input';
import { EvidenceEntity } from './evidence.entity';
import { EvidenceCommitmentMismatchError, EvidenceNotLinkedError, UnknownTnlCriterionError } from './evidence.errors';
import { EvidenceRepository, type EvidenceRow } from './evidence.repository';
import { EVIDENCE_STORAGE, EvidenceStorage } from './files/evidence-storage';
import { evidenceHistorySnapshot, toEvidenceModel } from './models/evidence.model';

/** The file of evidence recorded with it: the id it was stored under, and what the stored object is. */
export interface NewEvidenceFile {
  id: string;
  fileKey: string;
  fileMimeType: string;
  fileSize: number;
  fileSha256: string;
}

/** What new evidence states (AddEvidenceInput's fields). */
export interface NewEvidence {
  commitmentId: string;
  kind: EvidenceKind;
  date: string;
  title: string;
  description?: string | null;
  url?: string | null;
  actionCodes: string[];
  criterionIds?: string[] | null;
}

/** A piece of evidence, with the actions it supports, as this service returns it: what other modules may read. */
export type EvidenceRecord = Readonly<EvidenceRow>;

@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: EvidenceRepository,
    private readonly commitments: CommitmentsService,
    private readonly access: CommitmentsAccess,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The evidence of a commitment with the actions each supports, newest first. */
  ofCommitment(commitmentId: string): Promise<EvidenceRow[]> {
    return this.repository.findByCommitmentIds([commitmentId]);
  }

  /** Which of `ids` are evidence of this commitment, read in the caller's transaction. */
  async idsOfCommitment(commitmentId: string, ids: readonly string[], manager: EntityManager): Promise<Set<string>> {
    return new Set(await this.repository.idsOfCommitments([commitmentId], ids, manager));
  }

  /** Which of `ids` are evidence of a commitment (any edition) of this collectivity, in the caller's transaction. */
  async idsOfCollectivity(
    collectivityId: string,
    ids: readonly string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const commitments = await this.commitments.findByCollectivityIds([collectivityId], manager);
    return new Set(
      await this.repository.idsOfCommitments(
        commitments.map((c) => c.id),
        ids,
        manager,
      ),
    );
  }

  private async editableCommitment(actor: Actor, commitmentId: string, manager: EntityManager) {
    const commitment = await this.commitments.inForce(commitmentId, manager);
    this.access.assertCanEdit(actor, commitment.collectivityId, 'evidence.manage', 'Commitment', commitmentId);
    return commitment;
  }

  private checkedCodes(commitment: CommitmentRecord, codes: string[]): string[] {
    const unique = [...new Set(codes.map((c) => c.trim()))];
    for (const code of unique) {
      if (!isActionCode(code, commitment.edition)) throw new UnknownActionError(code, commitment.edition);
    }
    return unique;
  }

  private checkedCriteria(ids: readonly string[]): string[] {
    const unique = [...new Set(ids.map((id) => id.trim()))];
    for (const id of unique) {
      if (!findTnlCriterion(id)) throw new UnknownTnlCriterionError(id);
    }
    return unique;
  }

  /**
   * Records evidence. `file`, when the evidence comes with its file (`EvidenceFilesService.create`, which checked
   * and stored it under a key of the evidence's id chosen beforehand), is written on the same row and its digest in
   * the same history entry.
   */
  add(actor: Actor, input: AddEvidenceInput, file?: NewEvidenceFile): Promise<EvidenceEntity> {
    return this.unitOfWork.run(actor, async (unit) => {
      assertRules(checkEvidenceRules(input));
      const commitment = await this.editableCommitment(actor, input.commitmentId, unit.manager);
      return this.insert(unit, commitment, input, file);
    });
  }

  /**
   * Records evidence inside the caller's unit of work without the evidence.manage check: for a declaration a
   * moderator accepted (the review queue's decision is the check), which becomes evidence of the new commitment,
   * credited to `createdBy` (the declarant) while the history names the moderator who accepted it.
   */
  async addAccepted(
    unit: Work,
    input: NewEvidence & { createdBy: string },
    file?: NewEvidenceFile,
  ): Promise<EvidenceEntity> {
    assertRules(checkEvidenceRules(input));
    const commitment = await this.commitments.get(input.commitmentId, unit.manager);
    return this.insert(unit, commitment, input, file, input.createdBy);
  }

  private async insert(
    { manager, actor, record }: Work,
    commitment: CommitmentRecord,
    input: NewEvidence,
    file?: NewEvidenceFile,
    createdBy: string | null = actor.id,
  ): Promise<EvidenceEntity> {
    const codes = this.checkedCodes(commitment, input.actionCodes);
    const criterionIds = this.checkedCriteria(input.criterionIds ?? []);
    const saved = await this.repository.insert(
      {
        ...(file
          ? { id: file.id, fileKey: file.fileKey, fileMimeType: file.fileMimeType, fileSize: file.fileSize }
          : {}),
        commitmentId: commitment.id,
        kind: input.kind,
        date: input.date,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        url: input.url ?? null,
        createdBy,
        criterionIds,
      },
      codes,
      manager,
    );
    record({
      name: 'EvidenceCreated',
      collectivityId: commitment.collectivityId,
      entityId: saved.id,
      payload: {
        before: null,
        after: file
          ? { ...evidenceHistorySnapshot(saved), fileSha256: file.fileSha256 }
          : evidenceHistorySnapshot(saved),
      },
    });
    return saved;
  }

  /**
   * Links existing evidence to more actions of its own commitment, under the evidence's row lock, so that concurrent
   * links queue and each entry's `before` is what the table held; a stale `expectedVersion` is refused with CONFLICT.
   */
  link(actor: Actor, input: LinkEvidenceInput): Promise<EvidenceEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const evidence = await this.repository.findForUpdate(input.evidenceId, manager);
      if (!evidence) throw new NotFoundError('Evidence', input.evidenceId);
      const commitment = await this.editableCommitment(actor, evidence.commitmentId, manager);
      if (input.commitmentId !== evidence.commitmentId) throw new EvidenceCommitmentMismatchError();
      const codes = this.checkedCodes(commitment, input.actionCodes);
      this.assertVersion(evidence, input.expectedVersion);
      const before = evidenceHistorySnapshot(evidence);
      await this.repository.link(evidence.id, codes, manager);
      await this.repository.bumpVersion(evidence.id, manager);
      const saved = (await this.repository.findById(evidence.id, manager))!;
      record({
        name: 'EvidenceUpdated',
        collectivityId: commitment.collectivityId,
        entityId: saved.id,
        payload: { before, after: evidenceHistorySnapshot(saved) },
      });
      return saved;
    });
  }

  /**
   * The evidence, locked until the transaction ends, and its commitment, if the actor may manage this
   * collectivity's evidence; NOT_FOUND otherwise (a caller who may not edit learns nothing more).
   */
  private async lockedEditable(actor: Actor, evidenceId: string, manager: EntityManager) {
    const evidence = await this.repository.findForUpdate(evidenceId, manager);
    if (!evidence) throw new NotFoundError('Evidence', evidenceId);
    const commitment = await this.commitments.get(evidence.commitmentId, manager);
    this.access.assertCanEdit(actor, commitment.collectivityId, 'evidence.manage', 'Evidence', evidenceId);
    return { evidence, commitment };
  }

  /** CONFLICT when `expectedVersion` is given and is not the evidence's, with the evidence as the API shows it. */
  private assertVersion(evidence: EvidenceEntity, expectedVersion: number | null | undefined): void {
    assertVersion('Evidence', evidence.id, expectedVersion, evidence.version, () =>
      toEvidenceModel(evidence, this.config.publicUrl),
    );
  }

  /**
   * Edits the evidence's fields and, when `actionCodes` is given, replaces the actions it supports; the result must
   * pass the rulebook's evidence rules (an action or a label criterion; an address for the kinds that need one).
   * Under the row lock; a stale `expectedVersion` is refused with CONFLICT; one version more, one history entry.
   */
  update(actor: Actor, input: UpdateEvidenceInput): Promise<EvidenceEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const { evidence, commitment } = await this.lockedEditable(actor, input.evidenceId, manager);
      this.assertVersion(evidence, input.expectedVersion);
      const currentCodes = evidence.actions.map((a) => a.actionCode);
      const codes = input.actionCodes == null ? currentCodes : this.checkedCodes(commitment, input.actionCodes);
      const fields = {
        kind: input.kind ?? evidence.kind,
        date: input.date ?? evidence.date,
        title: input.title?.trim() ?? evidence.title,
        description: input.description === undefined ? evidence.description : input.description?.trim() || null,
        url: input.url === undefined ? evidence.url : input.url,
      };
      assertRules(checkEvidenceRules({ ...fields, actionCodes: codes, criterionIds: evidence.criterionIds }));
      const before = evidenceHistorySnapshot(evidence);
      await this.repository.saveFields({ id: evidence.id, version: evidence.version, ...fields }, manager);
      await this.repository.unlink(
        evidence.id,
        currentCodes.filter((c) => !codes.includes(c)),
        manager,
      );
      await this.repository.link(evidence.id, codes, manager);
      const saved = (await this.repository.findById(evidence.id, manager))!;
      record({
        name: 'EvidenceUpdated',
        collectivityId: commitment.collectivityId,
        entityId: saved.id,
        payload: { before, after: evidenceHistorySnapshot(saved) },
      });
      return saved;
    });
  }

  /**
   * Stops the evidence supporting some of its actions. It must keep an action or a label criterion
   * (ACTIONS_OR_CRITERIA_REQUIRED: withdraw it instead). Under the row lock, with `expectedVersion` like a link.
   */
  unlink(actor: Actor, input: UnlinkEvidenceInput): Promise<EvidenceEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const { evidence, commitment } = await this.lockedEditable(actor, input.evidenceId, manager);
      this.assertVersion(evidence, input.expectedVersion);
      const current = evidence.actions.map((a) => a.actionCode);
      const removed = [...new Set(input.actionCodes.map((c) => c.trim()))];
      const notLinked = removed.find((code) => !current.includes(code));
      if (notLinked) throw new EvidenceNotLinkedError(notLinked);
      const remaining = current.filter((c) => !removed.includes(c));
      assertRules(checkEvidenceRules({ ...evidence, actionCodes: remaining }));
      const before = evidenceHistorySnapshot(evidence);
      await this.repository.unlink(evidence.id, removed, manager);
      await this.repository.bumpVersion(evidence.id, manager);
      const saved = (await this.repository.findById(evidence.id, manager))!;
      record({
        name: 'EvidenceUpdated',
        collectivityId: commitment.collectivityId,
        entityId: saved.id,
        payload: { before, after: evidenceHistorySnapshot(saved) },
      });
      return saved;
    });
  }

  /**
   * Withdraws the evidence: its row and links are removed (it leaves the page, the public reads and the exports),
   * and one history entry keeps what it was and why; its earlier entries stay. Its file, if any, is removed from the
   * store once the withdrawal commits (the history keeps the file's digest).
   */
  async withdraw(actor: Actor, input: WithdrawEvidenceInput): Promise<void> {
    const fileKey = await this.unitOfWork.run(actor, async ({ manager, record }) => {
      const { evidence, commitment } = await this.lockedEditable(actor, input.evidenceId, manager);
      this.assertVersion(evidence, input.expectedVersion);
      await this.repository.remove(evidence.id, manager);
      record({
        name: 'EvidenceWithdrawn',
        collectivityId: commitment.collectivityId,
        entityId: evidence.id,
        payload: { before: evidenceHistorySnapshot(evidence), after: { reason: input.reason.trim() } },
      });
      return evidence.fileKey;
    });
    if (!fileKey) return;
    try {
      await this.storage.delete(fileKey);
    } catch (error) {
      this.logger.warn(`could not remove ${fileKey} from the ${this.storage.kind} store: ${(error as Error).message}`);
    }
  }
}
