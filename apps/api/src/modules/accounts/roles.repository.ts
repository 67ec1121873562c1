import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { RoleGrantEntity } from './role-grant.entity';

/** The accounts module's role grants (`role_grant`): the query shapes, nothing else. */
@Injectable()
export class RolesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private grants(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(RoleGrantEntity);
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  activeOf(userId: string): Promise<RoleGrantEntity[]> {
    return this.grants().findBy({ userId, status: 'ACTIVE' });
  }

  /** Every grant of these users, newest request first. */
  ofUsers(userIds: readonly string[]): Promise<RoleGrantEntity[]> {
    return this.grants().find({ where: { userId: In([...userIds]) }, order: { requestedAt: 'DESC' } });
  }

  /** Requests awaiting a decision, on one collectivity or everywhere, oldest first. */
  pending(collectivityId: string | null): Promise<RoleGrantEntity[]> {
    return this.grants().find({
      where: collectivityId ? { status: 'REQUESTED', collectivityId } : { status: 'REQUESTED' },
      order: { requestedAt: 'ASC' },
    });
  }

  /** The user's request or grant of this role (on this collectivity when given) that is still open or active. */
  findOpen(
    userId: string,
    role: RoleGrantEntity['role'],
    collectivityId: string | null,
    manager?: EntityManager,
  ): Promise<RoleGrantEntity | null> {
    return this.grants(manager).findOneBy({
      userId,
      role,
      status: In(['REQUESTED', 'ACTIVE']),
      ...(collectivityId ? { collectivityId } : {}),
    });
  }

  /** The grant, locked until the transaction ends. */
  findForUpdate(id: string, manager: EntityManager): Promise<RoleGrantEntity | null> {
    return this.grants(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(values: Partial<RoleGrantEntity>, manager?: EntityManager): Promise<RoleGrantEntity> {
    const repo = this.grants(manager);
    return repo.save(repo.create(values));
  }
}
