import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the append-only history. A database trigger (migration AuditEventAppendOnly) refuses
 * UPDATE, DELETE and TRUNCATE on this table. `before` and `after` never hold private data.
 */
@Entity('audit_event')
@Index('ix_audit_event_collectivity', ['collectivityId', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text', nullable: true })
  actorId!: string | null;

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

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
