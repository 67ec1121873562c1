import { frenchTypographyProblems } from '@pacte/pact';
import type { ApplicationFacts } from '../labels.service';
import { readinessOf } from '../readiness';
import { buildApplicationFile } from './application-file';
import { renderMarkdown } from './markdown';

const at = (day: string) => ({ createdAt: new Date(`${day}T10:00:00Z`), updatedAt: new Date(`${day}T10:00:00Z`) });

/** A commune committed by its council, with evidence (one with a file), an inventory with contracts and a label. */
function applicationFacts(): ApplicationFacts {
  return {
    collectivity: {
      id: 'c-1',
      code: '38151',
      kind: 'COMMUNE',
      name: 'Échirolles',
      searchName: 'echirolles',
      siren: null,
      population: 36000,
      postcodes: ['38130'],
      departementCode: '38',
      regionCode: '84',
      epci: null,
      epciId: null,
      origin: 'REFERENTIAL',
      ...at('2026-01-01'),
    } as unknown as ApplicationFacts['collectivity'],
    commitment: {
      id: 'k-1',
      edition: '2026',
      source: 'COUNCIL_DELIBERATION',
      deliberationNumber: '2026-42',
      committedOn: '2026-06-24',
    } as unknown as ApplicationFacts['commitment'],
    progress: [
      { actionCode: '1.1', status: 'DONE' },
      { actionCode: '1.3', status: 'IN_PROGRESS' },
    ],
    evidence: [
      {
        id: 'e-1',
        commitmentId: 'k-1',
        kind: 'COUNCIL_DELIBERATION',
        date: '2026-06-24',
        title: 'Délibération d’adhésion au pacte',
        description: null,
        url: null,
        fileKey: 'e-1/deliberation.pdf',
        fileMimeType: 'application/pdf',
        fileSize: 10,
        createdBy: null,
        criterionIds: [],
        actions: [{ evidenceId: 'e-1', actionCode: '1.1' }],
        version: 1,
        ...at('2026-06-24'),
      },
    ] as unknown as ApplicationFacts['evidence'],
    items: [
      {
        id: 'i-1',
        collectivityId: 'c-1',
        category: 'OFFICE_SUITE',
        productName: 'Microsoft Office 2019',
        productIsFree: false,
        seats: 40,
        audience: 'STAFF',
        contractEndsOn: '2027-03-01',
        renewalOn: '2026-12-01',
        yearlyCost: 12000,
        productEntryId: null,
        targetEntryId: 't-1',
        stage: 'PILOT',
        stageReachedOn: '2026-06-01',
        actionCodes: [],
        notes: null,
        version: 1,
        ...at('2026-06-01'),
      },
    ] as unknown as ApplicationFacts['items'],
    fleet: [],
    labels: [
      {
        id: 'l-1',
        collectivityId: 'c-1',
        year: 2025,
        scale: '2025',
        level: 'BRONZE',
        mentions: ['MUTUALISATION'],
        url: null,
        recordedBy: null,
        createdAt: new Date('2026-01-01T00:00:00Z'),
      },
    ] as unknown as ApplicationFacts['labels'],
    softwareNames: new Map([['t-1', 'LibreOffice']]),
    publicUrl: 'https://pacte.example.org',
  };
}

type Item = ApplicationFacts['items'][number];

/** The file as Markdown, with the no-break spaces read as spaces (the wording is what these tests are about). */
function fileOf(change: (facts: ApplicationFacts) => void = () => {}, today = '2026-10-01') {
  const facts = applicationFacts();
  change(facts);
  const file = buildApplicationFile(facts, readinessOf(facts, facts.collectivity.id), today);
  return { file, text: renderMarkdown(file).replace(/[\u00a0\u202f]/g, ' ') };
}
const withItem = (changes: Partial<Item>) => (facts: ApplicationFacts) => {
  facts.items = [{ ...facts.items[0], ...changes }];
};
/** No commitment, no evidence, no inventory, no label: nothing met. */
const empty = (facts: ApplicationFacts) => {
  Object.assign(facts, { commitment: null, progress: [], evidence: [], items: [], labels: [] });
};

describe('the application file of the label tells what is true', () => {
  it('is named a preparation built on this product’s own criteria, not the jury’s questionnaire', () => {
    const { file, text } = fileOf();
    expect(file.title).toBe(
      'Préparation de la candidature au label Territoire Numérique Libre (critères de ce service, pas le questionnaire du jury) — Échirolles',
    );
    expect(file.slug).toBe('preparation-label-tnl-38151');
    expect(text).toContain('ce n’est pas le questionnaire du jury');
  });

  it('says, in its notice, that to our knowledge the jury publishes no grid', () => {
    const { file } = fileOf();
    const notice = file.blocks.find((b) => b.kind === 'paragraph' && b.emphasis);
    expect(notice).toMatchObject({ kind: 'paragraph' });
    expect((notice as { text: string }).text).toMatch(
      /^Auto-évaluation .+ À notre connaissance, le jury du label Territoire Numérique Libre ne publie pas de grille chiffrée/,
    );
  });

  it('tells the software in service from its target, before and after the migration', () => {
    expect(fileOf().text).toContain(
      '- Suite bureautique : en service, Microsoft Office 2019 (40 postes) ; cible, LibreOffice — étape « Pilote » depuis le 1er juin 2026',
    );
    const migrated = fileOf(withItem({ stage: 'DEFAULT', stageReachedOn: '2026-06-24' })).text;
    expect(migrated).toContain(
      '- Suite bureautique : en service, LibreOffice (40 postes), qui remplace Microsoft Office 2019 — étape « Par défaut » depuis le 24 juin 2026',
    );
    expect(migrated).not.toMatch(/en service, Microsoft Office 2019/);
  });

  it('writes every date in words, never in figures', () => {
    const { text } = fileOf();
    expect(text).toContain('Dossier préparé le 1er octobre 2026');
    expect(text).toContain('par délibération n° 2026-42 du 24 juin 2026');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}/);
  });

  it('links each evidence file, with its address on the instance', () => {
    expect(fileOf().text).toContain(
      'Délibération d’adhésion au pacte — Délibération du conseil, 24 juin 2026 — fichier : https://pacte.example.org/evidence/e-1/file',
    );
  });

  it('never prints « niveau 0 » on the former scale of 1 to 5', () => {
    const { text } = fileOf(empty);
    expect(text).toContain('Sur l’ancienne échelle : aucun niveau de l’ancienne échelle (2016–2024, niveaux 1 à 5)');
    expect(text).not.toMatch(/niveau 0|échelle de 1 à 5/i);
  });

  it('never presents the Badge as a grade of the Label', () => {
    const { text } = fileOf((facts) => {
      facts.labels = [];
    });
    expect(text).not.toMatch(/Label Badge|niveau Badge|Badge \(niveau/i);
    for (const line of text.split('\n').filter((l) => /\bBadge\b/.test(l))) {
      expect(line).not.toMatch(/niveaux? du Label(?! \(|\))/);
    }
  });

  it('gives each item’s contract: its end, its renewal and its yearly cost, and what comes due within a year', () => {
    const { text } = fileOf((facts) => {
      facts.items = [
        facts.items[0],
        {
          ...facts.items[0],
          id: 'i-2',
          category: 'WORKSTATION_OS',
          productName: 'Windows 11',
          targetEntryId: null,
          contractEndsOn: null,
          renewalOn: '2028-01-01',
          yearlyCost: null,
        },
      ];
    });
    expect(text).toContain('## Contrats et licences (action 1.3)');
    expect(text).toContain(
      '- Microsoft Office 2019 (Suite bureautique) — fin du contrat ou de la licence : le 1er mars 2027 ; renouvellement : le 1er décembre 2026 ; coût annuel : 12 000 €',
    );
    expect(text).toContain(
      '- Windows 11 (Système d’exploitation des postes de travail) — fin du contrat ou de la licence : non renseignée ; renouvellement : le 1er janvier 2028 ; coût annuel : non renseigné',
    );
    expect(text).toContain('- À décider dans les 12 mois : Microsoft Office 2019');
    expect(text).toContain(
      '- Coût annuel des licences propriétaires encore en service : 12 000 € (au moins : 1 sans coût renseigné)',
    );
  });

  it('with pooled IT, lists the body’s items and evidence that count for the commune, each said to be the body’s', () => {
    const { text } = fileOf((facts) => {
      const facts0 = applicationFacts();
      facts.pooled = {
        body: {
          ...facts0.collectivity,
          id: 'b-1',
          code: '200040715',
          kind: 'METROPOLE',
          name: 'Grenoble-Alpes Métropole',
        },
        items: [
          {
            ...facts0.items[0],
            id: 'p-1',
            collectivityId: 'b-1',
            category: 'SERVER_OS',
            productName: 'Debian',
            productIsFree: true,
            targetEntryId: null,
            appliesToMemberIds: null,
          },
          {
            ...facts0.items[0],
            id: 'p-2',
            collectivityId: 'b-1',
            category: 'BUSINESS_APPLICATION',
            productName: 'OpenCimetière',
            productIsFree: true,
            targetEntryId: null,
            appliesToMemberIds: ['another-commune'],
          },
        ],
        fleet: [],
        evidence: [
          {
            ...facts0.evidence[0],
            id: 'pe-1',
            commitmentId: 'k-b',
            kind: 'RUNNING_SERVICE',
            title: 'Serveurs sous Debian',
            fileKey: null,
            url: 'https://metro.example.org/debian',
            criterionIds: ['FS-SERVERS'],
            actions: [],
          },
          {
            ...facts0.evidence[0],
            id: 'pe-2',
            commitmentId: 'k-b',
            title: 'Délibération de la métropole',
            fileKey: null,
            criterionIds: ['SP-POLITICAL-BACKING'],
            actions: [{ evidenceId: 'pe-2', actionCode: '1.1' }],
          },
        ],
      } as unknown as ApplicationFacts['pooled'];
    });
    expect(text).toContain('Informatique mutualisée avec Grenoble-Alpes Métropole');
    expect(text).toContain(
      'Système d’exploitation des serveurs : en service, Debian (40 postes) (libre) ; pas de cible choisie (mutualisé)',
    );
    // The item the body keeps for another commune is not this commune's.
    expect(text).not.toContain('OpenCimetière');
    expect(text).toContain(
      'Serveurs sous Debian — Service en fonctionnement, 24 juin 2026 — https://metro.example.org/debian (preuve de Grenoble-Alpes Métropole, informatique mutualisée)',
    );
    // The council's backing is the commune's own decision: the body's deliberation is not evidence of it.
    expect(text).not.toContain('Délibération de la métropole');
  });

  it('writes French the house way: no-break spaces, apostrophes, words (libs/pact french/typography)', () => {
    for (const change of [undefined, empty]) {
      const { file } = fileOf(change);
      const texts = [file.title, ...file.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]))];
      expect(texts.flatMap((t) => frenchTypographyProblems(t))).toEqual([]);
    }
    // The Markdown keeps them.
    expect(renderMarkdown(fileOf().file)).toContain('Synthèse');
    expect(renderMarkdown(fileOf().file)).toMatch(/Critères remplis\u00a0: \d+ sur \d+/);
  });
});
