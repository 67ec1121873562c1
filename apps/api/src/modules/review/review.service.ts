import { Injectable } from '@nestjs/common';
import { REVIEW_PAYLOADS, type EventPayload, type ReviewKind, type ReviewPayload } from '@pacte/pact';
import type { Actor } from '../../common/auth/actor';
import { allowsOn } from '../../common/auth/roles';
import { NotFoundError } from '../../common/errors/domain-error';
import type { EntityManager } from 'typeorm';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { UnitOfWork, type Work } from '../history/unit-of-work';
import { ReviewHandlers } from './review-handlers.port';
import { ReviewItemEntity } from './review-item.entity';
import { InvalidReviewPayloadError, ReviewItemNotPendingError, ReviewKindUnhandledError } from './review.errors';
import { ReviewFilter, ReviewReach, ReviewRepository } from './review.repository';

/** An item as this service returns it: what other modules may read. */
export type ReviewItemRecord = Readonly<ReviewItemEntity>;

export interface NewReviewItem<K extends ReviewKind> {
  kind: K;
  collectivityId: string;
  payload: ReviewPayload<K>;
  /** The same subject is queued once: queuing it again returns the first item (imports re-run safely). */
  subjectKey?: string | null;
}

export interface ReviewDecisionInput {
  itemId: string;
  accept: boolean;
  reason?: string | null;
  choice?: string | null;
}

/**
 * What a queued item says to the moderators only: the declarant's note ("Précisions pour la modération"). It stays on
 * the item, which only moderators read; the public history and the public records never carry it.
 */
const PRIVATE_PAYLOAD_FIELDS: readonly string[] = ['note'];

/** What the history (public) keeps of an item: everything but its private fields. */
function snapshot(item: ReviewItemEntity): EventPayload<'ReviewItemCreated'>['after'] {
  const payload = Object.fromEntries(
    Object.entries(item.payload).filter(([key]) => !PRIVATE_PAYLOAD_FIELDS.includes(key)),
  );
  return {
    kind: item.kind,
    status: item.status,
    payload,
    choice: item.choice,
    reason: item.reason,
  };
}

/**
 * The review queue: modules queue what they cannot settle alone; a campaign moderator whose territory covers the
 * collectivity, or an administrator, accepts (the kind's handler applies it, in the same transaction) or refuses
 * with a reason. Every change is a typed history event.
 */
@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ReviewRepository,
    private readonly collectivities: CollectivitiesService,
    private readonly handlers: ReviewHandlers,
  ) {}

  /** Where `actor` reads and decides the queue. */
  reachOf(actor: Actor): ReviewReach {
    if (actor.kind === 'operator' || actor.kind === 'system') return { everywhere: true };
    if (actor.kind !== 'user') return { everywhere: false, departements: [], regions: [] };
    const departements: string[] = [];
    const regions: string[] = [];
    for (const g of actor.grants) {
      if (g.role === 'ADMIN') return { everywhere: true };
      if (g.role !== 'CAMPAIGN_MODERATOR') continue;
      if (g.auditScope === 'NATIONAL') return { everywhere: true };
      if (g.auditScope === 'REGION' && g.auditScopeCode) regions.push(g.auditScopeCode);
      if (g.auditScope === 'DEPARTEMENT' && g.auditScopeCode) departements.push(g.auditScopeCode);
    }
    return { everywhere: false, departements, regions };
  }

  list(actor: Actor, filter: ReviewFilter, page: { first: number; offset: number }) {
    return this.repository.findPage(this.reachOf(actor), filter, page);
  }

  /** One item, if `actor` may decide it (their territory, or everywhere); NOT_FOUND otherwise. */
  async findDecidable(actor: Actor, id: string): Promise<ReviewItemRecord> {
    const item = await this.repository.findById(id);
    if (!item || !this.mayDecide(actor, item)) throw new NotFoundError('ReviewItem', id);
    return item;
  }

  /** The items `actor` queued (a declarant follows the decisions on their declarations). */
  queuedBy(actor: Actor, kind: ReviewKind | null = null): Promise<ReviewItemEntity[]> {
    return actor.id ? this.repository.findByCreator(actor.id, kind) : Promise.resolve([]);
  }

  /** Whether an item of `kind` on this collectivity awaits a decision (one declaration at a time), in `manager`. */
  hasPending(kind: ReviewKind, collectivityId: string, manager: EntityManager): Promise<boolean> {
    return this.repository.existsPending(kind, collectivityId, manager);
  }

  /** Queues an item in its own transaction. */
  submit<K extends ReviewKind>(actor: Actor, item: NewReviewItem<K>): Promise<ReviewItemEntity> {
    return this.unitOfWork.run(actor, async (unit) => (await this.enqueue(unit, item)).item);
  }

  /** Queues an item inside the caller's unit of work; `created` is false when its subject was already queued. */
  async enqueue<K extends ReviewKind>(
    unit: Work,
    input: NewReviewItem<K>,
  ): Promise<{ item: ReviewItemEntity; created: boolean }> {
    const { manager, actor, record } = unit;
    const parsed = REVIEW_PAYLOADS[input.kind].safeParse(input.payload);
    if (!parsed.success) {
      throw new InvalidReviewPayloadError(
        input.kind,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      );
    }
    if (input.subjectKey) {
      const existing = await this.repository.findBySubject(input.kind, input.subjectKey, manager);
      if (existing) return { item: existing, created: false };
    }
    const collectivity = await this.collectivities.get(input.collectivityId, manager);
    const item = await this.repository.save(
      {
        kind: input.kind,
        collectivityId: collectivity.id,
        departementCode: collectivity.departementCode,
        regionCode: collectivity.regionCode,
        payload: parsed.data,
        subjectKey: input.subjectKey ?? null,
        status: 'PENDING',
        createdBy: actor.id ?? 'anonymous',
        decidedBy: null,
        decidedAt: null,
        choice: null,
        reason: null,
      },
      manager,
    );
    record({
      name: 'ReviewItemCreated',
      collectivityId: item.collectivityId,
      entityId: item.id,
      payload: { before: null, after: snapshot(item) },
    });
    return { item, created: true };
  }

  /** Accepts (applying the kind's consequence in the same transaction) or refuses an item, once. */
  async decide(actor: Actor, input: ReviewDecisionInput): Promise<ReviewItemEntity> {
    const saved = await this.decideWithin(actor, input);
    const afterwards = this.handlers.decidedHandlerOf(saved.kind);
    if (afterwards && (saved.status === 'ACCEPTED' || saved.status === 'REFUSED')) {
      await afterwards({
        id: saved.id,
        status: saved.status,
        payload: REVIEW_PAYLOADS[saved.kind].parse(saved.payload),
      });
    }
    return saved;
  }

  private decideWithin(actor: Actor, input: ReviewDecisionInput): Promise<ReviewItemEntity> {
    return this.unitOfWork.run(actor, async (unit) => {
      const { manager, record } = unit;
      const item = await this.repository.lock(input.itemId, manager);
      // Outside the caller's territory the item does not exist for them.
      if (!item || !this.mayDecide(actor, item)) throw new NotFoundError('ReviewItem', input.itemId);
      if (item.status !== 'PENDING') throw new ReviewItemNotPendingError(item.status);
      const before = snapshot(item);
      if (input.accept) {
        const handler = this.handlers.handlerOf(item.kind);
        if (!handler) throw new ReviewKindUnhandledError(item.kind);
        await handler(unit, {
          id: item.id,
          collectivityId: item.collectivityId,
          payload: REVIEW_PAYLOADS[item.kind].parse(item.payload),
          choice: input.choice ?? null,
          queuedBy: item.createdBy,
        });
      }
      item.status = input.accept ? 'ACCEPTED' : 'REFUSED';
      item.reason = input.reason?.trim() || null;
      item.choice = input.accept ? (input.choice ?? null) : null;
      item.decidedBy = actor.id;
      item.decidedAt = new Date();
      const saved = await this.repository.save(item, manager);
      record({
        name: 'ReviewItemUpdated',
        collectivityId: saved.collectivityId,
        entityId: saved.id,
        payload: { before, after: snapshot(saved) },
      });
      return saved;
    });
  }

  private mayDecide(actor: Actor, item: ReviewItemEntity): boolean {
    if (actor.kind === 'operator' || actor.kind === 'system') return true;
    return actor.kind === 'user' && allowsOn(actor.grants, 'review.decide', item.collectivityId, item);
  }
}
