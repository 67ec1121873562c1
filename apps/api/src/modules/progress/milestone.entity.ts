import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A dated step of one action: planned, or reached. */
@Entity('milestone')
@Index('ix_milestone_commitment_action', ['commitmentId', 'actionCode'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('commitment', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  commitmentId!: string;

  @Column({ type: 'varchar', length: 8 })
  actionCode!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'boolean', default: false })
  reached!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Optimistic locking: 1 when created, one more at each change; an edit names the version it read (expectedVersion). */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
