import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { COLLECTIVITY_KINDS, EPCI_KINDS, type CollectivityKind } from '@pacte/pact';

export { COLLECTIVITY_KINDS, EPCI_KINDS };
export type { CollectivityKind };

/** A commune, an EPCI, a syndicat, a département or a région, identified by its official code. */
@Entity('collectivity')
@Unique('uq_collectivity_kind_code', ['kind', 'code'])
// Trigram index for `search_name LIKE '%…%'`, created by hand in migration SearchAndHistoryGuards.
@Index('ix_collectivity_search_name_trgm', { synchronize: false })
export class CollectivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /**
   * INSEE code for communes, SIREN for EPCI and syndicats, official code for départements and régions. Indexed alone
   * for a lookup by code without the kind (`collectivity(code:)`), which the (kind, code) constraint cannot serve.
   */
  @Index('ix_collectivity_code')
  @Column({ type: 'varchar', length: 14 })
  code!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: CollectivityKind;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-case name without accents nor punctuation, for accent-insensitive search. */
  @Index('ix_collectivity_search_name')
  @Column({ type: 'text' })
  searchName!: string;

  @Column({ type: 'varchar', length: 9, nullable: true })
  siren!: string | null;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  postcodes!: string[];

  @Index('ix_collectivity_departement_code')
  @Column({ type: 'varchar', length: 3, nullable: true })
  departementCode!: string | null;

  @Index('ix_collectivity_region_code')
  @Column({ type: 'varchar', length: 3, nullable: true })
  regionCode!: string | null;

  /** The EPCI a commune belongs to (none for 98 communes, and for every other kind). */
  @Index('ix_collectivity_epci_id')
  @ManyToOne(() => CollectivityEntity, { nullable: true, onDelete: 'SET NULL' })
  epci!: CollectivityEntity | null;

  @Column({ type: 'uuid', nullable: true })
  epciId!: string | null;

  /** REFERENTIAL: loaded from the official data; MANUAL: added by an administrator (syndicats…). */
  @Column({ type: 'varchar', length: 16, default: 'REFERENTIAL' })
  origin!: 'REFERENTIAL' | 'MANUAL';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
