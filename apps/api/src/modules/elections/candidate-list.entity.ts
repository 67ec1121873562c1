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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Optimistic locking: 1 when created, one more at each change; an edit names the version it read (expectedVersion). */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
