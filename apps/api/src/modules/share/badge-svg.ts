import { escapeXml } from './xml-text';

/**
 * The embeddable badge of a committed collectivity (pure code): "Pacte du Logiciel Libre — 12 / 31 actions" and the
 * three section scores, as SVG 1.1 with a `<title>` (its accessible name) and `role="img"`. Every text is escaped.
 */
export interface BadgeData {
  lang: 'fr' | 'en';
  collectivityName: string;
  actionsDone: number;
  actionsTotal: number;
  /** In the catalogue's order; null: no action of the section counts. */
  sections: { section: number; score: number | null }[];
  /** A commitment of the labelled demo data set: the badge says it is fictional, wherever it is embedded. */
  demo?: boolean;
}

const WORDS = {
  fr: {
    pact: 'Pacte du Logiciel Libre',
    done: 'actions réalisées',
    section: 'section',
    none: 'sans objet',
    demo: '[Démo]',
    demoTitle: 'Démonstration, données fictives',
  },
  en: {
    pact: 'Free Software Pact',
    done: 'actions done',
    section: 'section',
    none: 'not applicable',
    demo: '[Demo]',
    demoTitle: 'Demonstration, fictional data',
  },
} as const;

function percent(score: number | null, lang: 'fr' | 'en'): string {
  if (score === null) return '—';
  const text = Number.isInteger(score) ? String(score) : score.toFixed(1);
  return lang === 'fr' ? `${text.replace('.', ',')} %` : `${text}%`;
}

/** The badge's accessible name: the collectivity, the count and every section's score, in words. */
export function badgeTitle(badge: BadgeData): string {
  const w = WORDS[badge.lang];
  const sep = badge.lang === 'fr' ? ' : ' : ': ';
  const sections = badge.sections
    .map((s) => `${w.section} ${s.section}${sep}${s.score === null ? w.none : percent(s.score, badge.lang)}`)
    .join(', ');
  const title = `${w.pact} — ${badge.collectivityName}${sep}${badge.actionsDone} / ${badge.actionsTotal} ${w.done} (${sections})`;
  return badge.demo ? `${w.demoTitle} — ${title}` : title;
}

const WIDTH = 330;
const HEIGHT = 52;
const SECTION_WIDTH = WIDTH / 3;

export function renderBadge(badge: BadgeData): string {
  const w = WORDS[badge.lang];
  const title = escapeXml(badgeTitle(badge));
  // The demo's headline drops the word "actions" to make room for its label within the same width.
  const headline = escapeXml(
    badge.demo
      ? `${w.demo} ${w.pact} — ${badge.actionsDone} / ${badge.actionsTotal}`
      : `${w.pact} — ${badge.actionsDone} / ${badge.actionsTotal} actions`,
  );
  const sections = badge.sections.map((s, i) => {
    const x = i * SECTION_WIDTH;
    return [
      `<rect x="${x}" y="26" width="${SECTION_WIDTH}" height="26" fill="${i % 2 === 0 ? '#1d6b3a' : '#185a31'}"/>`,
      `<text x="${x + SECTION_WIDTH / 2}" y="43" text-anchor="middle">${escapeXml(`§${s.section} ${percent(s.score, badge.lang)}`)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="badge-title" lang="${badge.lang}">`,
    `<title id="badge-title">${title}</title>`,
    `<rect width="${WIDTH}" height="26" fill="#233044"/>`,
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="12">`,
    `<text x="${WIDTH / 2}" y="17" text-anchor="middle">${headline}</text>`,
    ...sections,
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
