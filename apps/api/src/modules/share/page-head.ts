/**
 * The `<head>` of the dashboard's pages as the API sends them (pure code): a title, a description, OpenGraph tags, a
 * canonical link, the other language, and the Atom feeds to discover, so that a link preview or a feed reader works
 * without JavaScript. Every value is escaped: a collectivity's name can never become markup.
 */

export type PageLang = 'fr' | 'en';

export interface PageHead {
  lang: PageLang;
  /** The whole `<title>` text (the site's name included). */
  title: string;
  description: string;
  /** Absolute URL of the page (PUBLIC_URL + path, with `?lang=en` in English). */
  url: string;
  /** The same page in each language, absolute. */
  alternates: Record<PageLang, string>;
  /** OpenGraph type: `website` for the site's pages, `article` for one collectivity. */
  type: 'website' | 'article';
  /** Atom feeds to advertise, absolute URLs, most general first. */
  feeds: { title: string; url: string }[];
  /** Absolute URL of an image for previews (the collectivity's badge), if any. */
  image?: string;
  /** Search engines should not index the page (account screens, a page not found). */
  noindex?: boolean;
}

export const SITE_NAME: Record<PageLang, string> = {
  fr: 'Pacte du Logiciel Libre',
  en: 'Free Software Pact',
};

const OG_LOCALE: Record<PageLang, string> = { fr: 'fr_FR', en: 'en_GB' };

/** Characters HTML may not hold even escaped (C0 controls but tab and line breaks, lone surrogates, non-characters). */
const NOT_HTML_CHAR = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text and (double- or single-quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(NOT_HTML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
}

/** The tags of the head, one a line. */
export function renderHeadTags(head: PageHead): string[] {
  const other: PageLang = head.lang === 'fr' ? 'en' : 'fr';
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    ...(head.noindex ? [meta('name', 'robots', 'noindex')] : []),
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
    `<link rel="alternate" hreflang="${head.lang}" href="${escapeHtml(head.alternates[head.lang])}" />`,
    `<link rel="alternate" hreflang="${other}" href="${escapeHtml(head.alternates[other])}" />`,
    meta('property', 'og:site_name', SITE_NAME[head.lang]),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.url),
    meta('property', 'og:type', head.type),
    meta('property', 'og:locale', OG_LOCALE[head.lang]),
    meta('property', 'og:locale:alternate', OG_LOCALE[other]),
    ...(head.image ? [meta('property', 'og:image', head.image)] : []),
    meta('name', 'twitter:card', 'summary'),
    ...head.feeds.map(
      (feed) =>
        `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.url)}" />`,
    ),
  ];
}

/**
 * The dashboard's index.html with this head: its `lang`, its `<title>` and description replaced, the other tags added
 * at the end of `<head>`. The rest (scripts, styles) is left as the build wrote it.
 */
export function withHead(indexHtml: string, head: PageHead): string {
  const [title, description, ...rest] = renderHeadTags(head);
  let html = indexHtml.replace(/<html(\s[^>]*)?>/i, `<html lang="${head.lang}">`);
  html = html.replace(/<title>[\s\S]*?<\/title>/i, () => title);
  html = html.replace(/<meta\s+name="description"[^>]*>/i, () => description);
  if (!html.includes(title)) html = html.replace(/<\/head>/i, () => `    ${title}\n  </head>`);
  if (!html.includes(description)) html = html.replace(/<\/head>/i, () => `    ${description}\n  </head>`);
  return html.replace(/<\/head>/i, () => `${rest.map((tag) => `    ${tag}\n`).join('')}  </head>`);
}
