import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the append-only history, linked to the entry before it by a hash chain (see chain.ts and
 * docs/history-verification.md). A database trigger (migration SearchAndHistoryGuards) refuses UPDATE, DELETE and
 * TRUNCATE on this table; the unique indexes on `hash` and `prev_hash` refuse a fork (two entries after the same one).
 * `before` and `after` never hold private data, and the actor is a pseudonymous reference, never a person's name.
 */
@Entity('audit_event')
@Index('ix_audit_event_collectivity', ['collectivityId', 'id'])
@Index('ux_audit_event_hash', ['hash'], { unique: true })
@Index('ux_audit_event_prev_hash', ['prevHash'], { unique: true })
export class AuditEventEntity {
  /** Taken from the sequence before the row is written, because it is hashed. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** Millisecond precision, so that the ISO form that is hashed is exactly what is stored. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  /** A user id, `operator` or `system:<name>` (null only for anonymous, which never writes). */
  @Column({ type: 'text', nullable: true })
  actorId!: string | null;

  /** `user` for a signed-in user (never their name), else the operator's or the system's label. */
  @Column({ type: 'text' })
  actorLabel!: string;

  @Column({ type: 'uuid', nullable: true })
  collectivityId!: string | null;

  /** e.g. ActionProgress, Milestone, Evidence, Commitment, CandidateList, Signatory. */
  @Column({ type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ type: 'text' })
  entityId!: string;

  /** e.g. CREATE, UPDATE. */
  @Column({ type: 'varchar', length: 16 })
  action!: string;

  /**
   * The event's name in the catalogue (libs/pact/src/events), e.g. `MilestoneUpdated`, and its version; both hashed.
   * Null in entries written before the history stored them: their name derives from entity_type and action, and
   * their version is 1.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  event!: string | null;

  @Column({ type: 'smallint', nullable: true })
  eventVersion!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  /** The hash of the entry before this one; 64 zeros for the first entry. */
  @Column({ type: 'varchar', length: 64 })
  prevHash!: string;

  /** sha256(prev_hash + canonical JSON of the hashed fields), lowercase hex. */
  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
