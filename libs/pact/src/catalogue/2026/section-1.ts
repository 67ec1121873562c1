import { defineSection } from '../define';

/**
 * Section 1, "Donner la priorité aux logiciels libres et aux formats ouverts": the eleven bullets of the checklist
 * "Faire de l'utilisation du logiciel libre un projet politique structuré", the indented bullet on business software
 * (1.6) included, and the last bullet printed after the footnotes (1.11).
 */
export const SECTION_1_ACTIONS_2026 = defineSection(1, [
  {
    title: { fr: 'Portage politique et moyens', en: 'Political backing and resources' },
    description: {
      fr: 'Convaincre la direction générale et les élu·es d’appuyer la démarche et de donner les moyens financiers et humains du projet et de l’accompagnement au changement.',
      en: 'Convince senior management and elected officials to back the approach and to provide the financial and human resources needed for the project and for change management.',
    },
    sourceText:
      "Convaincre la direction générale et les personnes élues d'appuyer la démarche et de donner les moyens financiers et humains pour réussir le projet et l'accompagnement au changement ;",
    evidenceKinds: ['COUNCIL_DELIBERATION', 'DOCUMENT', 'PRESS_ARTICLE'],
    tnlDomains: ['STRATEGY_POOLING'],
  },
  {
    title: {
      fr: 'Stratégie d’acquisition priorisant le libre',
      en: 'Acquisition strategy that puts free software first',
    },
    description: {
      fr: 'Avoir une stratégie d’acquisition qui part de la définition des besoins et donne effectivement la priorité aux logiciels libres (le Conseil d’État a validé en 2011 les appels d’offres portant sur des logiciels libres spécifiques).',
      en: "Have an acquisition strategy that starts from the definition of needs and actually gives priority to free software (in 2011 the Conseil d'État upheld calls for tender naming specific free software).",
    },
    sourceText:
      "Avoir une stratégie « d'acquisition » qui parte de la définition des besoins et qui donne effectivement la priorité aux logiciels libres. (En 2011, le [Conseil d'État a validé¹](#) la légalité d'appels d'offres portant sur des logiciels libres spécifiques, car ils sont « librement et gratuitement accessibles et modifiables par l'ensemble des entreprises spécialisées ») ;",
    evidenceKinds: ['PROCUREMENT_CLAUSE', 'COUNCIL_DELIBERATION', 'DOCUMENT'],
    tnlDomains: ['STRATEGY_POOLING', 'FREE_SOFTWARE'],
  },
  {
    title: { fr: 'Anticiper la fin des licences privatrices', en: 'Anticipate the end of proprietary licences' },
    description: {
      fr: 'Anticiper la fin des contrats de licence des logiciels privateurs et préparer la migration vers des logiciels libres.',
      en: 'Anticipate the end of proprietary software licence contracts and plan the migration to free software.',
    },
    sourceText:
      'Anticiper la fin des contrats de licence des logiciels privateurs et penser la migration vers des logiciels libres ;',
    evidenceKinds: ['DOCUMENT', 'PROCUREMENT_CLAUSE'],
    tnlDomains: ['STRATEGY_POOLING', 'FREE_SOFTWARE'],
  },
  {
    title: { fr: 'Repenser l’organisation avec la migration', en: 'Rethink the organisation through the migration' },
    description: {
      fr: 'Profiter de la migration vers des outils libres pour réétudier l’organisation de la collectivité : la migration est un projet de transformation qui demande une bonne compréhension des métiers des services.',
      en: "Use the migration to free tools to review how the authority is organised: migration is a transformation project that requires a good understanding of each department's work.",
    },
    sourceText:
      "Profiter de la migration vers des outils libres pour réétudier l'organisation de la collectivité (la migration est un projet de transformation, un projet organisationnel qui nécessite une bonne compréhension des métiers dans les services) ;",
    evidenceKinds: ['DOCUMENT', 'TRAINING_SESSION'],
    tnlDomains: ['STRATEGY_POOLING', 'GOOD_PRACTICES'],
  },
  {
    title: { fr: 'Commencer par des logiciels libres éprouvés', en: 'Start with proven free software' },
    description: {
      fr: 'Commencer par des logiciels libres éprouvés, avec des communautés robustes, notamment au niveau des entreprises : LibreOffice pour la bureautique, Firefox, VLC, GIMP, Scribus, Inkscape, Audacity, Thunderbird pour la messagerie, OpenStreetMap pour les plans d’accès, etc.',
      en: 'Start with proven free software backed by robust communities, including companies: LibreOffice for office work, Firefox, VLC, GIMP, Scribus, Inkscape, Audacity, Thunderbird for e-mail, OpenStreetMap for access maps, etc.',
    },
    sourceText:
      "Commencer par des logiciels libres éprouvés, avec des communautés robustes, notamment au niveau des entreprises. Par exemple LibreOffice pour la bureautique, Firefox comme navigateur, VLC, GIMP, Scribus, Inkscape, Audacity, Thunderbird comme logiciel de messagerie, OpenStreetMap (par exemple pour les plans d'accès sur le site de la collectivité), etc. ;",
    evidenceKinds: ['RUNNING_SERVICE', 'DOCUMENT', 'TRAINING_SESSION'],
    tnlDomains: ['FREE_SOFTWARE', 'GOOD_PRACTICES'],
  },
  {
    title: { fr: 'Logiciels métiers libres (Comptoir du Libre)', en: 'Free business software (Comptoir du Libre)' },
    description: {
      fr: 'Utiliser des logiciels métiers libres, notamment ceux recensés sur le Comptoir du Libre de l’ADULLACT.',
      en: "Use free business (line-of-business) software, such as the software listed in ADULLACT's Comptoir du Libre.",
    },
    sourceText:
      "Il existe également de nombreux logiciels métiers libres, notamment recensés sur le [Comptoir du libre²](#) de l'ADULLACT ;",
    evidenceKinds: ['RUNNING_SERVICE', 'PROCUREMENT_CLAUSE', 'DOCUMENT'],
    tnlDomains: ['FREE_SOFTWARE', 'STRATEGY_POOLING'],
  },
  {
    title: { fr: 'Serveurs sous GNU/Linux', en: 'Servers on GNU/Linux' },
    description: {
      fr: 'Migrer les serveurs informatiques sur un système d’exploitation libre tel que GNU/Linux.',
      en: 'Migrate the servers to a free operating system such as GNU/Linux.',
    },
    sourceText: "Migrer les serveurs informatiques sur un système d'exploitation libre tel que GNU/Linux ;",
    evidenceKinds: ['RUNNING_SERVICE', 'DOCUMENT'],
    tnlDomains: ['FREE_SOFTWARE'],
  },
  {
    title: { fr: 'Postes de travail sous GNU/Linux', en: 'Workstations on GNU/Linux' },
    description: {
      fr: 'Migrer progressivement les postes de travail sur un système d’exploitation libre tel que GNU/Linux, en commençant par les volontaires, les élu·es et la direction générale des services.',
      en: 'Progressively migrate workstations to a free operating system such as GNU/Linux, starting with volunteers, elected officials and senior management.',
    },
    sourceText:
      "Migrer progressivement des postes de travail sur un système d'exploitation libre tel que GNU/Linux, en commençant par les volontaires, les personnes élues et la direction générale des services ;",
    evidenceKinds: ['RUNNING_SERVICE', 'DOCUMENT', 'TRAINING_SESSION'],
    tnlDomains: ['FREE_SOFTWARE'],
  },
  {
    title: { fr: 'Recruter des profils formés au libre', en: 'Recruit staff trained in free software' },
    description: {
      fr: 'Privilégier, à la direction des systèmes d’information, le recrutement de personnes sensibilisées et formées aux logiciels libres.',
      en: 'In the IT department, favour recruiting people who are aware of and trained in free software.',
    },
    sourceText:
      "Privilégier le recrutement au sein de la direction des systèmes d'information de personnes sensibilisées et formées aux logiciels libres ;",
    evidenceKinds: ['DOCUMENT', 'OTHER'],
    tnlDomains: ['STRATEGY_POOLING'],
  },
  {
    title: { fr: 'S’appuyer sur des structures mutualisantes', en: 'Rely on pooling structures' },
    description: {
      fr: 'S’appuyer sur des structures mutualisantes.',
      en: 'Rely on pooling structures.',
    },
    sourceText: "S'appuyer sur des structures mutualisantes ;",
    evidenceKinds: ['COUNCIL_DELIBERATION', 'DOCUMENT'],
    tnlDomains: ['STRATEGY_POOLING'],
  },
  {
    title: { fr: 'Réemploi et durabilité des matériels', en: 'Reuse and durability of hardware' },
    description: {
      fr: 'Privilégier le réemploi, la réparation et la durabilité des matériels informatiques, et s’interdire d’acheter des matériels incompatibles avec des systèmes d’exploitation libres, pour limiter le gaspillage et l’obsolescence logicielle.',
      en: 'Favour the reuse, repair and durability of IT hardware, and buy no hardware that free operating systems cannot run, to limit waste and software-driven obsolescence.',
    },
    sourceText:
      "Avoir une politique qui privilégie le réemploi, la réparation, la durabilité des matériels informatiques. S'interdire l'achat de matériels incompatibles avec des systèmes d'exploitation libres afin de limiter le gaspillage et l'obsolescence logicielle.",
    evidenceKinds: ['PROCUREMENT_CLAUSE', 'COUNCIL_DELIBERATION', 'DOCUMENT'],
    tnlDomains: ['GOOD_PRACTICES', 'FREE_SOFTWARE'],
  },
]);
