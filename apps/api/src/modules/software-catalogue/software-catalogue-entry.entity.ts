import type { CatalogueProvider, SoftwareCategory } from '@pacte/pact';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * Where a catalogue entry comes from: SEED is the free alternatives the pact names (`FREE_ALTERNATIVES_SEED`, keyed
 * by slug); SILL and COMPTOIR are the public catalogues, keyed by their own id.
 */
export const CATALOGUE_ENTRY_SOURCES = ['SEED', 'SILL', 'COMPTOIR'] as const;
export type CatalogueEntrySource = (typeof CATALOGUE_ENTRY_SOURCES)[number];

/**
 * One free software a collectivity may run or migrate to. Upserted by (source, externalId): the seed on every start,
 * the SILL and the Comptoir du Libre by their importers. Reference data, like the referential: not in the history.
 */
@Entity('software_catalogue_entry')
@Unique('uq_software_catalogue_entry_source_external_id', ['source', 'externalId'])
@Index('ix_software_catalogue_entry_name', ['name'])
export class SoftwareCatalogueEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: CatalogueEntrySource;

  /** The seed's slug, or the id in the SILL or the Comptoir du Libre, as a string. */
  @Column({ type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Known for the seed; the public catalogues have their own categories, not these. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  category!: SoftwareCategory | null;

  @Column({ type: 'text', nullable: true })
  licence!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  repository!: string | null;

  @Column({ type: 'integer', nullable: true })
  sillId!: number | null;

  @Column({ type: 'integer', nullable: true })
  comptoirId!: number | null;

  @Column({ type: 'integer', array: true, default: () => "'{}'" })
  similarSillIds!: number[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  providers!: CatalogueProvider[];

  /** Organisations that told the source catalogue they use it (free text, not collectivities of this product). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  declaredUsers!: string[];

  /** Other names of the software (seed). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  /** Proprietary products it replaces (seed). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  replaces!: string[];

  /** Pact actions that adopting it advances (seed). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  actionCodes!: string[];

  /** The source catalogue no longer recommends it (SILL dereferencing). */
  @Column({ type: 'boolean', default: false })
  dereferenced!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
