import { Injectable } from '@nestjs/common';
import type { EventPayload } from '@pacte/pact';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ActiveGrant, AuditScope, Role, Territory, isTerritorialRole, scopeCovers } from '../../common/auth/roles';
import { NotFoundError } from '../../common/errors/domain-error';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { HistoryService } from '../history/history.service';
import { RoleRequestError } from './accounts.errors';
import { AccountsRepository } from './accounts.repository';
import { RoleGrantEntity } from './role-grant.entity';
import { mayDecideCollectivityRole } from './role-order';
import { RolesRepository } from './roles.repository';

export interface RoleRequest {
  role: Role;
  collectivityId?: string | null;
  auditScope?: AuditScope | null;
  auditScopeCode?: string | null;
  reason?: string | null;
}

/** What the history keeps of a grant: ids, never the person's name or e-mail. */
function grantSnapshot(g: RoleGrantEntity): EventPayload<'RoleGrantCreated'>['after'] {
  return {
    userId: g.userId,
    role: g.role,
    collectivityId: g.collectivityId,
    auditScope: g.auditScope,
    auditScopeCode: g.auditScopeCode,
    status: g.status,
  };
}

@Injectable()
export class RolesService {
  constructor(
    private readonly repository: RolesRepository,
    private readonly accounts: AccountsRepository,
    private readonly collectivities: CollectivitiesService,
    private readonly history: HistoryService,
  ) {}

  async activeGrants(userId: string): Promise<ActiveGrant[]> {
    const rows = await this.repository.activeOf(userId);
    return rows.map((g) => ({
      role: g.role,
      collectivityId: g.collectivityId,
      auditScope: g.auditScope,
      auditScopeCode: g.auditScopeCode,
    }));
  }

  grantsOf(userIds: readonly string[]): Promise<RoleGrantEntity[]> {
    return this.repository.ofUsers(userIds);
  }

  /** Requests awaiting a decision that `actor` may take, on one collectivity or (ADMIN) everywhere. */
  async pending(actor: Actor, collectivityId: string | null): Promise<RoleGrantEntity[]> {
    const rows = await this.repository.pending(collectivityId);
    const territories = new Map<string, Territory>();
    if (actor.grants.some((g) => g.role === 'CAMPAIGN_MODERATOR')) {
      const ids = [...new Set(rows.map((g) => g.collectivityId).filter((id): id is string => !!id))];
      for (const c of await this.collectivities.findByIds(ids)) territories.set(c.id, c);
    }
    return rows.filter((g) =>
      this.mayDecide(actor, g, g.collectivityId ? territories.get(g.collectivityId) : undefined),
    );
  }

  /** A signed-in user asks for a role; an elected official, IT manager, campaign moderator or administrator decides. */
  request(actor: Actor, input: RoleRequest): Promise<RoleGrantEntity> {
    return this.repository.transaction(async (manager) => {
      const values = await this.validated(manager, input);
      const open = await this.repository.findOpen(actor.id!, values.role, values.collectivityId, manager);
      if (open)
        throw new RoleRequestError('ROLE_ALREADY_REQUESTED', `This role is already ${open.status.toLowerCase()}`);
      const reason = input.reason?.trim() || null;
      return this.save(manager, actor, { ...values, reason, userId: actor.id!, status: 'REQUESTED' }, 'CREATE', null);
    });
  }

  /** Direct grant by an administrator (e.g. the first IT manager of a collectivity, or an auditor). */
  grant(actor: Actor, userId: string, input: RoleRequest): Promise<RoleGrantEntity> {
    return this.repository.transaction(async (manager) => {
      const values = await this.validated(manager, input, true);
      if (!(await this.accounts.findUserById(userId, manager))) throw new NotFoundError('User', userId);
      return this.save(
        manager,
        actor,
        {
          ...values,
          reason: input.reason?.trim() || null,
          userId,
          status: 'ACTIVE',
          decidedBy: actor.id,
          decidedAt: new Date(),
        },
        'CREATE',
        null,
      );
    });
  }

  decide(actor: Actor, grantId: string, approve: boolean): Promise<RoleGrantEntity> {
    return this.change(actor, grantId, 'REQUESTED', approve ? 'ACTIVE' : 'REFUSED');
  }

  revoke(actor: Actor, grantId: string): Promise<RoleGrantEntity> {
    return this.change(actor, grantId, 'ACTIVE', 'REVOKED');
  }

  private change(actor: Actor, grantId: string, from: string, to: RoleGrantEntity['status']) {
    return this.repository.transaction(async (manager) => {
      const grant = await this.repository.findForUpdate(grantId, manager);
      const territory = grant?.collectivityId
        ? ((await this.collectivities.findById(grant.collectivityId, manager)) ?? undefined)
        : undefined;
      // Someone who may not decide learns nothing about the request, not even that it exists.
      if (!grant || !this.mayDecide(actor, grant, territory)) throw new NotFoundError('RoleGrant', grantId);
      if (grant.status !== from) {
        throw new RoleRequestError(
          'ROLE_NOT_PENDING',
          `This role is ${grant.status.toLowerCase()}, not ${from.toLowerCase()}`,
        );
      }
      const before = grantSnapshot(grant);
      return this.save(
        manager,
        actor,
        { ...grant, status: to, decidedBy: actor.id, decidedAt: new Date() },
        'UPDATE',
        before,
      );
    });
  }

  /**
   * Administrators decide everything; a campaign moderator decides the collectivity roles of the collectivities
   * their territory covers (`territory`: where the grant's collectivity lies); an active elected official or IT
   * manager of a collectivity decides that collectivity's requests and roles up to their own rank (`role-order.ts`:
   * never more than they hold, so an IT manager neither approves nor revokes an elected official); nobody decides
   * their own.
   */
  mayDecide(actor: Actor, grant: RoleGrantEntity, territory?: Territory): boolean {
    if (actor.kind === 'operator' || actor.kind === 'system') return true;
    if (actor.kind !== 'user' || grant.userId === actor.id) return false;
    if (actor.grants.some((g) => g.role === 'ADMIN')) return true;
    if (!grant.collectivityId) return false;
    if (
      territory &&
      !isTerritorialRole(grant.role) &&
      grant.role !== 'ADMIN' &&
      actor.grants.some((g) => g.role === 'CAMPAIGN_MODERATOR' && scopeCovers(g, territory))
    ) {
      return true;
    }
    return mayDecideCollectivityRole(actor.grants, grant.role, grant.collectivityId);
  }

  private async validated(manager: EntityManager, input: RoleRequest, byAdmin = false) {
    const { role } = input;
    if ((role === 'ADMIN' || role === 'CAMPAIGN_MODERATOR') && !byAdmin) {
      throw new RoleRequestError('ROLE_NOT_REQUESTABLE', `${role} cannot be requested: an administrator grants it`);
    }
    if (isTerritorialRole(role) || role === 'ADMIN') {
      const scope = role === 'ADMIN' ? null : (input.auditScope ?? null);
      if (isTerritorialRole(role)) {
        if (!scope) throw new RoleRequestError('AUDIT_SCOPE_REQUIRED', `A ${role} role needs a territory scope`);
        if (scope !== 'NATIONAL') {
          const kind = scope === 'REGION' ? 'REGION' : 'DEPARTEMENT';
          const exists = await this.collectivities.areaExists(kind, input.auditScopeCode ?? '', manager);
          if (!exists)
            throw new NotFoundError(kind === 'REGION' ? 'Région' : 'Département', input.auditScopeCode ?? '');
        }
      }
      return {
        role,
        collectivityId: null,
        auditScope: scope,
        auditScopeCode: scope && scope !== 'NATIONAL' ? input.auditScopeCode! : null,
      };
    }
    if (!input.collectivityId) throw new RoleRequestError('COLLECTIVITY_REQUIRED', `${role} is held on a collectivity`);
    await this.collectivities.get(input.collectivityId, manager);
    return { role, collectivityId: input.collectivityId, auditScope: null, auditScopeCode: null };
  }

  private async save(
    manager: EntityManager,
    actor: Actor,
    values: Partial<RoleGrantEntity>,
    action: 'CREATE' | 'UPDATE',
    before: EventPayload<'RoleGrantUpdated'>['before'] | null,
  ): Promise<RoleGrantEntity> {
    const saved = await this.repository.save(values, manager);
    const after = grantSnapshot(saved);
    const target = { collectivityId: saved.collectivityId, entityId: saved.id };
    await this.history.record(
      manager,
      actor,
      action === 'UPDATE' && before
        ? { name: 'RoleGrantUpdated', ...target, payload: { before, after } }
        : { name: 'RoleGrantCreated', ...target, payload: { before: null, after } },
    );
    return saved;
  }
}
