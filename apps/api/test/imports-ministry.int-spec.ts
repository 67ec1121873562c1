import type { Request } from 'express';
import type { Actor } from '../src/common/auth/actor';
import { ActorService } from '../src/modules/accounts/actor.service';
import { ImportsService, type ImportRequest } from '../src/modules/imports/imports.service';
import { createUser, grantRole } from './support/factories';
import { createTestApi, TestApi } from './support/test-app';

const PAGE = `query($id: ID!) { collectivity(id: $id) {
  commitment { source candidateList { name resultSource } }
  candidateLists { id name panel nuance outcome seats communitySeats resultRound }
} }`;

/**
 * The Ministry's files through the import engine, as a campaign moderator (no admin token): candidatures, results
 * wide (latin-1, older header spellings) and long (UTF-8), the register of elected officials; dry runs, all or
 * nothing, idempotent, a changed outcome withdrawing a commitment, an uncertain match decided in the review queue.
 */
describe('import:candidates, import:results, import:elected', () => {
  let api: TestApi;
  let imports: ImportsService;
  let moderator: Actor;
  let moderatorCookie: string;
  /** Six communes of the Hautes-Alpes that belong to an EPCI: code, name, id, EPCI's SIREN and id. */
  let communes: { code: string; name: string; id: string; epciCode: string; epciId: string }[];

  beforeAll(async () => {
    api = await createTestApi();
    imports = api.app.get(ImportsService);
    const user = await createUser(api, 'Modératrice Hautes-Alpes');
    await grantRole(api, user.id, 'CAMPAIGN_MODERATOR', { auditScope: 'DEPARTEMENT', auditScopeCode: '05' });
    moderatorCookie = user.cookie;
    // The actor a request with the moderator's session cookie resolves to (as the desk's upload does).
    const [name, value] = user.cookie.split('=');
    moderator = await api.app
      .get(ActorService)
      .resolve({ headers: {}, cookies: { [name]: value } } as unknown as Request);
    expect(moderator).toMatchObject({ kind: 'user', id: user.id });
    communes = await api.dataSource.query(
      `SELECT c.code, c.name, c.id, e.code AS "epciCode", e.id AS "epciId"
         FROM collectivity c JOIN collectivity e ON e.id = c.epci_id
        WHERE c.kind = 'COMMUNE' AND c.departement_code = '05' ORDER BY c.code LIMIT 6`,
    );
  });
  afterAll(() => api.close());

  const run = (kind: string, bytes: Buffer, dryRun: boolean, extra: Partial<ImportRequest> = {}) =>
    imports.run(moderator, { kind, bytes, dryRun, fileName: `${kind}.csv`, ...extra });
  const errors = (report: { problems: { severity: string }[] }) =>
    report.problems.filter((p) => p.severity === 'error');

  async function signingList(collectivityId: string, name: string, head: [string, string]) {
    const list = await api.ok(`mutation($i: CreateCandidateListInput!) { createCandidateList(input: $i) { id } }`, {
      i: { collectivityId, name },
    });
    const id = list.createCandidateList.id as string;
    await api.ok(`mutation($i: AddSignatoryInput!) { addSignatory(input: $i) { id } }`, {
      i: {
        candidateListId: id,
        scope: 'LIST',
        positionOnList: 1,
        commune: 'Commune',
        firstName: head[0],
        lastName: head[1],
        signedOn: '2026-02-01',
      },
    });
    return id;
  }
  const page = async (id: string) => (await api.ok(PAGE, { id })).collectivity;

  it('imports the whole chain, each file twice (the second run changes nothing)', async () => {
    const [a, b, c, d] = communes;
    const signingA = await signingList(a.id, 'Vivre ensemble', ['Zoé', 'Dupont-Martin']);
    await signingList(b.id, 'Agir pour demain', ['Luc', 'Bernard']);
    const signingC = await signingList(c.id, 'Ensemble pour la vallée', ['Anne', 'Moreau']);
    const signingD = await signingList(d.id, 'Liste du col', ['Marc', 'Roux']);

    // The candidatures, one row per candidate, UTF-8.
    const candidates = Buffer.from(
      [
        'Code du département;Code commune;Libellé commune;N° Panneau Liste;Libellé Etendu Liste;Nuance Liste;N° candidat;Nom candidat;Prénom candidat',
        `05;${d.code.slice(2)};${d.name};1;LISTE DU COL;LDIV;2;Faure;Julie`,
        `05;${d.code.slice(2)};${d.name};1;LISTE DU COL;LDIV;1;ROUX;Marc`,
        `05;${d.code.slice(2)};${d.name};2;Renouveau;LDVD;1;Blanc;Paul`,
      ].join('\n'),
    );
    const dryCandidates = await run('candidates', candidates, true);
    expect(errors(dryCandidates)).toEqual([]);
    expect(dryCandidates).toMatchObject({ created: 1, updated: 1, written: false });
    expect((await page(d.id)).candidateLists).toHaveLength(1);
    expect(await run('candidates', candidates, false)).toMatchObject({ created: 1, updated: 1, written: true });
    const lists = (await page(d.id)).candidateLists;
    expect(lists.find((l: any) => l.id === signingD)).toMatchObject({ panel: 1, nuance: 'LDIV' });
    expect(lists.find((l: any) => l.name === 'Renouveau')).toMatchObject({ panel: 2, nuance: 'LDVD' });
    expect(await run('candidates', candidates, false)).toMatchObject({ written: false, created: 0, updated: 0 });

    // The wide results of the first round, latin-1, with the older spellings (département "5", "N.Pan.", "Sieges").
    const wideHeader =
      'Code du département;Libellé du département;Code de la commune;Libellé de la commune;Inscrits;Votants;Exprimés;N.Pan.;Code Nuance;Sexe;Nom;Prénom;Liste;Sieges;Sièges Secteur;Sieges CC;Voix;% Voix/Exp';
    const block = (panel: number, head: [string, string], list: string, seats: number, cc: number, votes: number) =>
      `${panel};LDIV;F;${head[1]};${head[0]};${list};${seats};;${cc};${votes};50,0`;
    const row = (commune: (typeof communes)[number], ...blocks: string[]) =>
      [`5;Hautes-Alpes;${Number(commune.code.slice(2))};${commune.name};900;600;580`, ...blocks].join(';');
    const wide = Buffer.from(
      [
        wideHeader,
        row(
          a,
          block(1, ['ZOE', 'DUPONT MARTIN'], 'VIVRE ENSEMBLE', 11, 2, 400),
          block(2, ['Paul', 'Petit'], 'Autre voie', 4, 1, 180),
        ),
        row(
          b,
          block(1, ['Luc', 'Bernard'], 'Agir pour demain', 3, 0, 200),
          block(2, ['Léa', 'Girard'], 'Cap nouveau', 12, 2, 380),
        ),
        row(c, block(3, ['Anne', 'Moreau'], 'Liste citoyenne', 15, 3, 500)),
      ].join('\r\n'),
      'latin1',
    );
    const dryWide = await run('results', wide, true, { options: { round: '1' }, fileName: 'resultats-t1.txt' });
    expect(dryWide).toMatchObject({ encoding: 'windows-1252', separator: ';', rows: 3 });
    // A Ministry column the import does not need is said so, not sent to a mapping file the desk does not offer.
    expect(dryWide.problems.filter((p) => p.column === '% Voix/Exp')).toEqual([
      expect.objectContaining({ code: 'UNREAD_COLUMN', severity: 'warning' }),
    ]);
    expect(errors(dryWide)).toEqual([]);
    expect(dryWide.problems.filter((p) => p.code === 'REVIEW_QUEUED')).toHaveLength(1);
    expect((await page(a.id)).commitment).toBeNull();
    const realWide = await run('results', wide, false, { options: { round: '1' }, fileName: 'resultats-t1.txt' });
    expect(realWide).toMatchObject({ written: true, refused: 0 });

    // A: its signing list won: committed, with the file as the source.
    const pageA = await page(a.id);
    expect(pageA.commitment).toEqual({
      source: 'LIST_MAJORITY',
      candidateList: { name: 'Vivre ensemble', resultSource: 'resultats-t1.txt' },
    });
    expect(pageA.candidateLists.find((l: any) => l.id === signingA)).toMatchObject({
      panel: 1,
      outcome: 'MAJORITY',
      seats: 11,
      communitySeats: 2,
      resultRound: 1,
    });
    // B: another list won; C: uncertain, waiting in the review queue.
    expect((await page(b.id)).commitment).toBeNull();
    expect((await page(c.id)).commitment).toBeNull();
    const again = await run('results', wide, false, { options: { round: '1' }, fileName: 'resultats-t1.txt' });
    expect(again).toMatchObject({ written: false, created: 0, updated: 0 });

    // The moderator decides C's item: the list is the signing list; C is committed.
    const items = await api.ok(
      `query($c: ID) { reviewItems(kind: UNCERTAIN_LIST_MATCH, status: PENDING, collectivityId: $c, first: 10) { nodes { id } } }`,
      { c: c.id },
      { cookie: moderatorCookie },
    );
    expect(items.reviewItems.nodes).toHaveLength(1);
    await api.ok(
      `mutation($i: DecideReviewItemInput!) { decideReviewItem(input: $i) { status } }`,
      { i: { itemId: items.reviewItems.nodes[0].id, accept: true, choice: signingC } },
      { cookie: moderatorCookie },
    );
    expect((await page(c.id)).commitment).toMatchObject({ source: 'LIST_MAJORITY' });

    // A corrected file, long and UTF-8: in A the other list won. The commitment is withdrawn, not deleted.
    const long = Buffer.from(
      [
        'Code commune;Libellé commune;Numéro de panneau;Libellé de la liste;Nom tête de liste;Prénom tête de liste;Voix;Sièges au CM;Sièges au CC',
        `${a.code};${a.name};1;Vivre ensemble;Dupont-Martin;Zoé;180;4;1`,
        `${a.code};${a.name};2;Autre voie;Petit;Paul;400;11;2`,
      ].join('\n'),
    );
    const corrected = await run('results', long, false, {
      options: { round: '1' },
      fileName: 'resultats-t1-corrige.csv',
    });
    expect(errors(corrected)).toEqual([]);
    expect(corrected).toMatchObject({ updated: 2, written: true });
    expect((await page(a.id)).commitment).toBeNull();
    const [withdrawn] = await api.dataSource.query(
      `SELECT withdrawal_reason FROM commitment WHERE collectivity_id = $1 AND withdrawn_at IS NOT NULL`,
      [a.id],
    );
    expect(withdrawn.withdrawal_reason).toContain('resultats-t1-corrige.csv');
    expect(await run('results', long, false, { options: { round: '1' } })).toMatchObject({ written: false });

    // The register: the head of A's signing list sits on the community council of A's EPCI.
    const register = Buffer.from(
      [
        "Code du département;N° SIREN;Libellé de l'EPCI;Code de la commune;Libellé de la commune;Nom de l'élu;Prénom de l'élu;Libellé de la fonction",
        `05;${a.epciCode};EPCI;${a.code.slice(2)};${a.name};DUPONT-MARTIN;Zoé;Conseiller communautaire`,
        `05;${a.epciCode};EPCI;${a.code.slice(2)};${a.name};PERSONNE;Inconnue;Conseiller communautaire`,
      ].join('\n'),
    );
    const elected = await run('elected', register, false);
    expect(errors(elected)).toEqual([]);
    expect(elected).toMatchObject({ updated: 1, written: true });
    const council = await api.ok(`query($id: ID!) { collectivity(id: $id) { councilSignatories { lastName } } }`, {
      id: a.epciId,
    });
    expect(council.collectivity.councilSignatories).toEqual([{ lastName: 'Dupont-Martin' }]);
    expect(await run('elected', register, false)).toMatchObject({ written: false, updated: 0 });
  });

  it('reads a register of conseillers municipaux as each of its communes’ whole council: the other signatories were not elected', async () => {
    const [, , , , e, f] = communes;
    const listE = await signingList(e.id, 'Cap sur demain', ['Inès', 'Vidal']);
    await api.ok(`mutation($i: AddSignatoryInput!) { addSignatory(input: $i) { id } }`, {
      i: {
        candidateListId: listE,
        scope: 'PERSONAL',
        positionOnList: 7,
        commune: 'Commune',
        firstName: 'Hugo',
        lastName: 'Lenoir',
        signedOn: '2026-02-02',
      },
    });
    // F is not in the file: its signatory's outcome stays unknown.
    await signingList(f.id, 'Les voisins', ['Nina', 'Garnier']);
    const outcomes = async (communeId: string) =>
      (
        await api.ok(
          `query($id: ID!) { collectivity(id: $id) { candidateLists { signatories { lastName elected } } } }`,
          {
            id: communeId,
          },
        )
      ).collectivity.candidateLists
        .flatMap((l: { signatories: { lastName: string; elected: boolean | null }[] }) => l.signatories)
        .map((s: { lastName: string; elected: boolean | null }) => [s.lastName, s.elected])
        .sort();
    const register = Buffer.from(
      [
        "Code du département;Libellé du département;Code de la commune;Libellé de la commune;Nom de l'élu;Prénom de l'élu;Libellé de la fonction",
        `05;Hautes-Alpes;${e.code.slice(2)};${e.name};VIDAL;Inès;Maire`,
        `05;Hautes-Alpes;${e.code.slice(2)};${e.name};ROCHE;Paul;Conseiller municipal`,
      ].join('\n'),
    );
    const dry = await run('elected', register, true);
    expect(errors(dry)).toEqual([]);
    expect(dry).toMatchObject({ updated: 1, written: false });
    expect(await outcomes(e.id)).toEqual([
      ['Lenoir', null],
      ['Vidal', null],
    ]);
    expect(await run('elected', register, false)).toMatchObject({ updated: 1, written: true });
    expect(await outcomes(e.id)).toEqual([
      ['Lenoir', false],
      ['Vidal', true],
    ]);
    expect(await outcomes(f.id)).toEqual([['Garnier', null]]);
    expect(await run('elected', register, false)).toMatchObject({ written: false, updated: 0 });

    // A later register that names him confirms his election; one that no longer names her never takes hers back.
    const later = Buffer.from(
      ["Code de la commune;Nom de l'élu;Prénom de l'élu", `${e.code};Lenoir;Hugo`, `${e.code};Roche;Paul`].join('\n'),
    );
    expect(await run('elected', later, false)).toMatchObject({ updated: 1, written: true });
    expect(await outcomes(e.id)).toEqual([
      ['Lenoir', true],
      ['Vidal', true],
    ]);
  });

  it('says that sector seats (Paris, Lyon, Marseille) are not recorded, rather than drop them silently', async () => {
    const [, , , , , f] = communes;
    const file = Buffer.from(
      [
        'Code commune;Libellé commune;Numéro de panneau;Libellé de la liste;Nom tête de liste;Prénom tête de liste;Voix;Sièges au CM;Sièges Secteur',
        `${f.code};${f.name};1;Liste A;Durand;Léon;500;12;3`,
        `${f.code};${f.name};2;Liste B;Morel;Ana;300;3;0`,
      ].join('\n'),
    );
    const report = await run('results', file, true, { options: { round: '1' } });
    expect(errors(report)).toEqual([]);
    expect(report.problems.filter((p) => p.code === 'SECTOR_SEATS_NOT_RECORDED')).toEqual([
      expect.objectContaining({ line: 2, column: 'Sièges Secteur', value: '3', severity: 'warning' }),
    ]);
  });

  it('refuses a whole file for one bad row, naming it, and writes nothing', async () => {
    const [, , , d] = communes;
    const bad = Buffer.from(
      [
        'Code commune;Numéro de panneau;Libellé de la liste;Nom tête de liste;Prénom tête de liste;Voix;Sièges au CM',
        `${d.code};1;Liste du col;Roux;Marc;300;9`,
        `05999;1;Nulle part;X;Y;beaucoup;1`,
      ].join('\n'),
    );
    const before = await page(d.id);
    const report = await run('results', bad, false, { options: { round: '2' } });
    expect(report.written).toBe(false);
    expect(errors(report).map((p: any) => [p.line, p.code])).toEqual(
      expect.arrayContaining([
        [3, 'INVALID_NUMBER'],
        [3, 'UNKNOWN_COMMUNE'],
      ]),
    );
    expect(await page(d.id)).toEqual(before);
  });
});
