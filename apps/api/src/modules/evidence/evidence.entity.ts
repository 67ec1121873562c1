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

/** The link from one piece of evidence to one pact action it supports. */
@Entity('evidence_action')
@Index('ix_evidence_action_code', ['actionCode'])
export class EvidenceActionEntity {
  @PrimaryColumn({ type: 'uuid' })
  evidenceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  actionCode!: string;

  @ManyToOne(() => EvidenceEntity, (evidence) => evidence.actions, { onDelete: 'CASCADE' })
  evidence!: EvidenceEntity;
}
