import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A committed collectivity's scores as they stand, kept by the writes (statistics.projection.ts) in the transaction
 * that changes its progress: the national figures average these rows, they never recompute 30 000 actions per read.
 * Scores are whole tenths of a percent (3.2 % → 32), so their sums are exact. (progress's `commitment_score` keeps
 * the overall score for sorting lists; this read model also keeps the sections and what the breakdowns group by, and
 * its value before a change gives the difference to add to the months.)
 */
@Entity('statistics_commitment')
@Index('ix_statistics_commitment_edition', ['edition'])
export class StatisticsCommitmentEntity {
  @ForeignKey('commitment', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  commitmentId!: string;

  @Column({ type: 'varchar', length: 16 })
  edition!: string;

  @Column({ type: 'uuid' })
  collectivityId!: string;

  @Column({ type: 'varchar', length: 32 })
  source!: string;

  /** YYYY-MM-DD: the collectivity counts in the timeline from this month on. */
  @Column({ type: 'date' })
  committedOn!: string;

  /** Overall score in tenths of a percent; null when no action counts. */
  @Column({ type: 'smallint', nullable: true })
  overallTenths!: number | null;

  /** Section scores in tenths, in the catalogue's section order (null elements: no action of the section counts). */
  @Column({ type: 'smallint', array: true })
  sectionTenths!: (number | null)[];

  @Column({ type: 'integer' })
  actionsDone!: number;
}

/**
 * National progress at the end of one month of an edition, kept by the writes: a change made in a month adds its
 * difference to that month's row and to every later one. A month without a row has the figures of the row before it.
 */
@Entity('statistics_month')
export class StatisticsMonthEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  edition!: string;

  /** YYYY-MM */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month!: string;

  /** Collectivities committed by the end of the month. */
  @Column({ type: 'integer' })
  commitments!: number;

  @Column({ type: 'integer' })
  actionsDone!: number;

  /** Committed collectivities with an overall score (not every action NOT_APPLICABLE), and the sum of their scores. */
  @Column({ type: 'integer' })
  scored!: number;

  @Column({ type: 'bigint' })
  overallTenthsSum!: string;
}

/**
 * One row: whether the aggregates above must be rebuilt from the records (and the history, for the past months)
 * before they can be trusted: set by the migration that created them, and by any tool that writes progress or
 * commitments without the services. The app rebuilds them when it starts (statistics-rebuild.ts).
 */
@Entity('statistics_state')
export class StatisticsStateEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'boolean' })
  stale!: boolean;
}
