import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { ActiveGrant, ROLE_PERMISSIONS, Role, scopeCovers } from '../../common/auth/roles';
import { NotFoundError } from '../../common/errors/domain-error';
import { AuditorRequiredError, CollectivityMemberRequiredError } from './assessments.errors';

/** Where a collectivity lies, as far as auditors' scopes are concerned. */
export interface AuditedTerritory {
  id: string;
  departementCode: string | null;
  regionCode: string | null;
}

/** Does this AUDITOR grant cover the collectivity? NATIONAL covers all; REGION and DEPARTEMENT their own codes. */
export function auditScopeCovers(grant: ActiveGrant, territory: AuditedTerritory): boolean {
  return grant.role === 'AUDITOR' && scopeCovers(grant, territory);
}

/**
 * Per-record authorization of assessments and replies. The global guard has checked the permission; this checks it
 * applies to this collectivity. A signed-in user without it gets "not found", which does not reveal whether the
 * record exists. Assessments and replies are signed by a person's role, so the platform operator and system jobs,
 * which hold every permission but are nobody's auditor or elected official, are refused outright.
 */
@Injectable()
export class AssessmentsAccess {
  /** An auditor whose scope covers the collectivity. */
  assertCanAssess(actor: Actor, territory: AuditedTerritory, entity: string, id: string): void {
    if (actor.kind !== 'user') throw new AuditorRequiredError();
    const covered = actor.grants.some(
      (g) => ROLE_PERMISSIONS[g.role].includes('assessment.record') && auditScopeCovers(g, territory),
    );
    if (!covered) throw new NotFoundError(entity, id);
  }

  /**
   * A role of the collectivity that may reply (elected official, IT manager); returns the role the reply is signed
   * with, the elected official's when the user holds both.
   */
  assertCanReply(actor: Actor, collectivityId: string, entity: string, id: string): Role {
    if (actor.kind !== 'user') throw new CollectivityMemberRequiredError();
    const roles = actor.grants
      .filter((g) => g.collectivityId === collectivityId && ROLE_PERMISSIONS[g.role].includes('assessment.reply'))
      .map((g) => g.role);
    if (roles.length === 0) throw new NotFoundError(entity, id);
    return roles.includes('ELECTED_OFFICIAL') ? 'ELECTED_OFFICIAL' : roles[0];
  }
}
