import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * Pooled IT: a commune points to the body that runs its IT, its own EPCI or a syndicat (an OPSN). The body's
 * inventory items that apply to the commune, its fleet and its evidence then count for the commune (libs/pact
 * `memberInventory`, `pooledEvidenceCounts`). One row per commune at most; removing the link deletes the row, the
 * history keeps it (event PooledItSet).
 */
@Entity('pooled_it_link')
@Index('ix_pooled_it_link_body', ['bodyId'])
export class PooledItLinkEntity {
  /** The commune whose IT is pooled. */
  @ForeignKey('collectivity', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  collectivityId!: string;

  /** The EPCI or syndicat that runs it. */
  @ForeignKey('collectivity', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  bodyId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
