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
}

export type ReviewAcceptHandler<K extends ReviewKind> = (unit: Work, item: AcceptedItem<K>) => Promise<void>;

/**
 * The review queue knows no kind's consequences: the module that queues a kind (imports: uncertain matches; the
 * declarations: declared commitments) registers what accepting it does. The dependency runs one way, into the queue.
 */
@Injectable()
export class ReviewHandlers {
  private readonly handlers = new Map<ReviewKind, ReviewAcceptHandler<ReviewKind>>();

  onAccept<K extends ReviewKind>(kind: K, handler: ReviewAcceptHandler<K>): void {
    if (this.handlers.has(kind)) throw new Error(`a handler already accepts ${kind} items`);
    this.handlers.set(kind, handler);
  }

  handlerOf(kind: ReviewKind): ReviewAcceptHandler<ReviewKind> | null {
    return this.handlers.get(kind) ?? null;
  }
}
