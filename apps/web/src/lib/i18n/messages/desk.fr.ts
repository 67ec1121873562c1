/** French messages of the campaign desk (/campagne): role requests, review queue, imports, declarations. */
export const deskFr = {
  'confirm.yes': 'Confirmer',
  'confirm.cancel': 'Annuler',

  'nav.desk': 'Campagne',

  'role.reason': 'Pourquoi demandez-vous ce rôle ?',
  'role.reasonHint':
    'Votre fonction, votre association… Visible de celles et ceux qui décident, avec le domaine de votre adresse électronique (jamais l’adresse entière).',
  'role.pending.why': 'Motif : « {reason} »',
  'role.pending.domain': 'Adresse en @{domain}',
  'role.pending.on': 'sur {where}',
  'role.pending.confirmApprove': 'Donner à {name} le rôle {role} sur {where} ?',
  'role.pending.confirmRefuse': 'Refuser à {name} le rôle {role} sur {where} ?',
  'role.pending.decided': 'Décision enregistrée.',
  'role.pending.none': 'Aucune demande de rôle n’attend de décision.',

  'auditor.title': 'Devenir auditeur·rice',
  'auditor.intro':
    'Une association qui suit le pacte (April, groupe local, observatoire…) peut évaluer les actions des collectivités d’un territoire. L’équipe du site valide la demande.',
  'auditor.scope': 'Territoire',
  'auditor.scope.NATIONAL': 'Tout le territoire',
  'auditor.scope.REGION': 'Une région',
  'auditor.scope.DEPARTEMENT': 'Un département',
  'auditor.code': 'Code officiel du territoire',
  'auditor.codeHint': 'Par exemple 38 pour l’Isère, 2A pour la Corse-du-Sud, 84 pour Auvergne-Rhône-Alpes.',
  'auditor.submit': 'Demander le rôle d’auditeur·rice',
  'auditor.requested': 'Votre demande de rôle d’auditeur·rice sur {where} attend une validation.',
  'auditor.held': 'Vous êtes auditeur·rice sur {where}.',

  'desk.title': 'Bureau de campagne',
  'desk.intro':
    'Pour l’équipe de campagne : les demandes de rôle de toutes les collectivités, la file de relecture et les imports.',
  'desk.forbidden': 'Ce bureau est réservé à l’équipe de campagne et aux administrateur·rices.',
  'desk.roles.title': 'Demandes de rôle',
} as const;
