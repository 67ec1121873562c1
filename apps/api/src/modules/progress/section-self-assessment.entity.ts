import { SECTION_SELF_STATUSES, type SectionSelfStatus } from '@pacte/pact';
import {
  Check,
  Column,
  Entity,
  ForeignKey,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * The collectivity's own word on one section of the pact as a whole (the sections are the pact's commitments, the
 * actions their means): a status and a short public explanation. A missing row: nothing said yet.
 */
@Entity('section_self_assessment')
// The database refuses a status outside the pact's list (migration VerdictChecks).
@Check('ck_section_self_assessment_status', `"status" IN (${SECTION_SELF_STATUSES.map((v) => `'${v}'`).join(', ')})`)
@Unique('uq_section_self_assessment_commitment_section', ['commitmentId', 'section'])
export class SectionSelfAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('commitment', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  commitmentId!: string;

  /** 1, 2 or 3. */
  @Column({ type: 'smallint' })
  section!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: SectionSelfStatus;

  @Column({ type: 'text' })
  explanation!: string;

  /** Optimistic locking: 1 when created, one more at each change. */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
