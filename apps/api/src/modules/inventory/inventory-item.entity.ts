import type { FleetAudience, MigrationStage, PlannedStage, SoftwareCategory } from '@pacte/pact';
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

/**
 * One software a collectivity uses, and where its migration to a free alternative stands. The current stage and
 * the day it was reached are kept here; every stage reached is a row of `software_inventory_stage`.
 */
@Entity('software_inventory_item')
@Index('ix_software_inventory_item_collectivity', ['collectivityId'])
@Index('ix_software_inventory_item_product_entry', ['productEntryId'])
@Index('ix_software_inventory_item_target_entry', ['targetEntryId'])
export class SoftwareInventoryItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('collectivity', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  collectivityId!: string;

  @Column({ type: 'varchar', length: 32 })
  category!: SoftwareCategory;

  /** The software in use, as the collectivity names it ("Microsoft Office 2019"). */
  @Column({ type: 'text' })
  productName!: string;

  /** Whether the software in use is free. */
  @Column({ type: 'boolean' })
  productIsFree!: boolean;

  /** Workstations or users it covers; servers for SERVER_OS; null when not known. */
  @Column({ type: 'integer', nullable: true })
  seats!: number | null;

  /** Whose machines it runs on: staff, schools or public access; its seats count against that audience's fleet. */
  @Column({ type: 'varchar', length: 16, default: 'STAFF' })
  audience!: FleetAudience;

  /** Action 1.3: the day its contract or licence ends; null when not known. */
  @Column({ type: 'date', nullable: true })
  contractEndsOn!: string | null;

  /** The day it renews (or must be renewed or ended); null when not known. */
  @Column({ type: 'date', nullable: true })
  renewalOn!: string | null;

  /** What it costs a year, in whole euros; null when not known. */
  @Column({ type: 'integer', nullable: true })
  yearlyCost!: number | null;

  /** The catalogue entry of the software in use, when it is in the catalogue. */
  @ForeignKey('software_catalogue_entry', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  productEntryId!: string | null;

  /** The free alternative targeted (the catalogue lists free software only); null while none is chosen. */
  @ForeignKey('software_catalogue_entry', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  targetEntryId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  stage!: MigrationStage;

  /** The day the current stage was reached. */
  @Column({ type: 'date' })
  stageReachedOn!: string;

  /**
   * The stages planned after the current one, each for a day to come, in the stages' order: an intention, counted
   * nowhere until the stage is recorded as reached (which drops the planned stages it reaches or skips).
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  plannedStages!: PlannedStage[];

  /** Pact actions the migration advances; by default those of the category (`actionCodesForCategory`). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  actionCodes!: string[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /**
   * An item of a pooling body (EPCI, syndicat): the communes it applies to, among those whose IT the body runs;
   * null: all of them. Always null on a commune's own items.
   */
  @Column({ type: 'uuid', array: true, nullable: true })
  appliesToMemberIds!: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Optimistic locking: 1 when created, one more at each change; an edit names the version it read (expectedVersion). */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A migration stage an inventory item reached: dated, with notes and evidence of the collectivity's commitment. */
@Entity('software_inventory_stage')
@Index('ix_software_inventory_stage_item', ['itemId'])
export class SoftwareInventoryStageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => SoftwareInventoryItemEntity, { onDelete: 'CASCADE' })
  item!: SoftwareInventoryItemEntity;

  @Column({ type: 'uuid' })
  itemId!: string;

  @Column({ type: 'varchar', length: 16 })
  stage!: MigrationStage;

  @Column({ type: 'date' })
  reachedOn!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** Evidence of a commitment of the same collectivity. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  evidenceIds!: string[];

  /** The history's reference of who recorded it (an opaque id, never a name). */
  @Column({ type: 'text', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
