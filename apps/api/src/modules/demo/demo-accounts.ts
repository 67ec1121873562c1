import { Injectable } from '@nestjs/common';
import { systemActor } from '../../common/auth/actor';
import { OneTimeSignInService } from '../accounts/one-time-sign-in.service';
import { RolesService, type RoleRequest } from '../accounts/roles.service';
import { CollectivitiesService } from '../collectivities/collectivities.service';

/** The demo's fictional accounts, one per kind of user of the dashboard (`.invalid` addresses: no mail goes out). */
export const DEMO_ACCOUNTS = [
  {
    email: 'elu.echirolles@demo.invalid',
    displayName: '[Démo] Élu·e d’Échirolles',
    label: 'elected official of Échirolles',
    role: 'ELECTED_OFFICIAL',
    communeCode: '38151',
  },
  {
    email: 'dsi.echirolles@demo.invalid',
    displayName: '[Démo] DSI d’Échirolles',
    label: 'IT manager of Échirolles',
    role: 'IT_MANAGER',
    communeCode: '38151',
  },
  {
    email: 'audit@demo.invalid',
    displayName: '[Démo] Association d’audit',
    label: 'auditor (national)',
    role: 'AUDITOR',
    auditScope: 'NATIONAL',
  },
  {
    // The demo collectivities lie in three régions: the moderator's scope is national.
    email: 'moderation@demo.invalid',
    displayName: '[Démo] Modération de campagne',
    label: 'campaign moderator (national)',
    role: 'CAMPAIGN_MODERATOR',
    auditScope: 'NATIONAL',
  },
] as const satisfies readonly {
  email: string;
  displayName: string;
  label: string;
  role: RoleRequest['role'];
  communeCode?: string;
  auditScope?: RoleRequest['auditScope'];
}[];

/**
 * The demo accounts of the embedded demo (made with their role on first use, through the same services as any grant,
 * so the history has them) and a fresh one-time sign-in link for each, which `npm start` prints.
 */
@Injectable()
export class DemoAccounts {
  constructor(
    private readonly links: OneTimeSignInService,
    private readonly roles: RolesService,
    private readonly collectivities: CollectivitiesService,
  ) {}

  /** Empty unless the app runs the embedded database with its demo (never with DATABASE_URL). */
  async signInLinks(): Promise<{ label: string; url: string }[]> {
    if (!this.links.enabled) return [];
    const actor = systemActor('démo');
    const result: { label: string; url: string }[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const { id, created } = await this.links.ensureAccount(account.email, account.displayName);
      if (created) {
        const collectivityId =
          'communeCode' in account ? (await this.collectivities.getByCode(account.communeCode, 'COMMUNE')).id : null;
        await this.roles.grant(actor, id, {
          role: account.role,
          collectivityId,
          auditScope: 'auditScope' in account ? account.auditScope : null,
        });
      }
      result.push({ label: account.label, url: await this.links.link(id) });
    }
    return result;
  }
}
