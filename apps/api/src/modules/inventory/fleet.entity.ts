import type { FleetAudience } from '@pacte/pact';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * A collectivity's whole fleet for one audience (staff, schools, public access), as of a day: the base the
 * inventory's shares are counted against (libs/pact `inventoryFigures`). One row per collectivity and audience; a
 * new declaration replaces it, the history keeps the previous one (event FleetDeclared).
 */
@Entity('collectivity_fleet')
@Index('ux_collectivity_fleet_audience', ['collectivityId', 'audience'], { unique: true })
export class CollectivityFleetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('collectivity', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  collectivityId!: string;

  @Column({ type: 'varchar', length: 16 })
  audience!: FleetAudience;

  /** Null: not declared (the share falls back on the inventory). */
  @Column({ type: 'integer', nullable: true })
  workstations!: number | null;

  @Column({ type: 'integer', nullable: true })
  servers!: number | null;

  @Column({ type: 'integer', nullable: true })
  officeSeats!: number | null;

  /** The day the counts were true. */
  @Column({ type: 'date' })
  asOf!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Optimistic locking, as on inventory items. */
  @VersionColumn({ default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
