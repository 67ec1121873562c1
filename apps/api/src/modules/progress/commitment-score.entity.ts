import { Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

const percent = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * The self-declared overall score of a commitment (libs/pact computeScores), kept by the progress writes in their
 * transaction so that lists can sort and filter by score in SQL. A commitment without a row has no progress yet: its
 * score is that of an empty declaration.
 */
@Entity('commitment_score')
@Index('ix_commitment_score_overall', ['overall'])
export class CommitmentScoreEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey('commitment', { onDelete: 'CASCADE' })
  commitmentId!: string;

  /** Weighted mean progress in percent, 1 decimal; null when every action is not applicable. */
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: percent })
  overall!: number | null;

  @Column({ type: 'smallint' })
  actionsDone!: number;

  /**
   * The overall score the mandate clock measures from (libs/pact `clockBaselineAfterWrite`): it follows `overall`
   * while the writes happen on or before the clock's first day, then stays. Null: nothing was declared by then (0).
   */
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: percent })
  startOverall!: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
