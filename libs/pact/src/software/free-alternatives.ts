import { deepFreeze } from '../freeze';
import { LocalizedText } from '../i18n';
import { SoftwareCategory } from './categories';

/** A free software the product proposes as the target of a migration. */
export interface FreeAlternative {
  /** Stable identifier, lower-case kebab-case; never reused for another software. */
  slug: string;
  name: string;
  /** Other spellings, e.g. the one the pact uses when it differs from the project's own. */
  aliases: string[];
  category: SoftwareCategory;
  /**
   * An SPDX licence expression. A GNU/Linux distribution is an aggregate of packages under many free licences, for
   * which SPDX has no identifier: it is given as `LicenseRef-Free-Distribution` (`LicenseRef-` is SPDX's form for a
   * licence outside its list).
   */
  licence: string;
  website: string;
  description: LocalizedText;
  /** The proprietary products it replaces, by their usual names. */
  replaces: string[];
  /** The pact actions that adopting it advances. */
  actionCodes: string[];
}

/** The licence reference of an aggregate of free software (a GNU/Linux distribution). */
export const FREE_DISTRIBUTION_LICENCE = 'LicenseRef-Free-Distribution';

/**
 * The free alternatives the pact names (action 1.5: LibreOffice, Firefox, VLC, GIMP, Scribus, Inkscape, Audacity,
 * Thunderbird, OpenStreetMap; actions 1.7 and 1.8: GNU/Linux on servers and workstations; action 2.7: Primitux in
 * schools), with what they replace. The seed of the catalogue of alternatives; imports from the SILL and the
 * Comptoir du Libre add the rest. Frozen.
 */
export const FREE_ALTERNATIVES_SEED: readonly FreeAlternative[] = deepFreeze([
  {
    slug: 'libreoffice',
    name: 'LibreOffice',
    aliases: [],
    category: 'OFFICE_SUITE',
    licence: 'MPL-2.0',
    website: 'https://www.libreoffice.org',
    description: {
      fr: 'Suite bureautique (traitement de texte, tableur, présentation) au format ouvert ODF.',
      en: 'Office suite (word processor, spreadsheet, presentations) using the open ODF format.',
    },
    replaces: ['Microsoft Office', 'Microsoft Word', 'Microsoft Excel', 'Microsoft PowerPoint'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'firefox',
    name: 'Firefox',
    aliases: ['Mozilla Firefox'],
    category: 'BROWSER',
    licence: 'MPL-2.0',
    website: 'https://www.mozilla.org/firefox/',
    description: { fr: 'Navigateur web.', en: 'Web browser.' },
    replaces: ['Google Chrome', 'Microsoft Edge', 'Internet Explorer'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'thunderbird',
    name: 'Thunderbird',
    aliases: ['Mozilla Thunderbird'],
    category: 'EMAIL',
    licence: 'MPL-2.0',
    website: 'https://www.thunderbird.net',
    description: {
      fr: 'Client de messagerie électronique, agenda et carnet d’adresses.',
      en: 'E-mail client, calendar and address book.',
    },
    replaces: ['Microsoft Outlook'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'vlc',
    name: 'VLC',
    aliases: ['VLC media player'],
    category: 'MULTIMEDIA',
    licence: 'GPL-2.0-or-later',
    website: 'https://www.videolan.org/vlc/',
    description: { fr: 'Lecteur multimédia.', en: 'Media player.' },
    replaces: ['Windows Media Player', 'QuickTime Player'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'gimp',
    name: 'GIMP',
    aliases: [],
    category: 'GRAPHICS',
    licence: 'GPL-3.0-or-later',
    website: 'https://www.gimp.org',
    description: { fr: 'Retouche et création d’images matricielles.', en: 'Raster image editing and creation.' },
    replaces: ['Adobe Photoshop'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'inkscape',
    name: 'Inkscape',
    aliases: [],
    category: 'GRAPHICS',
    licence: 'GPL-2.0-or-later',
    website: 'https://inkscape.org',
    description: { fr: 'Dessin vectoriel au format SVG.', en: 'Vector drawing in the SVG format.' },
    replaces: ['Adobe Illustrator', 'CorelDRAW'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'scribus',
    name: 'Scribus',
    aliases: [],
    category: 'DESKTOP_PUBLISHING',
    licence: 'GPL-2.0-or-later',
    website: 'https://www.scribus.net',
    description: {
      fr: 'Publication assistée par ordinateur (magazines municipaux, affiches).',
      en: 'Desktop publishing (municipal magazines, posters).',
    },
    replaces: ['Adobe InDesign', 'Microsoft Publisher', 'QuarkXPress'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'audacity',
    name: 'Audacity',
    aliases: [],
    category: 'AUDIO',
    // The source code; the binaries are distributed under GPL-3.0.
    licence: 'GPL-2.0-or-later',
    website: 'https://www.audacityteam.org',
    description: { fr: 'Enregistrement et montage audio.', en: 'Audio recording and editing.' },
    replaces: ['Adobe Audition'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'openstreetmap',
    name: 'OpenStreetMap',
    aliases: ['OSM'],
    category: 'MAPS',
    // The map data; the software around it is under various free licences.
    licence: 'ODbL-1.0',
    website: 'https://www.openstreetmap.org',
    description: {
      fr: 'Cartographie libre et collaborative, par exemple pour les plans d’accès du site de la collectivité.',
      en: "Free, collaborative map data, e.g. for the access maps on the collectivity's website.",
    },
    replaces: ['Google Maps', 'Bing Maps'],
    actionCodes: ['1.5'],
  },
  {
    slug: 'debian-workstation',
    name: 'Debian',
    aliases: ['Debian GNU/Linux'],
    category: 'WORKSTATION_OS',
    licence: FREE_DISTRIBUTION_LICENCE,
    website: 'https://www.debian.org',
    description: {
      fr: 'Distribution GNU/Linux communautaire pour les postes de travail.',
      en: 'Community GNU/Linux distribution for workstations.',
    },
    replaces: ['Microsoft Windows', 'macOS'],
    actionCodes: ['1.8'],
  },
  {
    slug: 'ubuntu-workstation',
    name: 'Ubuntu',
    aliases: ['Ubuntu Desktop'],
    category: 'WORKSTATION_OS',
    licence: FREE_DISTRIBUTION_LICENCE,
    website: 'https://ubuntu.com/desktop',
    description: {
      fr: 'Distribution GNU/Linux pour les postes de travail, dérivée de Debian.',
      en: 'GNU/Linux distribution for workstations, derived from Debian.',
    },
    replaces: ['Microsoft Windows', 'macOS'],
    actionCodes: ['1.8'],
  },
  {
    slug: 'debian-server',
    name: 'Debian',
    aliases: ['Debian GNU/Linux'],
    category: 'SERVER_OS',
    licence: FREE_DISTRIBUTION_LICENCE,
    website: 'https://www.debian.org',
    description: {
      fr: 'Distribution GNU/Linux communautaire pour les serveurs.',
      en: 'Community GNU/Linux distribution for servers.',
    },
    replaces: ['Microsoft Windows Server'],
    actionCodes: ['1.7'],
  },
  {
    slug: 'ubuntu-server',
    name: 'Ubuntu Server',
    aliases: [],
    category: 'SERVER_OS',
    licence: FREE_DISTRIBUTION_LICENCE,
    website: 'https://ubuntu.com/server',
    description: {
      fr: 'Distribution GNU/Linux pour les serveurs, dérivée de Debian.',
      en: 'GNU/Linux distribution for servers, derived from Debian.',
    },
    replaces: ['Microsoft Windows Server'],
    actionCodes: ['1.7'],
  },
  {
    slug: 'primtux',
    name: 'PrimTux',
    // The pact spells it "Primitux".
    aliases: ['Primitux'],
    category: 'SCHOOL',
    licence: FREE_DISTRIBUTION_LICENCE,
    website: 'https://primtux.fr',
    description: {
      fr: 'Distribution GNU/Linux éducative pour l’école primaire, faite par des enseignants, légère pour du matériel reconditionné.',
      en: 'Educational GNU/Linux distribution for primary schools, made by teachers, light enough for refurbished hardware.',
    },
    replaces: ['Microsoft Windows'],
    actionCodes: ['2.7'],
  },
]);

const BY_SLUG = new Map(FREE_ALTERNATIVES_SEED.map((a) => [a.slug, a]));

/** The seed alternative with this slug, or undefined. */
export function findFreeAlternative(slug: string): FreeAlternative | undefined {
  return BY_SLUG.get(slug);
}

/** The seed alternatives of one category, in seed order. */
export function freeAlternativesFor(category: SoftwareCategory): FreeAlternative[] {
  return FREE_ALTERNATIVES_SEED.filter((a) => a.category === category);
}

/**
 * The seed alternatives that replace a proprietary product. Matching ignores case and repeated spaces: the product
 * name equals one of `replaces`, or starts with it followed by a space (a version or an edition), and only the most
 * specific match counts, so "Microsoft Windows Server 2022" finds the server distributions and not the workstation
 * ones, and "Office" alone finds nothing.
 */
export function freeAlternativesReplacing(product: string): FreeAlternative[] {
  const wanted = normalise(product);
  if (wanted === '') return [];
  const matchLength = (alternative: FreeAlternative): number =>
    Math.max(
      0,
      ...alternative.replaces
        .map(normalise)
        .filter((known) => wanted === known || wanted.startsWith(`${known} `))
        .map((known) => known.length),
    );
  const best = Math.max(0, ...FREE_ALTERNATIVES_SEED.map(matchLength));
  return best === 0 ? [] : FREE_ALTERNATIVES_SEED.filter((a) => matchLength(a) === best);
}

const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();
