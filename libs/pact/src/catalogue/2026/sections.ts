import { PactSection } from '../types';

export const SECTIONS_2026: PactSection[] = [
  {
    number: 1,
    title: {
      fr: 'Donner la priorité aux logiciels libres et aux formats ouverts',
      en: 'Give priority to free software and open formats',
    },
    summary: {
      fr:
        'Des logiciels libres répondent à la majorité des besoins des collectivités ; le recours à des logiciels ' +
        'privateurs devrait être une exception dûment justifiée. Faire de l’utilisation du logiciel libre un projet ' +
        'politique structuré.',
      en:
        'Free software meets most of the needs of local authorities; using proprietary software should be a duly ' +
        'justified exception. Make the use of free software a structured political project.',
    },
  },
  {
    number: 2,
    title: {
      fr: 'Défendre et promouvoir une informatique émancipatrice',
      en: 'Defend and promote empowering computing',
    },
    summary: {
      fr:
        'Le logiciel libre participe à la préservation des libertés fondamentales dans une société informatisée, au ' +
        'partage du savoir et à l’accès éclairé au numérique par toutes et tous. Les collectivités ont un rôle ' +
        'important de sensibilisation et d’accompagnement à exercer.',
      en:
        'Free software helps preserve fundamental freedoms in a computerised society, the sharing of knowledge and ' +
        'informed access to digital technology for everyone. Local authorities have an important role to play in ' +
        'raising awareness and supporting people.',
    },
  },
  {
    number: 3,
    title: {
      fr: 'Contribuer à la pérennité des logiciels libres utilisés',
      en: 'Contribute to the sustainability of the free software in use',
    },
    summary: {
      fr:
        'Les collectivités doivent contribuer au maintien, à la documentation et au développement des solutions ' +
        'qu’elles utilisent : formaliser une politique de contribution et soutenir l’écosystème local du libre.',
      en:
        'Local authorities should contribute to the maintenance, documentation and development of the solutions ' +
        'they use: formalise a contribution policy and support the local free-software ecosystem.',
    },
  },
];
