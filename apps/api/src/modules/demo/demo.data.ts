import type { EvidenceKind, ProgressStatus } from '@pacte/pact';

/**
 * The demonstration data set, loaded on the embedded database (LOAD_DEMO). Every list name starts with "[Démo]",
 * every commitment is flagged `demo`, and the people are fictional: nothing here is a real pledge.
 */
export interface DemoCollectivity {
  code: string;
  list?: { name: string; headOfList: string; parties: string[] };
  deliberation?: { number: string; date: string };
  progress: {
    actionCode: string;
    status: ProgressStatus;
    progress?: number;
    targetDate?: string;
    owner?: string;
    justification?: string;
  }[];
  milestones: { actionCode: string; title: string; date: string; reached: boolean }[];
  evidence: { kind: EvidenceKind; date: string; title: string; url?: string; actionCodes: string[] }[];
}

export const DEMO_COLLECTIVITIES: DemoCollectivity[] = [
  {
    code: '38151', // Échirolles
    list: { name: '[Démo] Échirolles libre et solidaire', headOfList: 'Camille Exemple', parties: ['Démo'] },
    progress: [
      { actionCode: '1.1', status: 'DONE', owner: 'Direction générale des services' },
      { actionCode: '1.5', status: 'IN_PROGRESS', progress: 70, targetDate: '2027-06-30', owner: 'DSI' },
      { actionCode: '1.7', status: 'DONE', owner: 'DSI' },
      { actionCode: '1.8', status: 'PLANNED', targetDate: '2028-12-31', owner: 'DSI' },
      { actionCode: '2.1', status: 'IN_PROGRESS', owner: 'Service formation' },
      { actionCode: '3.1', status: 'IN_PROGRESS', owner: 'DSI' },
      { actionCode: '3.9', status: 'DONE', owner: 'Cabinet du maire' },
    ],
    milestones: [
      { actionCode: '1.5', title: 'LibreOffice installé sur les postes pilotes', date: '2026-06-15', reached: true },
      { actionCode: '1.5', title: 'LibreOffice par défaut dans tous les services', date: '2027-06-30', reached: false },
      { actionCode: '1.8', title: 'Premiers postes volontaires sous GNU/Linux', date: '2027-03-01', reached: false },
    ],
    evidence: [
      {
        kind: 'COUNCIL_DELIBERATION',
        date: '2026-05-20',
        title: 'Délibération adoptant la feuille de route logiciel libre (démo)',
        actionCodes: ['1.1', '1.2'],
      },
      {
        kind: 'PUBLISHED_REPOSITORY',
        date: '2026-09-01',
        title: 'Dépôt public des développements de la ville (démo)',
        url: 'https://example.org/demo/echirolles',
        actionCodes: ['3.1'],
      },
      {
        kind: 'TRAINING_SESSION',
        date: '2026-10-10',
        title: 'Formation LibreOffice des agents d’accueil (démo)',
        actionCodes: ['1.5', '2.1'],
      },
    ],
  },
  {
    code: '92046', // Malakoff
    deliberation: { number: 'DEMO-2026-042', date: '2026-06-24' },
    progress: [
      { actionCode: '2.5', status: 'DONE', owner: 'DSI' },
      { actionCode: '2.6', status: 'IN_PROGRESS' },
      { actionCode: '1.10', status: 'PLANNED', targetDate: '2027-01-31' },
      {
        actionCode: '2.7',
        status: 'NOT_APPLICABLE',
        justification: 'Démo : les écoles relèvent ici d’un autre porteur',
      },
    ],
    milestones: [
      { actionCode: '2.5', title: 'Permanence hebdomadaire de la DSI ouverte', date: '2026-09-05', reached: true },
    ],
    evidence: [
      {
        kind: 'PUBLIC_EVENT',
        date: '2026-09-05',
        title: 'Ouverture de l’espace d’entraide numérique (démo)',
        actionCodes: ['2.5', '2.6'],
      },
    ],
  },
  {
    code: '35238', // Rennes
    list: { name: '[Démo] Rennes en commun numérique', headOfList: 'Dominique Exemple', parties: ['Démo'] },
    progress: [
      { actionCode: '1.3', status: 'IN_PROGRESS', owner: 'Direction du numérique' },
      { actionCode: '3.3', status: 'PLANNED', targetDate: '2027-12-31' },
    ],
    milestones: [],
    evidence: [
      {
        kind: 'RUNNING_SERVICE',
        date: '2026-11-02',
        title: 'Service de visioconférence libre ouvert aux agents (démo)',
        url: 'https://example.org/demo/rennes-visio',
        actionCodes: ['1.3'],
      },
    ],
  },
];
