import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A signed-in browser. Only the SHA-256 of the cookie's token is stored. */
@Entity('user_session')
@Index('ix_user_session_user', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Index('uq_user_session_token', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /**
   * The ID token of an OpenID Connect sign-in, kept only to sign out at the provider too (`id_token_hint`, which
   * ProConnect requires); cleared when the session is closed. Null for a password sign-in.
   */
  @Column({ type: 'text', nullable: true })
  oidcIdToken!: string | null;
}

/** A one-time password reset link. Only the SHA-256 of its token is stored. */
@Entity('password_reset')
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Index('uq_password_reset_token', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

/**
 * A change of e-mail address waiting for its confirmation: the link sent to the new address carries a token of which
 * only the SHA-256 is stored; the address changes when the link is opened, once, within its validity.
 */
@Entity('email_change')
@Index('ix_email_change_user', ['userId'])
export class EmailChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** Lower-cased. */
  @Column({ type: 'text' })
  newEmail!: string;

  @Index('uq_email_change_token', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * Sign-in attempts, for rate limiting in the database (so several API instances share the count): per account and
 * per client address (`SignInLimiter`).
 */
@Entity('sign_in_attempt')
@Index('ix_sign_in_attempt_email_at', ['email', 'at'])
@Index('ix_sign_in_attempt_address_at', ['address', 'at'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  /** The client's address (`req.ip`); null for attempts recorded before it was kept. */
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
