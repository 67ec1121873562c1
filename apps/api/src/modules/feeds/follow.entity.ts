import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CollectivityEntity } from '../collectivities/collectivity.entity';

/**
 * A signed-in user follows a collectivity, and may receive a weekly e-mail digest of its changes. Which collectivities
 * someone follows is their own business: it is not public, and not in the history. Erasing the account erases it.
 */
@Entity('follow')
@Index('ix_follow_collectivity', ['collectivityId'])
export class FollowEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user!: UserEntity;

  @PrimaryColumn({ type: 'uuid' })
  collectivityId!: string;

  @ManyToOne(() => CollectivityEntity, { onDelete: 'CASCADE' })
  collectivity!: CollectivityEntity;

  /** Send this user the weekly e-mail digest of this collectivity. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
