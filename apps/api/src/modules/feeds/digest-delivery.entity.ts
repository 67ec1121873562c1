import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

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

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user!: UserEntity;

  @Column({ type: 'timestamptz' })
  periodStart!: Date;

  @Column({ type: 'timestamptz' })
  periodEnd!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}
