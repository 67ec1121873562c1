import { useI18n } from '../../../lib/i18n';

/** The sections of a collectivity page, by the id of their heading, in the order of the page. */
const SECTIONS = [
  { id: 'commitment-heading', label: 'collectivity.toc.commitment', committedOnly: false },
  { id: 'sections-heading', label: 'collectivity.toc.sections', committedOnly: true },
  { id: 'progress-heading', label: 'collectivity.toc.progress', committedOnly: true },
  { id: 'audited-heading', label: 'collectivity.toc.audited', committedOnly: true },
  { id: 'checklist-heading', label: 'collectivity.toc.checklist', committedOnly: true },
  { id: 'inventory-heading', label: 'collectivity.toc.inventory', committedOnly: false },
  { id: 'readiness-heading', label: 'collectivity.toc.readiness', committedOnly: true },
  { id: 'history-heading', label: 'collectivity.toc.history', committedOnly: false },
] as const;

/**
 * "On this page": a bar of links to the page's sections that stays at the top of the screen while the page scrolls
 * (a collectivity page is many screens tall on a phone). It scrolls sideways on its own when it is wider than the
 * screen, never the page.
 */
export function PageSections({ committed }: { committed: boolean }) {
  const { t } = useI18n();
  return (
    <nav className="page-toc" aria-label={t('collectivity.toc.label')} data-testid="page-sections">
      <ul>
        {SECTIONS.filter((s) => committed || !s.committedOnly).map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{t(s.label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
