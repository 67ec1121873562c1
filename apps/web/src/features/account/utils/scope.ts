import type { AuditScope } from '@pacte/pact';
import type { I18n } from '../../../lib/i18n';

/**
 * The territory of an auditor's (or campaign moderator's) role in words: its name from the referential and its code,
 * « Isère (38) », « Auvergne-Rhône-Alpes (84) »; « tout le territoire » for the whole country; the bare code only when
 * the referential does not know it.
 */
export function scopeText(
  t: I18n['t'],
  grant: { auditScope?: AuditScope | null; auditScopeCode?: string | null; auditScopeName?: string | null },
): string {
  const scope = grant.auditScope ?? 'NATIONAL';
  if (scope !== 'NATIONAL' && grant.auditScopeName) {
    return t('account.scope.area', { name: grant.auditScopeName, code: grant.auditScopeCode ?? '' });
  }
  return t(`account.scope.${scope}`, { code: grant.auditScopeCode ?? '' });
}
