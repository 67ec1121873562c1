import type { ProgressStatus } from '@pacte/pact';
import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Where a commitment stands on one pact action. A missing row means NOT_STARTED. */
@Entity('action_progress')
@Unique('uq_action_progress_commitment_action', ['commitmentId', 'actionCode'])
export class ActionProgressEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('commitment', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  commitmentId!: string;

  @Column({ type: 'varchar', length: 8 })
  actionCode!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ProgressStatus;

  /** Explicit percentage overriding the status default; null = the status default applies. */
  @Column({ type: 'smallint', nullable: true })
  progressOverride!: number | null;

  @Column({ type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  /** Required for NOT_APPLICABLE and ABANDONED. */
  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  /** Optimistic locking: 1 when created, one more at each change; an edit names the version it read (expectedVersion). */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
