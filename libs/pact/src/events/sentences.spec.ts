import { frenchTypographyProblems } from '../french/typography';
import { HISTORY_EVENTS, HISTORY_EVENT_NAMES, HistoryEventName, historyDate, historySentence } from './index';

const progress = {
  actionCode: '1.2',
  status: 'PLANNED',
  progress: 25,
  progressOverride: null,
  targetDate: null,
  owner: null,
  justification: null,
  version: 1,
};
const milestone = {
  actionCode: '1.2',
  title: 'Vote du budget',
  description: null,
  date: '2026-12-01',
  reached: false,
  version: 1,
};
const evidence = {
  kind: 'COUNCIL_DELIBERATION',
  date: '2026-05-12',
  title: 'Délibération n° 42',
  description: null,
  url: null,
  actionCodes: ['1.2'],
  version: 1,
};
const item = {
  category: 'OFFICE_SUITE',
  productName: 'LibreOffice',
  productIsFree: true,
  seats: 120,
  productEntryId: null,
  targetEntryId: null,
  stage: 'PILOT',
  stageReachedOn: '2026-10-01',
  actionCodes: [],
  notes: null,
  version: 1,
};
const list = {
  id: 'l-1',
  electionId: 'e-1',
  collectivityId: 'c-1',
  name: 'Échirolles en commun',
  headOfList: null,
  parties: [],
  website: null,
  outcome: 'PENDING',
  version: 1,
};
const signatory = {
  candidateListId: 'l-1',
  scope: 'PERSONAL',
  positionOnList: 3,
  parties: [],
  commune: 'Échirolles',
  postcode: '38130',
  signedOn: '2026-02-10',
  elected: null,
  version: 1,
};
const assessment = {
  commitmentId: 'k-1',
  actionCode: '1.2',
  verdict: 'KEPT',
  justification: 'Vu la délibération.',
  evidenceIds: [],
  date: '2026-06-01',
  association: null,
  supersedesId: null,
};
const grant = {
  userId: 'u-1',
  role: 'IT_MANAGER',
  collectivityId: 'c-1',
  auditScope: null,
  auditScopeCode: null,
  status: 'PENDING',
};

const review = {
  kind: 'DECLARED_COMMITMENT',
  status: 'PENDING',
  payload: { source: 'COUNCIL_DELIBERATION', deliberationNumber: 'D-1', deliberationDate: '2026-06-01' },
  choice: null,
  reason: null,
};

const sectionSelf = {
  commitmentId: 'k-1',
  section: 1,
  status: 'KEPT',
  explanation: 'Tous les postes sont sous GNU/Linux.',
  version: 2,
};
const sectionVerdict = {
  commitmentId: 'k-1',
  section: 2,
  verdict: 'KEPT',
  justification: 'Formations vérifiées.',
  date: '2026-06-01',
  association: 'April',
  supersedesId: 's-1',
};

/** One stored entry of each event of the catalogue, as the services write them. */
const SAMPLES: Record<HistoryEventName, { before: unknown; after: unknown }> = {
  ActionProgressCreated: { before: null, after: progress },
  ActionProgressUpdated: { before: progress, after: { ...progress, status: 'IN_PROGRESS', progress: 50 } },
  MilestoneCreated: { before: null, after: milestone },
  MilestoneUpdated: { before: milestone, after: { ...milestone, reached: true } },
  MilestoneWithdrawn: { before: milestone, after: { reason: 'Date abandonnée' } },
  EvidenceCreated: { before: null, after: evidence },
  EvidenceUpdated: {
    before: evidence,
    after: { ...evidence, file: { mimeType: 'application/pdf', size: 10 }, fileSha256: 'ab'.repeat(32) },
  },
  EvidenceWithdrawn: { before: evidence, after: { reason: 'Mauvais document' } },
  InventoryItemCreated: { before: null, after: item },
  InventoryItemUpdated: { before: item, after: { ...item, stage: 'DEFAULT', stageReachedOn: '2026-12-01' } },
  FleetDeclared: {
    before: null,
    after: { audience: 'STAFF', workstations: 400, servers: 12, officeSeats: null, asOf: '2026-09-01', version: 1 },
  },
  PooledItSet: { before: null, after: { bodyId: 'cc', bodyName: 'CC Cœur de Garonne' } },
  CandidateListCreated: { before: null, after: list },
  CandidateListUpdated: { before: list, after: { ...list, outcome: 'MAJORITY' } },
  SignatoryCreated: { before: null, after: signatory },
  SignatoryUpdated: { before: signatory, after: { ...signatory, elected: true } },
  SignatoryErased: { before: null, after: null },
  CommitmentCreated: {
    before: null,
    after: {
      edition: '2026',
      source: 'COUNCIL_DELIBERATION',
      candidateListId: null,
      deliberationNumber: '2026-42',
      deliberationDate: '2026-04-02',
      committedOn: '2026-04-02',
    },
  },
  CommitmentWithdrawn: {
    before: {
      edition: '2026',
      source: 'LIST_MAJORITY',
      candidateListId: 'l1',
      deliberationNumber: null,
      deliberationDate: null,
      committedOn: '2026-03-22',
    },
    after: { reason: 'la liste n’a plus la majorité d’après resultats-t2.csv' },
  },
  CollectivityCreated: { before: null, after: { kind: 'COMMUNE', code: '38151', name: 'Échirolles' } },
  AssessmentCreated: { before: null, after: assessment },
  SectionSelfAssessmentCreated: { before: null, after: sectionSelf },
  SectionSelfAssessmentUpdated: { before: { ...sectionSelf, status: 'IN_PROGRESS', version: 1 }, after: sectionSelf },
  SectionAssessmentCreated: {
    before: { ...sectionVerdict, verdict: 'PARTIAL', supersedesId: null },
    after: sectionVerdict,
  },
  AssessmentReplyCreated: {
    before: null,
    after: {
      assessmentId: 'a-1',
      commitmentId: 'k-1',
      actionCode: '1.2',
      verdict: 'KEPT',
      authorRole: 'IT_MANAGER',
      text: 'Merci.',
    },
  },
  TnlLabelCreated: { before: null, after: { year: 2026, scale: 'COMMUNE', level: 3, mentions: [], url: null } },
  RoleGrantCreated: { before: null, after: grant },
  RoleGrantUpdated: { before: grant, after: { ...grant, status: 'ACTIVE' } },
  UserErased: { before: null, after: null },
  ReviewItemCreated: { before: null, after: review },
  ReviewItemUpdated: { before: review, after: { ...review, status: 'REFUSED', reason: 'Aucune délibération' } },
};

const sentenceOf = (name: HistoryEventName, payload = SAMPLES[name]) =>
  historySentence({
    event: name,
    eventVersion: HISTORY_EVENTS[name].version,
    entityType: HISTORY_EVENTS[name].entityType,
    action: HISTORY_EVENTS[name].action,
    ...payload,
  });
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the history in sentences', () => {
  it.each(HISTORY_EVENT_NAMES)('says %s as a sentence, with no code name in it', (name) => {
    const text = sentenceOf(name);
    for (const locale of ['fr', 'en'] as const) {
      const sentence = text[locale];
      expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
      // No entity name, no field name, no raw enum value, nothing left empty.
      expect(sentence).not.toContain(`(${HISTORY_EVENTS[name].entityType})`);
      if (locale === 'fr') expect(sentence).not.toMatch(new RegExp(`\\b${HISTORY_EVENTS[name].entityType}\\b`));
      expect(sentence).not.toMatch(/\b[a-z]+[A-Z]\w*\b/); // camelCase field names
      expect(sentence).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/); // enum values
      expect(sentence).not.toMatch(/undefined|null|NaN|\[object|: \.|« »|“”/);
      expect(sentence).not.toMatch(/\s[.,]/);
    }
  });

  it.each(HISTORY_EVENT_NAMES)('says %s in French that holds the house rules (libs/pact french/typography)', (name) => {
    expect(frenchTypographyProblems(sentenceOf(name).fr)).toEqual([]);
  });

  it('reads the examples people asked for', () => {
    expect(plain(sentenceOf('AssessmentCreated').fr)).toBe(
      'Verdict de l’association sur l’action 1.2 « Stratégie d’acquisition priorisant le libre » : tenu.',
    );
    expect(plain(sentenceOf('SectionSelfAssessmentUpdated').fr)).toBe(
      'Engagement 1 du pacte, selon la collectivité : tenu (était : en cours).',
    );
    expect(sentenceOf('SectionAssessmentCreated').en).toBe(
      'Verdict of April on commitment 2 of the pact: kept (revised, was: partial).',
    );
    expect(plain(sentenceOf('InventoryItemUpdated').fr)).toBe(
      'Migration de LibreOffice : par défaut depuis le 1er déc. 2026.',
    );
    expect(sentenceOf('InventoryItemUpdated').en).toBe('Migration of LibreOffice: default since Dec 1, 2026.');
    const planned = [
      { stage: 'PARALLEL_RUN', plannedOn: '2027-03-01' },
      { stage: 'DEFAULT', plannedOn: '2027-09-01' },
    ];
    const plannedSentence = sentenceOf('InventoryItemUpdated', {
      before: item,
      after: { ...item, plannedStages: planned, version: 2 },
    });
    expect(plain(plannedSentence.fr)).toBe(
      'Migration de LibreOffice planifiée : fonctionnement en parallèle prévu le 1er mars 2027, par défaut prévu le 1er sept. 2027.',
    );
    expect(plannedSentence.en).toBe(
      'Migration of LibreOffice planned: parallel run for Mar 1, 2027, default for Sep 1, 2027.',
    );
    expect(plain(sentenceOf('SignatoryCreated').fr)).toBe(
      'Signature du pacte à titre personnel enregistrée (position 3 sur la liste).',
    );
    expect(plain(sentenceOf('EvidenceUpdated').fr)).toBe('Fichier joint à la preuve « Délibération n° 42 ».');
    expect(plain(sentenceOf('MilestoneUpdated').fr)).toBe(
      'Jalon atteint pour l’action 1.2 : « Vote du budget », le 1er déc. 2026.',
    );
    expect(plain(sentenceOf('FleetDeclared').fr)).toBe(
      'Parc déclaré (agents et élu·es) au 1er sept. 2026 : 400 postes de travail, 12 serveurs.',
    );
    expect(sentenceOf('FleetDeclared').en).toBe(
      'Fleet declared (staff and elected officials) as of Sep 1, 2026: 400 workstations, 12 servers.',
    );
    expect(plain(sentenceOf('PooledItSet').fr)).toBe('Informatique mutualisée avec CC Cœur de Garonne.');
    expect(sentenceOf('PooledItSet').en).toBe('IT pooled with CC Cœur de Garonne.');
    expect(plain(sentenceOf('CandidateListUpdated').fr)).toBe(
      'Résultat de la liste « Échirolles en commun » : élue, majorité.',
    );
  });

  it('says a withdrawal with its reason, and an unlinked action', () => {
    expect(plain(sentenceOf('EvidenceWithdrawn').fr)).toBe(
      'Preuve retirée : « Délibération n° 42 » (motif : Mauvais document).',
    );
    expect(sentenceOf('EvidenceWithdrawn').en).toBe(
      'Evidence withdrawn: “Délibération n° 42” (reason: Mauvais document).',
    );
    expect(plain(sentenceOf('CommitmentWithdrawn').fr)).toBe(
      'Engagement dans le pacte retiré (motif : la liste n’a plus la majorité d’après resultats-t2.csv).',
    );
    expect(sentenceOf('CommitmentWithdrawn').en).toBe(
      'Commitment to the pact withdrawn (reason: la liste n’a plus la majorité d’après resultats-t2.csv).',
    );
    expect(plain(sentenceOf('MilestoneWithdrawn').fr)).toBe(
      'Jalon retiré de l’action 1.2 : « Vote du budget » (motif : Date abandonnée).',
    );
    const unlinked = {
      before: { ...evidence, actionCodes: ['1.2', '1.3'] },
      after: { ...evidence, actionCodes: ['1.2'] },
    };
    expect(plain(sentenceOf('EvidenceUpdated', unlinked).fr)).toBe(
      'Preuve « Délibération n° 42 » n’est plus liée à l’action 1.3.',
    );
    const renamed = { before: evidence, after: { ...evidence, title: 'Délibération n° 43' } };
    expect(sentenceOf('EvidenceUpdated', renamed).en).toBe('Evidence changed: “Délibération n° 43”.');
  });

  it('puts the French no-break spaces where they go', () => {
    const fr = sentenceOf('MilestoneUpdated').fr;
    expect(fr).toContain('1.2\u00a0: «\u00a0Vote du budget\u00a0»');
    expect(sentenceOf('ActionProgressUpdated').fr).toContain('50\u00a0%');
  });

  it('says what changed in a progress entry: the status, else the percentage, else the details', () => {
    expect(plain(sentenceOf('ActionProgressUpdated').fr)).toMatch(
      /^Action 1\.2 « .+ » : planifiée → en cours \(50 %\)\.$/,
    );
    const percentOnly = { before: progress, after: { ...progress, progress: 40, progressOverride: 40 } };
    expect(sentenceOf('ActionProgressUpdated', percentOnly).en).toMatch(/^Progress of action 1\.2 “.+”: 25% → 40%\.$/);
    const ownerOnly = { before: progress, after: { ...progress, owner: 'DSI' } };
    expect(sentenceOf('ActionProgressUpdated', ownerOnly).en).toMatch(/^Details of action 1\.2 “.+” updated\.$/);
  });

  it('falls back to a plain sentence for an entry no event declares', () => {
    expect(historySentence({ entityType: 'Nothing', action: 'UPDATE', before: null, after: {} })).toEqual({
      fr: 'Modification enregistrée.',
      en: 'A change was recorded.',
    });
  });

  it('writes dates the French way', () => {
    expect(historyDate('2026-12-01')).toEqual({ fr: '1er déc. 2026', en: 'Dec 1, 2026' });
    expect(historyDate('2026-03-22').fr).toBe('22 mars 2026');
  });
});
