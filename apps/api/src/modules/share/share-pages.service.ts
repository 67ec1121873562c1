import { Inject, Injectable } from '@nestjs/common';
import {
  CURRENT_EDITION,
  FEED_PATHS,
  badgePath,
  collectivityPath,
  electionPath,
  getCatalogue,
  kindFromSlug,
  type CollectivityKind,
  type LocalizedText,
} from '@pacte/pact';
import { DomainError } from '../../common/errors/domain-error';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { CollectivitiesService, type CollectivityRecord } from '../collectivities/collectivities.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { StatisticsService } from '../statistics/statistics.service';
import { SITE_NAME, type PageHead, type PageLang } from './page-head';
import { KIND_LABELS, PAGE_TEXTS, formatPercent } from './page-texts';

/** A page's head and the HTTP status it is sent with (404: no such page, or no such collectivity). */
export interface SharedPage {
  status: 200 | 404;
  head: PageHead;
}

interface Described {
  title?: LocalizedText | string;
  description: LocalizedText | string;
  type?: PageHead['type'];
  feed?: { id: string; name: string };
  image?: string;
  noindex?: boolean;
  status?: 404;
  /** The page's permalink, when the address asked for spells it otherwise. */
  path?: string;
}

/** The dashboard's pages that need no lookup, by path (aliases included). */
const STATIC_PAGES: Record<string, Described> = {
  '/': { description: PAGE_TEXTS.siteDescription },
  '/recherche': { title: PAGE_TEXTS.search, description: PAGE_TEXTS.searchDescription },
  '/collectivites-engagees': { title: PAGE_TEXTS.committed, description: PAGE_TEXTS.committedDescription },
  '/committed': { title: PAGE_TEXTS.committed, description: PAGE_TEXTS.committedDescription },
  '/elections': { title: PAGE_TEXTS.elections, description: PAGE_TEXTS.electionsDescription },
  '/donnees-ouvertes': { title: PAGE_TEXTS.openData, description: PAGE_TEXTS.openDataDescription },
  '/open-data': { title: PAGE_TEXTS.openData, description: PAGE_TEXTS.openDataDescription },
  '/connexion': { title: PAGE_TEXTS.signIn, description: PAGE_TEXTS.accountDescription, noindex: true },
  '/mon-compte': { title: PAGE_TEXTS.account, description: PAGE_TEXTS.accountDescription, noindex: true },
  '/mot-de-passe-oublie': {
    title: PAGE_TEXTS.forgotPassword,
    description: PAGE_TEXTS.accountDescription,
    noindex: true,
  },
  '/reinitialiser-mot-de-passe': {
    title: PAGE_TEXTS.resetPassword,
    description: PAGE_TEXTS.accountDescription,
    noindex: true,
  },
  '/campagne': { title: PAGE_TEXTS.desk, description: PAGE_TEXTS.accountDescription, noindex: true },
};

const NOT_FOUND: Described = {
  title: PAGE_TEXTS.notFound,
  description: PAGE_TEXTS.notFoundDescription,
  noindex: true,
  status: 404,
};

function pick(text: LocalizedText | string, lang: PageLang): string {
  return typeof text === 'string' ? text : text[lang];
}

/**
 * The head of each dashboard page as the API serves it (see page-head.ts): what the page is about, read through the
 * owning modules' services (collectivities, commitments, the statistics' stored scores), and 404 for a page or a
 * collectivity that does not exist.
 */
@Injectable()
export class SharePagesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly collectivities: CollectivitiesService,
    private readonly commitments: CommitmentsService,
    private readonly statistics: StatisticsService,
  ) {}

  /** `path` as Express gives it (decoded segments are decoded here); `lang` from `?lang=`. */
  async page(path: string, lang: PageLang): Promise<SharedPage> {
    const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const described = await this.describe(clean, lang);
    return { status: described.status ?? 200, head: this.head(clean, lang, described) };
  }

  private async describe(path: string, lang: PageLang): Promise<Described> {
    const fixed = STATIC_PAGES[path];
    if (fixed) return fixed;
    const match = /^\/(collectivite|elections)\/([^/]+)\/([^/]+)$/.exec(path);
    const kind = match ? kindFromSlug(match[2]) : undefined;
    if (!match || !kind) return NOT_FOUND;
    let code: string;
    try {
      code = decodeURIComponent(match[3]);
    } catch {
      return NOT_FOUND;
    }
    const collectivity = await this.findCollectivity(code, kind);
    if (!collectivity) return NOT_FOUND;
    return match[1] === 'collectivite'
      ? this.collectivityPage(collectivity, lang)
      : this.electionPage(collectivity, lang);
  }

  private async findCollectivity(code: string, kind: CollectivityKind): Promise<CollectivityRecord | null> {
    try {
      return await this.collectivities.getByCode(code, kind);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }

  /** "Échirolles (commune, Isère)": where the collectivity is, in words. */
  private async place(collectivity: CollectivityRecord, lang: PageLang): Promise<string> {
    const parts = [KIND_LABELS[collectivity.kind][lang]];
    if (collectivity.kind === 'DEPARTEMENT' || collectivity.kind === 'REGION') {
      parts.push(collectivity.code);
    } else if (collectivity.departementCode) {
      const departement = await this.findCollectivity(collectivity.departementCode, 'DEPARTEMENT');
      parts.push(departement ? `${departement.name} (${collectivity.departementCode})` : collectivity.departementCode);
    }
    return `${collectivity.name} (${parts.join(', ')})`;
  }

  private async collectivityPage(collectivity: CollectivityRecord, lang: PageLang): Promise<Described> {
    const place = await this.place(collectivity, lang);
    const commitment = await this.commitments.findForCollectivity(collectivity.id, CURRENT_EDITION);
    const scores = commitment ? await this.statistics.commitmentScores(commitment.id) : null;
    const feed = { id: collectivity.id, name: collectivity.name };
    if (!commitment) {
      return {
        title: collectivity.name,
        description:
          lang === 'fr'
            ? `${place} : pas engagée dans le Pacte du Logiciel Libre ${CURRENT_EDITION}.`
            : `${place}: not committed to the ${CURRENT_EDITION} Free Software Pact.`,
        type: 'article',
        feed,
        path: collectivityPath(collectivity.kind, collectivity.code),
      };
    }
    const total = getCatalogue(commitment.edition).actions.length;
    const done = scores?.actionsDone ?? 0;
    const overall = scores?.overall ?? null;
    const progress =
      overall === null
        ? ''
        : lang === 'fr'
          ? `, avancement ${formatPercent(overall, lang)}`
          : `, ${formatPercent(overall, lang)} progress`;
    // The labelled demo's commitments are fictional: said first, wherever the page is shared.
    const demo = commitment.demo
      ? lang === 'fr'
        ? 'Démonstration, données fictives. '
        : 'Demonstration, fictional data. '
      : '';
    return {
      title: `${commitment.demo ? (lang === 'fr' ? '[Démo] ' : '[Demo] ') : ''}${collectivity.name} — ${done} / ${total} actions`,
      description:
        demo +
        (lang === 'fr'
          ? `${place} : engagée dans le Pacte du Logiciel Libre ${commitment.edition}, ${done} / ${total} actions réalisées${progress}. Statut de chaque action, preuves, audits et historique.`
          : `${place}: committed to the ${commitment.edition} Free Software Pact, ${done} / ${total} actions done${progress}. Status of each action, evidence, assessments and history.`),
      type: 'article',
      feed,
      path: collectivityPath(collectivity.kind, collectivity.code),
      image: `${this.config.publicUrl}${badgePath(collectivity.code, collectivity.kind)}`,
    };
  }

  private async electionPage(collectivity: CollectivityRecord, lang: PageLang): Promise<Described> {
    const place = await this.place(collectivity, lang);
    return {
      title: lang === 'fr' ? `Élections — ${collectivity.name}` : `Elections — ${collectivity.name}`,
      description:
        lang === 'fr'
          ? `${place} : listes candidates aux élections de 2026 qui ont signé le Pacte du Logiciel Libre, leurs signataires et les élus.`
          : `${place}: the candidate lists of the 2026 elections that signed the Free Software Pact, their signatories and who was elected.`,
      feed: { id: collectivity.id, name: collectivity.name },
      path: electionPath(collectivity.kind, collectivity.code),
    };
  }

  private head(path: string, lang: PageLang, described: Described): PageHead {
    const base = this.config.publicUrl;
    // A collectivity's page is known by its permalink (the kind's slug in lower case, the code as stored).
    const canonicalPath = described.path ?? path;
    const address = (l: PageLang) => `${base}${canonicalPath}${l === 'en' ? '?lang=en' : ''}`;
    const title = described.title ? `${pick(described.title, lang)} — ${SITE_NAME[lang]}` : PAGE_TEXTS.siteTitle[lang];
    const feeds = [{ title: PAGE_TEXTS.nationalFeed[lang], url: `${base}${FEED_PATHS.national}` }];
    if (described.feed) {
      feeds.push({
        title: `${SITE_NAME[lang]} — ${described.feed.name}`,
        url: `${base}${FEED_PATHS.collectivity(described.feed.id)}`,
      });
    }
    return {
      lang,
      title,
      description: pick(described.description, lang),
      url: address(lang),
      alternates: { fr: address('fr'), en: address('en') },
      type: described.type ?? 'website',
      feeds,
      image: described.image,
      noindex: described.noindex,
    };
  }
}

/** The page's language from its address: English with `?lang=en`, else French (the site's default). */
export function pageLang(query: unknown): PageLang {
  const lang = (query as { lang?: unknown } | undefined)?.lang;
  return lang === 'en' ? 'en' : 'fr';
}
