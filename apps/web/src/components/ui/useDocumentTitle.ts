import { useEffect } from 'react';
import { useI18n } from '../../lib/i18n';

/** Sets the tab title to "<page> — <site>", in the current language. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useI18n();
  const site = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} — ${site}` : site;
  }, [page, site]);
}
