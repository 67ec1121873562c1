import { Injectable } from '@nestjs/common';
import {
  commitmentSourcesFor,
  CURRENT_EDITION,
  declarationNeedsDocument,
  DECLARATION_EVIDENCE_ACTION,
  declaredCommitmentPayload,
  type DeclaredCommitmentPayload,
} from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-error';
import { RuleViolationError } from '../../common/errors/rule-error';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { AlreadyCommittedError, InvalidCommitmentSourceError } from '../commitments/commitments.errors';
import { CommitmentsService } from '../commitments/commitments.service';
import { ElectionsService } from '../elections/elections.service';
import { EvidenceFilesService } from '../evidence/evidence-files.service';
import { EvidenceService, type NewEvidenceFile } from '../evidence/evidence.service';
import { UnitOfWork, type Work } from '../history/unit-of-work';
import type { AcceptedItem, DecidedItem } from '../review/review-handlers.port';
import { ReviewHandlers } from '../review/review-handlers.port';
import { ReviewQueueService, type ReviewItemRecord } from '../review/review.service';
import { DeclarationPendingError, NotASigningListError } from './declarations.errors';
import type { DeclareCommitmentInput } from './dto/declare-commitment.input';

/**
 * Declared commitments: someone signed in says that a collectivity which is not committed is (a signing list won, or
 * the council adopted the pact). The declaration goes to the review queue (DECLARED_COMMITMENT); a campaign moderator
 * of the territory, or an administrator, accepts it, and the commitment is created with its source and the
 * declaration as its evidence, in the decision's transaction; or refuses it with a reason that the declarant reads
 * (`Me.declarations`).
 */
@Injectable()
export class DeclarationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly queue: ReviewQueueService,
    private readonly collectivities: CollectivitiesService,
    private readonly commitments: CommitmentsService,
    private readonly elections: ElectionsService,
    private readonly evidence: EvidenceService,
    private readonly files: EvidenceFilesService,
    handlers: ReviewHandlers,
  ) {
    handlers.onAccept('DECLARED_COMMITMENT', (unit, item) => this.accept(unit, item));
    handlers.onDecided('DECLARED_COMMITMENT', (item) => this.afterDecision(item));
  }

  /**
   * A refused declaration's document is removed once the refusal has committed: it was only ever the moderators' to
   * read, and nothing keeps it (an accepted one's file became the evidence's). Only the item's record of it stays
   * (type, size, hash), so the history still says that a file came with the declaration.
   */
  private async afterDecision(item: DecidedItem<'DECLARED_COMMITMENT'>): Promise<void> {
    const p = item.payload;
    if (item.status === 'REFUSED' && p.source === 'COUNCIL_DELIBERATION' && p.document) {
      await this.files.discard(p.document);
    }
  }

  /** Queues a declaration; `document`, when a file came with it, was checked and stored under `document.id`. */
  declare(actor: Actor, input: DeclareCommitmentInput, document?: NewEvidenceFile): Promise<ReviewItemRecord> {
    return this.unitOfWork.run(actor, async (unit) => {
      const { manager } = unit;
      const collectivity = await this.collectivities.get(input.collectivityId, manager);
      // One declaration of a collectivity at a time: concurrent declarations queue on this lock.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`declaration:${collectivity.id}`]);
      if (!commitmentSourcesFor(collectivity.kind).includes(input.source)) {
        throw new InvalidCommitmentSourceError(
          'Only a commune is committed by a winning list: this collectivity commits by its council’s deliberation',
        );
      }
      if (await this.commitments.findForCollectivity(collectivity.id, CURRENT_EDITION, manager)) {
        throw new AlreadyCommittedError(collectivity.id, CURRENT_EDITION);
      }
      if (await this.queue.hasPending('DECLARED_COMMITMENT', collectivity.id, manager)) {
        throw new DeclarationPendingError(collectivity.id);
      }
      const note = input.note?.trim() || null;
      let payload: DeclaredCommitmentPayload;
      if (input.source === 'LIST_MAJORITY') {
        const listId = input.candidateListId!;
        const list = await this.elections.findList(listId, manager);
        if (!list || list.collectivityId !== collectivity.id) throw new NotFoundError('CandidateList', listId);
        if (!(await this.elections.listSignedAsList(list.id, manager))) throw new NotASigningListError(list.id);
        payload = { source: 'LIST_MAJORITY', candidateListId: list.id, note };
      } else {
        if (declarationNeedsDocument(input, Boolean(document))) {
          throw new RuleViolationError('DOCUMENT_REQUIRED', 'documentUrl');
        }
        payload = {
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: input.deliberationNumber!.trim(),
          deliberationDate: input.deliberationDate!,
          documentUrl: input.documentUrl ?? null,
          document: document ?? null,
          note,
        };
      }
      const { item } = await this.queue.enqueue(unit, {
        kind: 'DECLARED_COMMITMENT',
        collectivityId: collectivity.id,
        payload,
      });
      return item;
    });
  }

  /**
   * A declared council deliberation with its file: the file is checked (type from its bytes, size) and stored, then
   * the declaration queued; if the declaration is refused, the file is removed.
   */
  async declareWithFile(
    actor: Actor,
    input: DeclareCommitmentInput,
    upload: Buffer | undefined,
  ): Promise<ReviewItemRecord> {
    if (input.source !== 'COUNCIL_DELIBERATION') {
      throw new InvalidCommitmentSourceError('Only a council deliberation is declared with a document');
    }
    const document = await this.files.storePending(upload);
    try {
      return await this.declare(actor, input, document);
    } catch (error) {
      await this.files.discard(document);
      throw error;
    }
  }

  /** The document declared with an item, for a moderator who may decide it (NOT_FOUND otherwise). */
  async documentOf(actor: Actor, itemId: string) {
    const item = await this.queue.findDecidable(actor, itemId);
    const payload = item.kind === 'DECLARED_COMMITMENT' ? declaredCommitmentPayload.parse(item.payload) : null;
    if (payload?.source !== 'COUNCIL_DELIBERATION' || !payload.document) {
      throw new NotFoundError('DeclarationDocument', itemId);
    }
    return this.files.openPending(payload.document);
  }

  /** The declarations `actor` made, newest first, with the decisions on them. */
  async declaredBy(actor: Actor): Promise<ReviewItemRecord[]> {
    return this.queue.queuedBy(actor, 'DECLARED_COMMITMENT');
  }

  /**
   * Accepting a declaration, in the decision's unit of work: the commitment with its source (a list's majority is
   * recorded on the list, which commits the collectivity through the elections' list events), then the declaration
   * as the commitment's first evidence, credited to the declarant (the history names the moderator who accepted it).
   */
  private async accept(unit: Work, item: AcceptedItem<'DECLARED_COMMITMENT'>): Promise<void> {
    const p = item.payload;
    if (p.source === 'LIST_MAJORITY') {
      await this.elections.setOutcomeWithin(unit, { candidateListId: p.candidateListId, outcome: 'MAJORITY' });
      const commitment = await this.commitments.findForCollectivity(item.collectivityId, CURRENT_EDITION, unit.manager);
      if (!commitment || commitment.candidateListId !== p.candidateListId) {
        throw commitment
          ? new AlreadyCommittedError(item.collectivityId, CURRENT_EDITION)
          : new NotASigningListError(p.candidateListId);
      }
      const list = (await this.elections.findList(p.candidateListId, unit.manager))!;
      await this.evidence.addAccepted(unit, {
        commitmentId: commitment.id,
        kind: 'DOCUMENT',
        date: commitment.committedOn,
        title: `Déclaration : la liste « ${list.name} » a remporté la majorité`,
        // The declarant's note was for the moderators: the public evidence does not repeat it.
        description: null,
        actionCodes: [DECLARATION_EVIDENCE_ACTION],
        createdBy: item.queuedBy,
      });
      return;
    }
    const commitment = await this.commitments.createWithin(unit, {
      collectivityId: item.collectivityId,
      source: 'COUNCIL_DELIBERATION',
      deliberationNumber: p.deliberationNumber,
      deliberationDate: p.deliberationDate,
    });
    await this.evidence.addAccepted(
      unit,
      {
        commitmentId: commitment.id,
        kind: 'COUNCIL_DELIBERATION',
        date: p.deliberationDate,
        title: `Délibération n° ${p.deliberationNumber} adoptant le Pacte du logiciel libre`,
        // The declarant's note was for the moderators: the public evidence does not repeat it.
        description: null,
        url: p.documentUrl ?? null,
        actionCodes: [DECLARATION_EVIDENCE_ACTION],
        createdBy: item.queuedBy,
      },
      p.document ?? undefined,
    );
  }
}
