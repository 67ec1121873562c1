import { ASSESSMENT_VERDICTS, type AssessmentVerdict } from '@pacte/pact';
import type { Role } from '../../common/auth/roles';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** The database refuses a verdict outside the pact's list (migration VerdictChecks). */
const VERDICT_CHECK = `"verdict" IN (${ASSESSMENT_VERDICTS.map((v) => `'${v}'`).join(', ')})`;

/**
 * An auditor's verdict on one action of one commitment. Rows are never changed: a new verdict by the same auditor on
 * the same action is a new row that supersedes the previous one (`supersedesId`), so the current verdict of each
 * auditor is the row that no other row supersedes.
 */
@Entity('assessment')
@Check('ck_assessment_verdict', VERDICT_CHECK)
@Index('ix_assessment_commitment_action', ['commitmentId', 'actionCode'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('commitment', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  commitmentId!: string;

  @Column({ type: 'varchar', length: 8 })
  actionCode!: string;

  /** The auditor's account; null once the account is erased (the verdict stays, attributed to its association). */
  @ForeignKey('user_account', { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  auditorId!: string | null;

  /** The association the auditor speaks for (e.g. "April"), public; null when they assess in their own name. */
  @Column({ type: 'text', nullable: true })
  association!: string | null;

  @Column({ type: 'varchar', length: 16 })
  verdict!: AssessmentVerdict;

  @Column({ type: 'text' })
  justification!: string;

  /** Evidence of the same commitment the verdict rests on. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  evidenceIds!: string[];

  /** The day the auditor assessed the action. */
  @Column({ type: 'date' })
  assessedOn!: string;

  /** The previous verdict of the same auditor on the same action, which this one replaces (at most one row does). */
  @OneToOne(() => AssessmentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  supersedes!: AssessmentEntity | null;

  @Column({ type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The collectivity's answer to an assessment, written by one of its elected officials or IT managers. */
@Entity('assessment_reply')
@Index('ix_assessment_reply_assessment', ['assessmentId'])
export class AssessmentReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  assessment!: AssessmentEntity;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  /** The author's account; null once the account is erased. */
  @ForeignKey('user_account', { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  /** The role the author answered in (ELECTED_OFFICIAL or IT_MANAGER): public, unlike the author's name. */
  @Column({ type: 'varchar', length: 32 })
  authorRole!: Role;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * An auditor's verdict on one section of the pact as a whole (the sections are its commitments), on the actions'
 * scale. Like the verdicts on actions, rows are never changed: a new verdict of the same auditor on the same section
 * supersedes the previous one (`supersedesId`).
 */
@Entity('section_assessment')
@Check('ck_section_assessment_verdict', VERDICT_CHECK)
@Index('ix_section_assessment_commitment_section', ['commitmentId', 'section'])
export class SectionAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('commitment', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  commitmentId!: string;

  /** 1, 2 or 3. */
  @Column({ type: 'smallint' })
  section!: number;

  /** The auditor's account; null once the account is erased. */
  @ForeignKey('user_account', { onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  auditorId!: string | null;

  /** The association the auditor speaks for, public; null when they assess in their own name. */
  @Column({ type: 'text', nullable: true })
  association!: string | null;

  @Column({ type: 'varchar', length: 16 })
  verdict!: AssessmentVerdict;

  @Column({ type: 'text' })
  justification!: string;

  /** The day the auditor assessed the section. */
  @Column({ type: 'date' })
  assessedOn!: string;

  /** The previous verdict of the same auditor on the same section, which this one replaces. */
  @OneToOne(() => SectionAssessmentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  supersedes!: SectionAssessmentEntity | null;

  @Column({ type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
