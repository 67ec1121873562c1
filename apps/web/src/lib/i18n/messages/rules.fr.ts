import type { RuleCode } from '@pacte/pact';

/**
 * French texts of the rulebook's refusal codes (libs/pact/src/rules/codes.ts): the forms show them beside a field, and
 * the API's errors carrying one of these codes read the same. Every code has its text (the compiler checks it).
 */
export const rulesFr = {
  'rule.REQUIRED': 'Ce champ est obligatoire.',
  'rule.TOO_SHORT': 'Ce texte est trop court.',
  'rule.TOO_LONG': 'Ce texte est trop long.',
  'rule.TOO_MANY': 'Trop d’éléments choisis.',
  'rule.TOO_FEW': 'Choisissez au moins une action.',
  'rule.INVALID_VALUE': 'Cette valeur n’est pas acceptée.',
  'rule.INVALID_NUMBER': 'Saisissez un nombre entier positif ou nul.',
  'rule.INVALID_YEAR': 'Saisissez une année entre 2016 et l’année en cours.',
  'rule.INVALID_ID': 'Cet identifiant n’est pas valide.',
  'rule.INVALID_DATE': 'Saisissez une date valide (AAAA-MM-JJ).',
  'rule.DATE_OUT_OF_RANGE': 'Saisissez une date entre 1950 et 2100.',
  'rule.INVALID_URL': 'Saisissez une adresse commençant par http:// ou https://.',
  'rule.INVALID_EMAIL': 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
  'rule.PASSWORD_TOO_SHORT': 'Le mot de passe doit compter au moins {min} caractères.',
  'rule.PASSWORD_MISMATCH': 'Les deux mots de passe ne sont pas identiques.',
  'rule.INVALID_TOKEN': 'Ce lien de réinitialisation n’est pas valide.',
  'rule.INVALID_POSTCODE': 'Saisissez un code postal à cinq chiffres (38130).',
  'rule.INVALID_PHONE': 'Saisissez un numéro de téléphone (04 76 20 63 00).',
  'rule.INVALID_TERRITORY_CODE': 'Saisissez un code de région ou de département (38, 2A, 84…).',
  'rule.UNKNOWN_FIELD': 'Un champ inconnu a été envoyé.',
  'rule.ACTIONS_OR_CRITERIA_REQUIRED': 'Choisissez au moins une action.',
  'rule.JUSTIFICATION_REQUIRED': 'Expliquez pourquoi l’action est non applicable ou abandonnée.',
  'rule.PROGRESS_OUT_OF_RANGE': 'Saisissez un nombre entier entre 0 et 100.',
  'rule.PROGRESS_NOT_ALLOWED': 'Une action non applicable ou abandonnée ne prend pas de pourcentage : videz ce champ.',
  'rule.EVIDENCE_URL_REQUIRED': 'Ce type de preuve demande une adresse web.',
  'rule.MIGRATION_STAGE_NOT_FORWARD': 'Choisissez une étape après l’étape actuelle.',
  'rule.MIGRATION_STAGE_DATE_BEFORE_PREVIOUS': 'La date ne peut pas précéder celle de l’étape actuelle.',
  'rule.MIGRATION_STAGE_DATE_IN_FUTURE':
    'Une étape s’enregistre une fois atteinte : la date ne peut pas être dans le futur.',
  'rule.MIGRATION_PLAN_DATE_IN_PAST': 'Une étape se prévoit pour un jour à venir : la date ne peut pas être passée.',
  'rule.MIGRATION_PLAN_STAGE_NOT_AHEAD': 'Prévoyez seulement des étapes après l’étape actuelle.',
  'rule.MIGRATION_PLAN_OUT_OF_ORDER': 'Les dates prévues doivent suivre l’ordre des étapes.',
  'rule.FLEET_DATE_IN_FUTURE': 'Le parc se déclare tel qu’il est : la date ne peut pas être dans le futur.',
  'rule.ASSESSMENT_DATE_IN_FUTURE': 'La date de l’évaluation ne peut pas être dans le futur.',
  'rule.REPLY_TEXT_REQUIRED': 'Écrivez une réponse.',
  'rule.INVALID_TNL_LABEL': 'Ce niveau n’existe pas pour ce millésime.',
  'rule.REASON_REQUIRED': 'Indiquez la raison du refus : la personne qui a fait la déclaration la lira.',
  'rule.DOCUMENT_REQUIRED': 'Joignez le document de la délibération : son adresse ou le fichier.',
  'rule.POOLING_COMMUNE_ONLY': 'Seule une commune désigne l’EPCI ou le syndicat qui gère son informatique.',
  'rule.POOLING_BODY_INVALID': 'L’informatique d’une commune se mutualise avec un EPCI ou un syndicat.',
  'rule.POOLING_BODY_NOT_ITS_EPCI':
    'Un EPCI ne gère l’informatique que de ses communes membres : cette commune appartient à un autre.',
  'rule.POOLING_MEMBERS_NOT_ALLOWED': 'Seul l’inventaire d’un EPCI ou d’un syndicat désigne les communes concernées.',
  'rule.POOLING_MEMBER_INVALID': 'Choisissez des communes membres de l’EPCI.',
  // A refusal that carries its limit (the rule's issue gives `params.max`) says it.
  'rule.TOO_LONG.max': 'Ce texte est trop long ({max} caractères au plus).',
} as const satisfies Record<`rule.${RuleCode}` | 'rule.TOO_LONG.max', string>;
