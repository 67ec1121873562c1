import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

import { COMMITMENT_SOURCES, type CommitmentSource } from '@pacte/pact';

/** LIST_MAJORITY: a signing list won the majority; COUNCIL_DELIBERATION: the council adopted the pact (libs/pact). */
export { COMMITMENT_SOURCES };
export type { CommitmentSource };

/**
 * A collectivity bound by one edition of the pact; always carries its source. A withdrawn commitment (the list that
 * won lost the majority in a later results file) stays, with its date and reason; one commitment at most is in force.
 */
@Entity('commitment')
@Index('uq_commitment_collectivity_edition', ['collectivityId', 'edition'], {
  unique: true,
  where: 'withdrawn_at IS NULL',
})
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('collectivity', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  collectivityId!: string;

  @Column({ type: 'varchar', length: 16 })
  edition!: string;

  @Column({ type: 'varchar', length: 32 })
  source!: CommitmentSource;

  @ForeignKey('candidate_list', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  candidateListId!: string | null;

  @Column({ type: 'text', nullable: true })
  deliberationNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  deliberationDate!: string | null;

  /** The day the collectivity became bound (the vote, or the deliberation). */
  @Column({ type: 'date' })
  committedOn!: string;

  /** True while the commitment belongs to the labelled demo data set. */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the commitment was withdrawn; null while it is in force. */
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason!: string | null;
}
