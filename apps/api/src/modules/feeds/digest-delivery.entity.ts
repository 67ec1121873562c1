import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A weekly digest e-mailed to a user, and the period it covered: the next digest starts where this one ended, and a
 * second run in the same week sends nothing. Personal data like the follows: exported with them, erased with the
 * account.
 */
@Entity('digest_delivery')
@Index('ix_digest_delivery_user_period', ['userId', 'periodEnd'])
export class DigestDeliveryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @ForeignKey('user_account', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  periodStart!: Date;

  @Column({ type: 'timestamptz' })
  periodEnd!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}
