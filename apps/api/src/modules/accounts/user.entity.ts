import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person with an account. E-mail and display name are personal data: never copied into the history. */
@Entity('user_account')
@Index('uq_user_oidc', ['oidcIssuer', 'oidcSubject'], { unique: true, where: 'oidc_subject IS NOT NULL' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased. */
  @Index('uq_user_email', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /** argon2id; null for accounts that only sign in through OpenID Connect. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text', nullable: true })
  oidcIssuer!: string | null;

  @Column({ type: 'text', nullable: true })
  oidcSubject!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
