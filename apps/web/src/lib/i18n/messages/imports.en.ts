import type { importsFr } from './imports.fr';

/** English texts of the API's error codes for the review queue, the campaign moderator's role and the imports. */
export const importsEn: Record<keyof typeof importsFr, string> = {
  'apiError.ROLE_NOT_REQUESTABLE': 'This role cannot be requested: an administrator grants it.',
  'apiError.AUDIT_SCOPE_REQUIRED': 'Give the territory of this role (national, a région or a département).',
  'apiError.REVIEW_ITEM_NOT_PENDING': 'This item has already been decided. Reload the page.',
  'apiError.REVIEW_CHOICE_REQUIRED': 'Choose the option you accept first.',
  'apiError.INVALID_REVIEW_PAYLOAD': 'The content of this review item is incomplete or invalid.',
  'apiError.REVIEW_KIND_UNHANDLED': 'Items of this kind cannot be accepted yet.',
  'apiError.IMPORT_FILE_TOO_LARGE': 'The file is too large to import (20 MB at most).',
};
