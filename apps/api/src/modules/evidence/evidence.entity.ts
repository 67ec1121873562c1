import type { EvidenceKind } from '@pacte/pact';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Something that shows an action was taken. Linked to one or more actions of the same commitment. */
@Entity('evidence')
@Index('ix_evidence_commitment', ['commitmentId'])
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('commitment', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  commitmentId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: EvidenceKind;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  /** Room for uploaded files (accounts issue): storage key, content type checked from the bytes, size. */
  @Column({ type: 'text', nullable: true })
  fileKey!: string | null;

  @Column({ type: 'text', nullable: true })
  fileMimeType!: string | null;

  @Column({ type: 'integer', nullable: true })
  fileSize!: number | null;

  @Column({ type: 'text', nullable: true })
  createdBy!: string | null;

  /** Territoire Numérique Libre criteria it answers directly (`TNL_CRITERIA` ids), e.g. those of data management. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  criterionIds!: string[];

  @OneToMany(() => EvidenceActionEntity, (link) => link.evidence, { cascade: ['insert'] })
  actions!: EvidenceActionEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Optimistic locking: 1 when created, one more at each change; an edit names the version it read (expectedVersion). */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * The link from one piece of evidence to one pact action it supports. It carries its evidence's commitment, date and
 * creation time, copied by PostgreSQL triggers (migration EvidenceActionRank), so that one index walks each action's
 * evidence of a commitment in page order (evidence.repository.ts, `findActionPages`).
 */
@Entity('evidence_action')
@Index('ix_evidence_action_code', ['actionCode'])
@Index('ix_evidence_action_rank', ['commitmentId', 'actionCode', 'date', 'createdAt', 'evidenceId'])
export class EvidenceActionEntity {
  @PrimaryColumn({ type: 'uuid' })
  evidenceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  actionCode!: string;

  @ManyToOne(() => EvidenceEntity, (evidence) => evidence.actions, { onDelete: 'CASCADE' })
  evidence!: EvidenceEntity;

  /** Copies of the evidence's, kept by the triggers: never written nor read through TypeORM. */
  @Column({ type: 'uuid', insert: false, update: false, select: false })
  commitmentId!: string;

  @Column({ type: 'date', insert: false, update: false, select: false })
  date!: string;

  @Column({ type: 'timestamptz', insert: false, update: false, select: false })
  createdAt!: Date;
}
