import type { deskFr } from './desk.fr';

/** English messages of the campaign desk (/campagne): role requests, review queue, imports, declarations. */
export const deskEn: Record<keyof typeof deskFr, string> = {
  'confirm.yes': 'Confirm',
  'confirm.cancel': 'Cancel',

  'nav.desk': 'Campaign',

  'role.reason': 'Why do you ask for this role?',
  'role.reasonHint':
    'Your position, your association… Shown to those who decide, with the domain of your e-mail address (never the whole address).',
  'role.pending.why': 'Reason: “{reason}”',
  'role.pending.domain': 'Address at @{domain}',
  'role.pending.on': 'on {where}',
  'role.pending.confirmApprove': 'Give {name} the role {role} on {where}?',
  'role.pending.confirmRefuse': 'Refuse {name} the role {role} on {where}?',
  'role.pending.decided': 'Decision recorded.',
  'role.pending.none': 'No role request is waiting for a decision.',

  'auditor.title': 'Become an auditor',
  'auditor.intro':
    'An association that follows the pact (April, a local group, a watchdog…) can assess the actions of the collectivities of a territory. The site’s team decides the request.',
  'auditor.scope': 'Territory',
  'auditor.scope.NATIONAL': 'The whole country',
  'auditor.scope.REGION': 'A région',
  'auditor.scope.DEPARTEMENT': 'A département',
  'auditor.code': 'Official code of the territory',
  'auditor.codeHint': 'For example 38 for Isère, 2A for Corse-du-Sud, 84 for Auvergne-Rhône-Alpes.',
  'auditor.submit': 'Ask for the auditor role',
  'auditor.requested': 'Your request for the auditor role on {where} is waiting for a decision.',
  'auditor.held': 'You are an auditor on {where}.',

  'desk.title': 'Campaign desk',
  'desk.intro': 'For the campaign team: the role requests of every collectivity, the review queue and the imports.',
  'desk.forbidden': 'This desk is for the campaign team and administrators.',
  'desk.roles.title': 'Role requests',
};
