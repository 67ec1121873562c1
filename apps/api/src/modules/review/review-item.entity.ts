import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewKind, ReviewStatus } from '@pacte/pact';

/**
 * Something a moderator decides: an import's uncertain match, a declared commitment. The payload is typed per kind
 * (libs/pact/src/rules/review.ts). The collectivity's département and région are copied here when the item is queued,
 * so that a moderator's territory filters the queue in one indexed query.
 */
@Entity('review_item')
@Index('ix_review_item_status_created', ['status', 'createdAt'])
@Index('ix_review_item_collectivity', ['collectivityId'])
@Index('uq_review_item_kind_subject', ['kind', 'subjectKey'], { unique: true })
export class ReviewItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ReviewKind;

  @ForeignKey('collectivity', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  collectivityId!: string;

  @Column({ type: 'varchar', length: 3, nullable: true })
  departementCode!: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  regionCode!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** What the item is about, stably (e.g. a results file's list in a commune): the same subject is queued once. */
  @Column({ type: 'text', nullable: true })
  subjectKey!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status!: ReviewStatus;

  /** The actor id of whoever queued it (a user, the operator, an import). */
  @Column({ type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The option accepted, when the kind offers several (the candidate list a result is matched to). */
  @Column({ type: 'uuid', nullable: true })
  choice!: string | null;

  /** Why it was refused (required) or accepted (optional); the declarant sees it. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
