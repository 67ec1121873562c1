import type { TnlScale, TnlSpecialMention } from '@pacte/pact';
import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A Territoire Numérique Libre label the jury awarded to a collectivity: one per vintage. */
@Entity('tnl_label')
@Unique('uq_tnl_label_collectivity_year', ['collectivityId', 'year'])
export class TnlLabelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('collectivity', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  collectivityId!: string;

  /** The vintage ("millésime"). */
  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar', length: 8 })
  scale!: TnlScale;

  /** '1' … '5' on the LEGACY scale; 'BADGE', 'BRONZE', 'ARGENT' or 'OR' on the 2025 scale. */
  @Column({ type: 'varchar', length: 8 })
  level!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mentions!: TnlSpecialMention[];

  /** Where the award is published (the jury's announcement), when known. */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
