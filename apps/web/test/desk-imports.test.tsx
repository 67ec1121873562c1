import type { ImportReport } from '@pacte/pact';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionProvider, type Me } from '../src/features/account/hooks/useSession';
import DeskPage from '../src/features/desk/components/DeskPage';
import { mockGraphQL, renderWithProviders } from './support/render';

const moderator: Me = {
  id: 'u-mod',
  displayName: 'Modératrice',
  email: 'moderation@example.org',
  signedInWithProvider: false,
  roles: [
    {
      id: 'g-mod',
      role: 'CAMPAIGN_MODERATOR',
      status: 'ACTIVE',
      auditScope: 'DEPARTEMENT',
      auditScopeCode: '38',
      collectivity: null,
    },
  ],
};

const report = (over: Partial<ImportReport>): ImportReport => ({
  kind: 'signatures',
  dryRun: true,
  written: false,
  fileHash: 'hash-1',
  encoding: 'windows-1252',
  separator: ';',
  rows: 3,
  created: 0,
  updated: 0,
  unchanged: 0,
  refused: 0,
  problems: [],
  ...over,
});

interface Upload {
  url: string;
  /** The text parts (the file part aside). */
  fields: Record<string, string>;
  hasFile: boolean;
}

/** Answers POST /imports/{kind} with `answer` (the fetch the desk's upload uses); records what was sent. */
function acceptImports(answer: (upload: Upload) => { status: number; body: unknown }): Upload[] {
  const graphql = globalThis.fetch;
  const uploads: Upload[] = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (url: unknown, init?: RequestInit) => {
    if (!String(url).startsWith('/imports/')) return graphql(url as string, init);
    const form = init!.body as FormData;
    const fields: Record<string, string> = {};
    for (const [name, value] of form.entries()) if (typeof value === 'string' && name !== 'file') fields[name] = value;
    const upload = { url: String(url), fields, hasFile: form.has('file') };
    uploads.push(upload);
    const { status, body } = answer(upload);
    return { ok: status < 400, status, json: async () => body } as Response;
  });
  return uploads;
}

const matchPayload = {
  electionCode: 'MUNICIPALES_2026',
  round: 1,
  source: { file: 'resultats-t1.csv', line: 7 },
  result: {
    panel: 3,
    listName: 'Liste citoyenne',
    headOfList: 'Anne Moreau',
    nuance: 'LDIV',
    votes: 500,
    seats: 15,
    communitySeats: 3,
    outcome: 'MAJORITY',
  },
  candidates: [
    {
      candidateListId: '0b7c2f4e-0000-4000-8000-000000000001',
      name: 'Ensemble pour la vallée',
      headOfList: 'Anne Moreau',
      score: 0.6,
    },
    { candidateListId: '0b7c2f4e-0000-4000-8000-000000000002', name: 'Citoyens d’abord', headOfList: null, score: 0.4 },
  ],
};

/** The desk's own queries for a moderator with nothing pending: what the import screens need around them. */
function mockDesk() {
  return mockGraphQL({
    Me: () => ({ me: moderator }),
    PendingRoleRequests: () => ({ pendingRoleRequests: [] }),
    DeskDeclarations: noItems,
    DeskListMatches: noItems,
  });
}

function renderDesk(locale?: 'fr' | 'en') {
  return renderWithProviders(
    <SessionProvider>
      <DeskPage />
    </SessionProvider>,
    { path: '/campagne', locale },
  );
}

/** French typography as the messages write it (a no-break space inside « » and before : ; ! ?), for exact names. */
const french = (text: string) => text.replace(/« /g, '«\u00a0').replace(/ ([»:;!?])/g, '\u00a0$1');

const noItems = () => ({ reviewItems: { totalCount: 0, nodes: [] } });

afterEach(() => jest.restoreAllMocks());

describe('the desk’s import screen', () => {
  it('checks a file, names its bad rows in the interface’s language, then confirms the fixed file by its hash', async () => {
    const user = userEvent.setup();
    const calls = mockDesk();
    const uploads = acceptImports(({ fields }) => {
      if (uploads.length === 1) {
        return {
          status: 200,
          body: report({
            kind: 'results',
            refused: 1,
            problems: [
              { line: 3, column: 'Voix', value: 'beaucoup', code: 'INVALID_NUMBER', severity: 'error' },
              { line: 3, column: 'Code commune', value: '05999', code: 'UNKNOWN_COMMUNE', severity: 'error' },
              { line: null, column: null, value: '% Voix/Exp', code: 'UNREAD_COLUMN', severity: 'warning' },
            ],
          }),
        };
      }
      return fields.dryRun === 'true'
        ? { status: 200, body: report({ kind: 'results', fileHash: 'hash-ok', created: 2, updated: 4, unchanged: 1 }) }
        : {
            status: 200,
            body: report({
              kind: 'results',
              dryRun: false,
              written: true,
              fileHash: 'hash-ok',
              created: 2,
              updated: 4,
            }),
          };
    });
    renderDesk();
    const screenRegion = within(await screen.findByTestId('desk-imports'));
    await user.click(screenRegion.getByLabelText(/Résultats \(ministère\)/));
    await user.selectOptions(screenRegion.getByLabelText('Tour'), '2');
    await user.upload(
      screenRegion.getByLabelText('Fichier CSV'),
      new File(['Code commune;Voix\n05999;beaucoup'], 'resultats-faux.csv', { type: 'text/csv' }),
    );
    // The mapping file is for signatures only.
    expect(screenRegion.queryByLabelText(/Fichier de correspondance/)).not.toBeInTheDocument();
    await user.click(screenRegion.getByRole('button', { name: 'Vérifier le fichier' }));

    const bad = within(await screen.findByTestId('import-report'));
    expect(uploads[0]).toEqual({
      url: '/imports/results',
      fields: { dryRun: 'true', round: '2' },
      hasFile: true,
    });
    expect(bad.getByRole('alert')).toHaveTextContent('Le fichier a 2 problèmes bloquants : rien ne sera enregistré.');
    const rows = bad
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent?.replace(/\s+/g, ' ')),
      );
    expect(rows).toEqual([
      ['3', 'Voix', 'beaucoup', 'Nombre invalide.'],
      ['3', 'Code commune', '05999', 'Commune introuvable dans le référentiel.'],
      ['—', '—', '% Voix/Exp', 'Avertissement : Colonne non lue : % Voix/Exp (cet import n’en a pas besoin).'],
    ]);
    expect(bad.queryByRole('button', { name: 'Importer ce fichier' })).not.toBeInTheDocument();

    await user.upload(
      screenRegion.getByLabelText('Fichier CSV'),
      new File(['Code commune;Voix\n05001;300'], 'resultats-t2.csv', { type: 'text/csv' }),
    );
    expect(screen.queryByTestId('import-report')).not.toBeInTheDocument();
    await user.click(screenRegion.getByRole('button', { name: 'Vérifier le fichier' }));
    const good = within(await screen.findByTestId('import-report'));
    expect(good.getByTestId('import-counts')).toHaveTextContent(
      '3 lignes lues — à créer : 2 ; à modifier : 4 ; sans changement : 1 ; lignes refusées : 0.',
    );
    await user.click(good.getByRole('button', { name: 'Importer ce fichier' }));
    expect(uploads).toHaveLength(2);
    await user.click(good.getByRole('button', { name: 'Confirmer' }));
    await screen.findByText('Import enregistré.');
    expect(uploads[2]).toEqual({
      url: '/imports/results',
      fields: { dryRun: 'false', expectedHash: 'hash-ok', round: '2' },
      hasFile: true,
    });
    expect(screen.getByTestId('import-counts')).toHaveTextContent('créés : 2 ; modifiés : 4');
    // The real run may have queued matches: the queue is asked again.
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'DeskListMatches')).toHaveLength(2));
  });

  it('says a file refused as a whole (a missing column) was refused before its rows were examined, in both languages', async () => {
    const user = userEvent.setup();
    mockDesk();
    acceptImports(() => ({
      status: 200,
      body: report({
        rows: 40,
        problems: [
          {
            line: 1,
            column: 'Commune',
            value: null,
            code: 'MISSING_COLUMN',
            severity: 'error',
            expected: 'Commune, Ville',
          },
        ],
      }),
    }));
    const check = async (locale: 'fr' | 'en', fileLabel: string, button: string) => {
      const rendered = renderDesk(locale);
      const region = within(await screen.findByTestId('desk-imports'));
      await user.upload(region.getByLabelText(fileLabel), new File(['Nom;Prénom\nDupont;Ana'], 'sans-commune.csv'));
      await user.click(region.getByRole('button', { name: button }));
      const shown = within(await screen.findByTestId('import-report'));
      const texts = [shown.getByTestId('import-counts').textContent, shown.getByRole('alert').textContent];
      rendered.unmount();
      return texts.map((t) => t?.replace(/\s+/g, ' '));
    };
    expect(await check('fr', 'Fichier CSV', 'Vérifier le fichier')).toEqual([
      '40 lignes lues, pas encore examinées : le fichier est refusé en entier.',
      'Le fichier est refusé avant l’examen de ses lignes : rien ne sera enregistré. Corrigez le problème indiqué ci-dessous, puis vérifiez à nouveau le fichier.',
    ]);
    expect(await check('en', 'CSV file', 'Check the file')).toEqual([
      '40 rows read, not examined yet: the whole file is refused.',
      'The file is refused before its rows are examined: nothing will be written. Fix the problem listed below, then check the file again.',
    ]);
  });

  it('says in English why a file was refused, never a stack trace', async () => {
    const user = userEvent.setup();
    mockDesk();
    acceptImports(() => ({
      status: 413,
      body: { statusCode: 413, code: 'IMPORT_FILE_TOO_LARGE', message: 'The file is larger than 20971520 bytes' },
    }));
    renderDesk('en');
    const region = within(await screen.findByTestId('desk-imports'));
    await user.upload(region.getByLabelText('CSV file'), new File(['x'], 'huge.csv', { type: 'text/csv' }));
    await user.click(region.getByRole('button', { name: 'Check the file' }));
    expect(await region.findByRole('alert')).toHaveTextContent('The file is too large to import (20 MB at most).');
    expect(screen.queryByTestId('import-report')).not.toBeInTheDocument();
  });
});

describe('the desk’s queue of uncertain list matches', () => {
  it('shows the file’s list and the commune’s lists, and accepts only once one is chosen and confirmed', async () => {
    const user = userEvent.setup();
    let items = [
      {
        id: 'ri-1',
        payloadJson: JSON.stringify(matchPayload),
        createdAt: '2026-03-16T08:00:00Z',
        collectivity: { id: 'c-05003', kind: 'COMMUNE', code: '05003', name: 'Ancelle', commitment: null },
      },
    ];
    const calls = mockGraphQL({
      Me: () => ({ me: moderator }),
      PendingRoleRequests: () => ({ pendingRoleRequests: [] }),
      DeskDeclarations: noItems,
      DeskListMatches: () => ({ reviewItems: { totalCount: items.length, nodes: items } }),
      DecideReviewItem: (v) => {
        items = [];
        const input = v.input as { itemId: string; choice: string | null; reason: string | null };
        return { decideReviewItem: { id: input.itemId, status: 'ACCEPTED', choice: input.choice, reason: null } };
      },
    });
    renderDesk();
    const entry = within(await screen.findByTestId('list-match'));
    expect(entry.getByRole('link', { name: 'Ancelle' })).toHaveAttribute('href', '/collectivite/commune/05003');
    expect(entry.getByText('Fichier resultats-t1.csv, ligne 7, tour 1')).toBeInTheDocument();
    expect(
      entry.getByText('Liste du fichier : « Liste citoyenne », tête de liste Anne Moreau, panneau n° 3.'),
    ).toBeInTheDocument();
    expect(entry.getByText('Elle a remporté la majorité.')).toBeInTheDocument();
    const choices = within(entry.getByRole('group', { name: french('La liste « Liste citoyenne » du fichier est :') }));
    expect(
      choices.getAllByRole('radio').map((r) => r.closest('label')?.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      'la liste « Ensemble pour la vallée » de la commune (tête de liste : Anne Moreau)',
      'la liste « Citoyens d’abord » de la commune (tête de liste : non renseigné)',
      'aucune de ces listes : une liste à part',
    ]);

    // Nothing chosen yet: the confirmation asks for a choice and does not send.
    await user.click(
      entry.getByRole('button', { name: french('Accepter le rapprochement de « Liste citoyenne » à Ancelle') }),
    );
    expect(entry.getByText('Choisissez d’abord la liste qui correspond.')).toBeInTheDocument();
    await user.click(entry.getByRole('button', { name: 'Confirmer' }));
    expect(calls.find((c) => c.operationName === 'DecideReviewItem')).toBeUndefined();

    await user.click(choices.getByLabelText(/Ensemble pour la vallée/));
    await user.click(entry.getByRole('button', { name: 'Confirmer' }));
    await screen.findByText('Décision enregistrée.');
    expect(calls.find((c) => c.operationName === 'DecideReviewItem')?.variables).toEqual({
      input: { itemId: 'ri-1', accept: true, reason: null, choice: '0b7c2f4e-0000-4000-8000-000000000001' },
    });
    await waitFor(() => expect(screen.queryByTestId('list-match')).not.toBeInTheDocument());
    expect(screen.getByText('Aucune liste d’un fichier du ministère n’attend de rapprochement.')).toBeInTheDocument();
  });
});
