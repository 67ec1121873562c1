import { defineSection } from '../define';

/**
 * Section 2, "Défendre et promouvoir une informatique émancipatrice": the ten bullets of the checklist
 * "Sensibilisation et accompagnement, facteurs clefs de succès".
 */
export const SECTION_2_ACTIONS_2026 = defineSection(2, [
  {
    title: { fr: 'Former à chaque nouvel outil libre', en: 'Training for every new free tool' },
    description: {
      fr: 'Systématiser la formation à tout nouvel outil libre introduit et à chaque mise à jour majeure.',
      en: 'Provide training, as a rule, for every new free tool introduced and for every major update.',
    },
    sourceText: 'Systématiser la formation à tout nouveau outil libre introduit et en cas de mise à jour majeure ;',
    evidenceKinds: ['TRAINING_SESSION', 'DOCUMENT'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Sensibiliser agents et élu·es', en: 'Raise awareness among staff and elected officials' },
    description: {
      fr: 'Sensibiliser les agents et les élu·es aux enjeux (vie privée, durabilité, fracture numérique, etc.) et aux opportunités du logiciel libre, pour les impliquer dans la démarche et les intéresser aux outils qu’ils découvrent.',
      en: 'Make staff and elected officials aware of what is at stake (privacy, durability, digital divide, etc.) and of the opportunities of free software, to involve users in the approach and interest them in the tools they discover.',
    },
    sourceText:
      "Sensibiliser les agentes, agents et personnes élues aux enjeux (vie privée, durabilité, fracture numérique, etc.) et aux opportunités du logiciel libre. Cela permet d'impliquer les personnes utilisatrices à la démarche et de les intéresser à ces outils qu'elles découvrent ;",
    evidenceKinds: ['TRAINING_SESSION', 'PUBLIC_EVENT', 'DOCUMENT'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Remontée des besoins dans les marchés', en: 'Needs-reporting bodies in procurement' },
    description: {
      fr: 'Prévoir, dans les marchés publics, des instances où remonter les besoins.',
      en: 'Provide, in public procurement contracts, bodies through which needs can be reported.',
    },
    sourceText: 'Prévoir des instances de remontées de besoins dans les marchés publics ;',
    evidenceKinds: ['PROCUREMENT_CLAUSE', 'DOCUMENT'],
    tnlDomains: ['STRATEGY_POOLING', 'COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Former à signaler bugs et besoins', en: 'Train staff to report bugs and needs' },
    description: {
      fr: 'Former les agents à formuler et remonter des bugs ou des besoins dans les instances dédiées ou aux entreprises locales partenaires.',
      en: 'Train staff to write up and report bugs or feature requests to the dedicated bodies or to partner local companies.',
    },
    sourceText:
      'Former les agentes et agents à formuler et remonter des bugs ou expressions de besoins dans les instances dédiées ou aux entreprises locales partenaires ;',
    evidenceKinds: ['TRAINING_SESSION', 'DOCUMENT'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Espaces et temps d’accompagnement', en: 'Support spaces and times' },
    description: {
      fr: 'Prévoir des espaces et des temps, notamment physiques, d’accompagnement et de partage entre l’équipe SI et les utilisateurs, comme à Malakoff.',
      en: 'Provide spaces and times, in person in particular, for support and exchange between the IT team and users, as Malakoff did.',
    },
    sourceText:
      "Prévoir des espaces, des temps, notamment physiques, d'accompagnement et de partage entre l'équipe SI et les personnes utilisatrices (comme cela a [été mis en place à Malakoff³](#)) ;",
    evidenceKinds: ['TRAINING_SESSION', 'DOCUMENT', 'OTHER'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Entraide entre utilisateurs', en: 'Mutual help between users' },
    description: {
      fr: 'Encourager l’entraide et le partage de savoir-faire entre utilisateurs.',
      en: 'Encourage mutual help and the sharing of know-how between users.',
    },
    sourceText: "Encourager l'entraide et le partage de savoir-faire entre personnes utilisatrices ;",
    evidenceKinds: ['DOCUMENT', 'TRAINING_SESSION', 'OTHER'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Logiciels libres dans les écoles', en: 'Free software in schools' },
    description: {
      fr: 'Dans les écoles, installer d’abord des logiciels libres et utiliser des distributions spécifiques basées sur un système libre, comme Primitux.',
      en: 'In schools, install free software first and use dedicated distributions based on a free system, such as Primitux.',
    },
    sourceText:
      "Dans les écoles, installer d'abord des logiciels libres et utiliser des distributions spécifiques basées sur un système libre tel que Primitux ;",
    evidenceKinds: ['RUNNING_SERVICE', 'COUNCIL_DELIBERATION', 'DOCUMENT'],
    tnlDomains: ['FREE_SOFTWARE', 'COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Médiation numérique sous GNU/Linux', en: 'Digital inclusion venues on GNU/Linux' },
    description: {
      fr: 'Équiper les lieux de médiation numérique gérés par la commune d’ordinateurs sous un système d’exploitation libre tel que GNU/Linux.',
      en: 'Equip the digital inclusion venues run by the commune with computers running a free operating system such as GNU/Linux.',
    },
    sourceText:
      "Équiper les lieux de médiation numérique gérés par la commune d'ordinateurs avec un système d'exploitation libre tel que GNU/Linux ;",
    evidenceKinds: ['RUNNING_SERVICE', 'DOCUMENT'],
    tnlDomains: ['FREE_SOFTWARE', 'COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Initiations du public sur logiciels libres', en: 'Public training on free software' },
    description: {
      fr: 'Donner en priorité avec des logiciels libres les initiations et formations proposées au public, logiciels que les usagers pourront installer sur leurs équipements.',
      en: 'Give the introductory sessions and training offered to the public primarily with free software, which users can then install on their own devices.',
    },
    sourceText:
      'Les initiations et formations proposées au public doivent être en priorité données avec des logiciels libres, ces derniers pourront être installés sur les équipements des usagers ;',
    evidenceKinds: ['TRAINING_SESSION', 'PUBLIC_EVENT'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM', 'FREE_SOFTWARE'],
  },
  {
    title: { fr: 'Kit de sensibilisation des habitants', en: 'Awareness kit for residents' },
    description: {
      fr: 'S’inspirer du kit d’accès aux logiciels libres de Grenoble pour sensibiliser la population aux libertés informatiques et faciliter le passage aux logiciels libres.',
      en: "Take inspiration from Grenoble's free software access kit to make residents aware of software freedom and help them switch to free software.",
    },
    sourceText:
      "S'inspirer du [Kit d'accès logiciels libres de Grenoble⁴](#) pour sensibiliser la population aux enjeux des libertés informatiques et faciliter le passage aux logiciels libres.",
    evidenceKinds: ['DOCUMENT', 'PUBLIC_EVENT', 'PRESS_ARTICLE'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
]);
