/** French texts of the API's error codes for the review queue, the campaign moderator's role and the imports. */
export const importsFr = {
  'apiError.ROLE_NOT_REQUESTABLE': 'Ce rôle ne se demande pas : une administratrice ou un administrateur l’attribue.',
  'apiError.AUDIT_SCOPE_REQUIRED': 'Indiquez le territoire de ce rôle (national, une région ou un département).',
  'apiError.REVIEW_ITEM_NOT_PENDING': 'Cet élément a déjà été traité. Rechargez la page.',
  'apiError.REVIEW_CHOICE_REQUIRED': 'Choisissez l’option retenue avant d’accepter.',
  'apiError.INVALID_REVIEW_PAYLOAD': 'Le contenu de cet élément à examiner est incomplet ou invalide.',
  'apiError.REVIEW_KIND_UNHANDLED': 'Ce type d’élément ne peut pas encore être accepté.',
  'apiError.IMPORT_FILE_TOO_LARGE': 'Le fichier est trop volumineux pour être importé (20 Mo au plus).',
};
