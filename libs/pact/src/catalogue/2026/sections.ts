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
        'Des logiciels libres répondent à la majorité des besoins des collectivités ; le recours à des logiciels ' +
        "privateurs devrait être une exception dûment justifiée. Faire de l'utilisation du logiciel libre un projet " +
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
        'Le logiciel libre préserve les libertés fondamentales et le partage du savoir. Les collectivités ont un rôle ' +
        "de sensibilisation et d'accompagnement, dans leurs services, leurs lieux d'accueil du public et à l'école.",
      en:
        'Free software preserves fundamental freedoms and the sharing of knowledge. Local authorities have a role in ' +
        'raising awareness and supporting people, in their services, their public venues and at school.',
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
        "qu'elles utilisent : formaliser une politique de contribution et soutenir l'écosystème local du libre.",
      en:
        'Local authorities should contribute to the maintenance, documentation and development of the solutions ' +
        'they use: formalise a contribution policy and support the local free-software ecosystem.',
    },
  },
];
