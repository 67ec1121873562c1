import { Injectable } from '@nestjs/common';
import type { ReviewKind, ReviewPayload } from '@pacte/pact';
import type { Work } from '../history/unit-of-work';

/** What an accepted item asks of the module that owns its kind; it runs in the decision's unit of work. */
export interface AcceptedItem<K extends ReviewKind> {
  id: string;
  collectivityId: string;
  payload: ReviewPayload<K>;
  /** The option the moderator chose (validated by the handler: NOT_FOUND or a domain error if it is not one). */
  choice: string | null;
  /** Who queued the item (a declarant, an import's actor): the record it leads to is credited to them. */
  queuedBy: string;
}

/** An item once its decision has committed. */
export interface DecidedItem<K extends ReviewKind> {
  id: string;
  status: 'ACCEPTED' | 'REFUSED';
  payload: ReviewPayload<K>;
}

export type ReviewDecidedHandler<K extends ReviewKind> = (item: DecidedItem<K>) => Promise<void>;

export type ReviewAcceptHandler<K extends ReviewKind> = (unit: Work, item: AcceptedItem<K>) => Promise<void>;

/**
 * The review queue knows no kind's consequences: the module that queues a kind (imports: uncertain matches; the
 * declarations: declared commitments) registers what accepting it does. The dependency runs one way, into the queue.
 */
@Injectable()
export class ReviewHandlers {
  private readonly handlers = new Map<ReviewKind, ReviewAcceptHandler<ReviewKind>>();
  private readonly decided = new Map<ReviewKind, ReviewDecidedHandler<ReviewKind>>();

  onAccept<K extends ReviewKind>(kind: K, handler: ReviewAcceptHandler<K>): void {
    if (this.handlers.has(kind)) throw new Error(`a handler already accepts ${kind} items`);
    this.handlers.set(kind, handler);
  }

  handlerOf(kind: ReviewKind): ReviewAcceptHandler<ReviewKind> | null {
    return this.handlers.get(kind) ?? null;
  }

  /**
   * What to do once a decision on an item of `kind` has committed (outside its transaction: removing a refused
   * declaration's file, which no rollback could bring back).
   */
  onDecided<K extends ReviewKind>(kind: K, handler: ReviewDecidedHandler<K>): void {
    if (this.decided.has(kind)) throw new Error(`a handler already follows decisions on ${kind} items`);
    this.decided.set(kind, handler);
  }

  decidedHandlerOf(kind: ReviewKind): ReviewDecidedHandler<ReviewKind> | null {
    return this.decided.get(kind) ?? null;
  }
}
