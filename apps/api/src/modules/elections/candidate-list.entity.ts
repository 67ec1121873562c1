import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ElectionEntity } from './election.entity';

export const LIST_OUTCOMES = ['PENDING', 'MAJORITY', 'OPPOSITION', 'NOT_ELECTED'] as const;
export type ListOutcome = (typeof LIST_OUTCOMES)[number];

/** A list standing in one collectivity for one election. */
@Entity('candidate_list')
@Index('ix_candidate_list_collectivity_election', ['collectivityId', 'electionId'])
@Index('uq_candidate_list_panel', ['electionId', 'collectivityId', 'panel'], {
  unique: true,
  where: 'panel IS NOT NULL',
})
export class CandidateListEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'RESTRICT' })
  election!: ElectionEntity;

  @Column({ type: 'uuid' })
  electionId!: string;

  @ForeignKey('collectivity', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  collectivityId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  headOfList!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  parties!: string[];

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  outcome!: ListOutcome;

  /** The list's panel number in the Ministry's files (the key of a list within its commune); null until known. */
  @Column({ type: 'integer', nullable: true })
  panel!: number | null;

  /** The Ministry's political "nuance" code (e.g. LDIV), from the candidatures or the results. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  nuance!: string | null;

  /** The round whose results were last recorded (1 or 2); null before any. */
  @Column({ type: 'smallint', nullable: true })
  resultRound!: number | null;

  @Column({ type: 'integer', nullable: true })
  votes!: number | null;

  /** Seats won on the municipal council. */
  @Column({ type: 'integer', nullable: true })
  seats!: number | null;

  /** Seats won on the community council (conseil communautaire) of the commune's EPCI. */
  @Column({ type: 'integer', nullable: true })
  communitySeats!: number | null;

  /** The results file the outcome was last taken from (its name), null when entered by hand. */
  @Column({ type: 'text', nullable: true })
  resultSource!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Optimistic locking: 1 when created, one more at each change; an edit names the version it read (expectedVersion). */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
