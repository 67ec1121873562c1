import { defineSection } from '../define';

/**
 * Section 3, "Contribuer à la pérennité des logiciels libres utilisés": the nine bullets of "Formaliser une politique
 * de contribution au logiciel libre" (3.1–3.9) and the bullet of "Soutenir et participer à l'écosystème du logiciel
 * libre et notamment aux structures locales" (3.10). The two bullets that open the section ("Un travail
 * mutualisable…", "Un investissement…") describe what contributing is; they are context, not actions.
 */
export const SECTION_3_ACTIONS_2026 = defineSection(3, [
  {
    title: { fr: 'Publier les développements sous licence libre', en: 'Publish developments under a free licence' },
    description: {
      fr: 'Publier sous licence libre les développements réalisés par la commune.',
      en: 'Publish the software developed by the commune under a free licence.',
    },
    sourceText: 'publier sous licence libre les développements réalisés par la commune ;',
    evidenceKinds: ['PUBLISHED_REPOSITORY', 'COUNCIL_DELIBERATION', 'DOCUMENT'],
    tnlDomains: ['FREE_SOFTWARE', 'COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Clauses de redistribution dans les marchés', en: 'Redistribution clauses in procurement' },
    description: {
      fr: 'Prévoir des clauses de redistribution dans les marchés publics.',
      en: 'Include redistribution clauses in public procurement contracts.',
    },
    sourceText: 'prévoir des clauses de redistribution dans les marchés publics ;',
    evidenceKinds: ['PROCUREMENT_CLAUSE'],
    tnlDomains: ['STRATEGY_POOLING', 'FREE_SOFTWARE'],
  },
  {
    title: { fr: 'Cofinancer des projets libres', en: 'Co-fund free software projects' },
    description: {
      fr: 'Participer au financement de projets libres dont d’autres collectivités pourront profiter.',
      en: 'Help fund free software projects that other local authorities will also benefit from.',
    },
    sourceText: "participer au financement de projets libres dont d'autres collectivités pourront profiter ;",
    evidenceKinds: ['COUNCIL_DELIBERATION', 'PROCUREMENT_CLAUSE', 'DOCUMENT'],
    tnlDomains: ['STRATEGY_POOLING', 'COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Mutualiser le développement', en: 'Pool software development' },
    description: {
      fr: 'Mutualiser le développement de logiciels libres utiles aux collectivités.',
      en: 'Pool the development of free software useful to local authorities.',
    },
    sourceText: 'mutualiser le développement de logiciels libres utiles aux collectivités ;',
    evidenceKinds: ['COUNCIL_DELIBERATION', 'PUBLISHED_REPOSITORY', 'DOCUMENT'],
    tnlDomains: ['STRATEGY_POOLING', 'FREE_SOFTWARE'],
  },
  {
    title: { fr: 'Contributions des agents sur leur temps de travail', en: 'Staff contributions on paid time' },
    description: {
      fr: 'Permettre et encourager les contributions des agents sur leur temps de travail.',
      en: 'Allow and encourage staff to contribute to free software during their paid working time.',
    },
    sourceText: 'permettre et encourager les contributions des agentes et agents sur leur temps salarié ;',
    evidenceKinds: ['DOCUMENT', 'PUBLISHED_REPOSITORY'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'S’appuyer sur les acteurs du territoire', en: 'Rely on local organisations and companies' },
    description: {
      fr: 'S’appuyer sur les associations et les entreprises implantées dans le territoire.',
      en: 'Rely on the associations and companies based in the area.',
    },
    sourceText: "S'appuyer sur les associations et sur les entreprises implantées dans le territoire ;",
    evidenceKinds: ['PROCUREMENT_CLAUSE', 'DOCUMENT', 'PUBLIC_EVENT'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM', 'STRATEGY_POOLING'],
  },
  {
    title: { fr: 'Rejoindre France Numérique Libre', en: 'Join France Numérique Libre' },
    description: {
      fr: 'Encourager le ou la responsable informatique à rejoindre le collectif France Numérique Libre.',
      en: 'Encourage the head of IT to join the France Numérique Libre collective.',
    },
    sourceText:
      'Encourager le ou la responsable informatique à rejoindre le collectif [France Numérique Libre](https://france-numerique-libre.org)⁵ ;',
    evidenceKinds: ['DOCUMENT', 'OTHER'],
    tnlDomains: ['STRATEGY_POOLING', 'COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: {
      fr: 'Candidater au label Territoire Numérique Libre',
      en: 'Apply for the Territoire Numérique Libre label',
    },
    description: {
      fr: 'Candidater au label « Territoire Numérique Libre » pour valoriser les actions menées.',
      en: 'Apply for the "Territoire Numérique Libre" label to showcase the actions taken.',
    },
    sourceText:
      'Candidater au [label « Territoire Numérique Libre »](https://territoire-numerique-libre.org)⁶ pour valoriser les actions menées ;',
    evidenceKinds: ['DOCUMENT', 'PRESS_ARTICLE'],
    tnlDomains: ['STRATEGY_POOLING', 'COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Partager un retour d’expérience', en: 'Share feedback from experience' },
    description: {
      fr: 'Partager un retour d’expérience, comme Échirolles qui communique sur son cheminement et ses réussites, y compris lors de conférences.',
      en: 'Share lessons learned, as Échirolles does by communicating about its journey and successes, including at conferences.',
    },
    sourceText:
      "Partager un retour d'expérience, comme le fait par exemple Échirolles qui communique sur son cheminement et ses réussites, [y compris via des conférences](https://y-compris.via-des-confferences.fr)⁷",
    evidenceKinds: ['PUBLIC_EVENT', 'PRESS_ARTICLE', 'DOCUMENT'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
  {
    title: { fr: 'Partenariats avec les acteurs locaux du libre', en: 'Partnerships with local free-software groups' },
    description: {
      fr: 'Favoriser les partenariats entre les organisations locales du logiciel libre et les services de la commune (EPI, médiathèques, etc.), toute l’année et lors d’événements comme le Libre en Fête ou la Fête des Possibles.',
      en: 'Foster partnerships between local free-software organisations and the services of the commune (public digital spaces, libraries, etc.), all year round and at events such as Libre en Fête or the Fête des Possibles.',
    },
    sourceText:
      "Favoriser les partenariats entre les organisations locales du logiciel libre et les services de la commune (EPI, médiathèques, etc.), tout au long de l'année et lors d'événements tels que le [Libre en Fête](https://libre-en-fete.net)⁸, ou la [Fête des Possibles](https://fete-des-possibles.org)⁹ ;",
    evidenceKinds: ['PUBLIC_EVENT', 'COUNCIL_DELIBERATION', 'PRESS_ARTICLE'],
    tnlDomains: ['COMMUNICATION_ECOSYSTEM'],
  },
]);
