import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditScope, Role } from '../../common/auth/roles';

export const GRANT_STATUSES = ['REQUESTED', 'ACTIVE', 'REFUSED', 'REVOKED'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** A role requested by, or granted to, a user; decisions are recorded here and in the history. */
@Entity('role_grant')
@Index('ix_role_grant_user', ['userId'])
@Index('ix_role_grant_collectivity', ['collectivityId', 'status'])
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  collectivityId!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  auditScope!: AuditScope | null;

  /** Région or département code for a scoped auditor. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  auditScopeCode!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: GrantStatus;

  /** Why the requester asks for the role (free text, shown to those who decide); null on a direct grant. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
