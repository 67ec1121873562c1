import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A signed-in user follows a collectivity, and may receive a weekly e-mail digest of its changes. Which collectivities
 * someone follows is their own business: it is not public, and not in the history. Erasing the account erases it.
 */
@Entity('follow')
@Index('ix_follow_collectivity', ['collectivityId'])
export class FollowEntity {
  @ForeignKey('user_account', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ForeignKey('collectivity', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  collectivityId!: string;

  /** Send this user the weekly e-mail digest of this collectivity. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
