import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('election')
export class ElectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable code, e.g. MUNICIPALES_2026. */
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'date' })
  firstRoundDate!: string;

  @Column({ type: 'date', nullable: true })
  secondRoundDate!: string | null;

  /** First day of the mandate the election opens. */
  @Column({ type: 'date' })
  mandateStart!: string;

  @Column({ type: 'date' })
  mandateEnd!: string;
}
