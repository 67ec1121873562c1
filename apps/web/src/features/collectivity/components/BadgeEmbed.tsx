import { useState } from 'react';
import { badgePath, collectivityPath, type CollectivityKind } from '@pacte/pact';
import { useI18n } from '../../../lib/i18n';

/** HTML-escapes a text for the snippet (a collectivity's name in an attribute). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * "Badge à intégrer": the SVG badge the API draws for a committed collectivity (GET /badges/{code}.svg), and the HTML
 * snippet to copy into another site, linking back to this page.
 */
export function BadgeEmbed({ kind, code, name }: { kind: CollectivityKind; code: string; name: string }) {
  const { t, locale } = useI18n();
  const [copied, setCopied] = useState(false);
  const lang = locale === 'en' ? 'lang=en' : '';
  const badge = badgePath(code, kind);
  const src = lang ? `${badge}${badge.includes('?') ? '&' : '?'}${lang}` : badge;
  const origin = window.location.origin;
  const alt = t('collectivity.badge.alt', { name });
  const page = `${origin}${collectivityPath(kind, code)}${lang ? `?${lang}` : ''}`;
  const snippet = `<a href="${escapeHtml(page)}"><img src="${escapeHtml(origin + src)}" alt="${escapeHtml(alt)}" width="330" height="52"></a>`;
  const copy = () => {
    void navigator.clipboard?.writeText(snippet).then(() => setCopied(true));
  };
  return (
    <section className="section badge-embed" aria-labelledby="badge-heading">
      <h2 id="badge-heading">{t('collectivity.badge.title')}</h2>
      <p>{t('collectivity.badge.intro')}</p>
      <p>
        <img src={src} alt={alt} width={330} height={52} data-testid="badge-image" />
      </p>
      <div className="field">
        <label htmlFor="badge-snippet">{t('collectivity.badge.snippet')}</label>
        <textarea
          id="badge-snippet"
          readOnly
          rows={3}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="badge-snippet"
        />
      </div>
      <p>
        <button type="button" className="button button-secondary" onClick={copy}>
          {t('collectivity.badge.copy')}
        </button>{' '}
        <span role="status">{copied ? t('collectivity.badge.copied') : ''}</span>
      </p>
    </section>
  );
}
