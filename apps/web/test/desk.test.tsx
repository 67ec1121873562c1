import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AccountPage from '../src/features/account/components/AccountPage';
import { SessionProvider, type Me } from '../src/features/account/hooks/useSession';
import { http, HttpResponse } from 'msw';
import DeskPage from '../src/features/desk/components/DeskPage';
import { server } from './support/msw';
import { mockGraphQL, renderWithProviders } from './support/render';

const admin: Me = {
  id: 'u-admin',
  displayName: 'Alex',
  email: 'alex@example.org',
  signedInWithProvider: false,
  roles: [
    { id: 'g-admin', role: 'ADMIN', status: 'ACTIVE', auditScope: null, auditScopeCode: null, collectivity: null },
  ],
};
const resident: Me = { ...admin, id: 'u-res', displayName: 'Sam', roles: [] };

const requests = [
  {
    id: 'r1',
    requesterName: 'Claude Dupont',
    requesterEmailDomain: 'april.org',
    reason: 'Groupe local de l’April en Isère.',
    role: 'AUDITOR',
    status: 'REQUESTED',
    auditScope: 'DEPARTEMENT',
    auditScopeCode: '38',
    auditScopeName: 'Isère',
    requestedAt: '2026-06-01T10:00:00Z',
    collectivity: null,
  },
  {
    id: 'r2',
    requesterName: 'Dominique Martin',
    requesterEmailDomain: 'ville-malakoff.fr',
    reason: 'Première adjointe, chargée du numérique.',
    role: 'ELECTED_OFFICIAL',
    status: 'REQUESTED',
    auditScope: null,
    auditScopeCode: null,
    auditScopeName: null,
    requestedAt: '2026-06-02T10:00:00Z',
    collectivity: { id: 'c-92046', kind: 'COMMUNE', code: '92046', name: 'Malakoff' },
  },
];

function renderDesk() {
  renderWithProviders(
    <SessionProvider>
      <DeskPage />
    </SessionProvider>,
    { path: '/campagne' },
  );
}

describe('the campaign desk (/campagne)', () => {
  it('lists every role request the administrator may decide, and decides one only once confirmed', async () => {
    const user = userEvent.setup();
    let pending = requests;
    const calls = mockGraphQL({
      DeskDeclarations: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
      DeskListMatches: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
      Me: () => ({ me: admin }),
      PendingRoleRequests: () => ({ pendingRoleRequests: pending }),
      DecideRoleRequest: (v) => {
        const { grantId, approve } = v.input as { grantId: string; approve: boolean };
        pending = pending.filter((r) => r.id !== grantId);
        return { decideRoleRequest: { id: grantId, status: approve ? 'ACTIVE' : 'REFUSED' } };
      },
    });
    renderDesk();
    expect(await screen.findByRole('heading', { level: 1, name: 'Bureau de campagne' })).toBeInTheDocument();
    const items = await screen.findAllByTestId('pending-role-request');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Claude Dupont demande le rôle auditeur·rice');
    // One sentence: who, which role, when and where, then the address's domain.
    expect(items[0].querySelector('p')?.textContent).toMatch(
      /^Claude Dupont demande le rôle auditeur·rice \(le .+\) sur Isère \(38\)\. Adresse en @april\.org$/,
    );
    expect(items[0]).toHaveTextContent('Groupe local de l’April en Isère.');
    expect(within(items[1]).getByRole('link', { name: 'sur Malakoff' })).toHaveAttribute(
      'href',
      '/collectivite/commune/92046',
    );
    // The whole address never shows, only the domain.
    expect(document.body).not.toHaveTextContent('@example.org');
    expect(calls.find((c) => c.operationName === 'PendingRoleRequests')?.variables).toEqual({ collectivityId: null });

    await user.click(within(items[1]).getByRole('button', { name: 'Refuser la demande de Dominique Martin' }));
    expect(
      within(items[1]).getByRole('group', { name: /^Refuser à Dominique Martin le rôle élu·e sur Malakoff\s\?$/ }),
    ).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'DecideRoleRequest')).toBeUndefined();
    await user.click(within(items[1]).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(screen.getAllByTestId('pending-role-request')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'DecideRoleRequest')?.variables).toEqual({
      input: { grantId: 'r2', approve: false },
    });
    expect(screen.getByText('Décision enregistrée.')).toBeInTheDocument();
  });

  it('shows a moderator the role requests to decide and the signing-form entry (the API checks their territory)', async () => {
    const moderator: Me = {
      ...admin,
      id: 'u-mod',
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
    mockGraphQL({
      Me: () => ({ me: moderator }),
      PendingRoleRequests: () => ({ pendingRoleRequests: requests }),
      DeskDeclarations: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
      DeskListMatches: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
    });
    renderDesk();
    expect(await screen.findAllByTestId('pending-role-request')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 1, name: 'Bureau de campagne' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Saisir un formulaire de signature' })).toBeInTheDocument();
  });

  it('shows an administrator the signing-form entry too', async () => {
    mockGraphQL({
      Me: () => ({ me: admin }),
      PendingRoleRequests: () => ({ pendingRoleRequests: [] }),
      DeskDeclarations: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
      DeskListMatches: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
    });
    renderDesk();
    expect(await screen.findByRole('heading', { name: 'Saisir un formulaire de signature' })).toBeInTheDocument();
  });

  it('is not for a user without a desk role, who sees no request', async () => {
    const calls = mockGraphQL({ Me: () => ({ me: resident }) });
    renderDesk();
    expect(
      await screen.findByText('Ce bureau est réservé à l’équipe de campagne et aux administrateur·rices.'),
    ).toBeInTheDocument();
    expect(calls.map((c) => c.operationName)).toEqual(['Me']);
  });
});

/** The account page, and its form to ask for the auditor role. */
async function renderAuditorRequest() {
  renderWithProviders(
    <SessionProvider>
      <AccountPage />
    </SessionProvider>,
    { path: '/mon-compte' },
  );
  return within(await screen.findByTestId('auditor-request'));
}

describe('asking for the auditor role (/mon-compte)', () => {
  it('asks for a département with a reason, checked by the rulebook before sending', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      DeskDeclarations: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
      DeskListMatches: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
      Me: () => ({ me: resident }),
      MyAccount: () => ({ me: { ...resident, roles: [], following: [] } }),
      RequestRole: () => ({ requestRole: { id: 'g1', role: 'AUDITOR', status: 'REQUESTED' } }),
    });
    const form = await renderAuditorRequest();
    // Only the platform's administrators decide an auditor's request: the requester is told so.
    expect(
      form.getByText(/Seul·es les administrateur·rices de la plateforme décident de cette demande/),
    ).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Demander le rôle d’auditeur·rice' }));
    expect(form.getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    await user.type(form.getByLabelText('Code officiel du territoire'), 'Isère');
    expect(form.getByText(/Saisissez un code de région ou de département/)).toBeInTheDocument();
    await user.clear(form.getByLabelText('Code officiel du territoire'));
    await user.type(form.getByLabelText('Code officiel du territoire'), '2a');
    await user.type(form.getByLabelText('Pourquoi demandez-vous ce rôle ?'), 'Association Linux Corse');
    await user.click(form.getByRole('button', { name: 'Demander le rôle d’auditeur·rice' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'RequestRole')?.variables).toEqual({
        input: { role: 'AUDITOR', auditScope: 'DEPARTEMENT', auditScopeCode: '2A', reason: 'Association Linux Corse' },
      }),
    );
  });

  it('names the territory asked for from the referential, and who decides', async () => {
    // Claude Dupont's request (the desk's first one), as the requester's own account shows it.
    const { id, role, status, auditScope, auditScopeCode, auditScopeName, requestedAt } = requests[0];
    const asked = {
      id,
      role,
      status,
      auditScope,
      auditScopeCode,
      auditScopeName,
      requestedAt,
      decidedAt: null,
      collectivity: null,
    };
    mockGraphQL({
      Me: () => ({ me: resident }),
      MyAccount: () => ({ me: { ...resident, roles: [asked], following: [] } }),
    });
    const form = await renderAuditorRequest();
    expect(
      form.getByText(
        'Votre demande de rôle d’auditeur·rice sur Isère (38) attend la décision d’un·e administrateur·rice de la plateforme.',
      ),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('le département 38');
  });
});

/** The desk of an administrator who finds Échirolles, whose candidate lists `lists` gives at each request. */
function echirollesDesk(lists: () => unknown[]) {
  return {
    DeskDeclarations: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
    DeskListMatches: () => ({ reviewItems: { totalCount: 0, nodes: [] } }),
    Me: () => ({ me: admin }),
    PendingRoleRequests: () => ({ pendingRoleRequests: [] }),
    DeskCommune: () => ({
      collectivity: {
        id: 'c-38151',
        kind: 'COMMUNE',
        code: '38151',
        name: 'Échirolles',
        postcodes: ['38130'],
        candidateLists: lists(),
      },
    }),
  };
}

describe('entering a signing form by hand (/campagne)', () => {
  it('finds the commune, creates its list, checks the form with the rulebook and records it', async () => {
    const user = userEvent.setup();
    let lists: { id: string; name: string; headOfList: string | null; signatories: [] }[] = [];
    const calls = mockGraphQL({
      ...echirollesDesk(() => lists),
      DeskCreateCandidateList: (v) => {
        const input = v.input as { name: string; headOfList: string };
        lists = [
          {
            id: '5b0f8a3e-2c1d-4e5f-9a6b-7c8d9e0f1a2b',
            name: input.name,
            headOfList: input.headOfList,
            signatories: [],
          },
        ];
        return { createCandidateList: lists[0] };
      },
      DeskAddSignatory: () => ({
        addSignatory: { id: 's-1', firstName: 'Élise', lastName: 'Martin', scope: 'LIST', signedOn: '2026-02-10' },
      }),
    });
    renderDesk();
    const desk = within(await screen.findByTestId('desk-signing-form'));
    await user.type(desk.getByLabelText('Code INSEE de la commune'), '38151');
    await user.click(desk.getByRole('button', { name: 'Chercher la commune' }));
    expect(await desk.findByText('Échirolles (38151)')).toBeInTheDocument();
    // The rulebook's candidateListCreateSchema, as the API applies it: a name of one letter is refused here.
    await user.type(desk.getByLabelText('Nouvelle liste : nom'), 'É');
    await user.click(desk.getByRole('button', { name: 'Créer la liste' }));
    expect(desk.getByLabelText('Nouvelle liste : nom')).toHaveAccessibleDescription('Ce texte est trop court.');
    expect(calls.find((c) => c.operationName === 'DeskCreateCandidateList')).toBeUndefined();
    await user.type(desk.getByLabelText('Nouvelle liste : nom'), 'chirolles libre');
    await user.type(desk.getByLabelText('Tête de liste'), 'Camille Martin');
    await user.click(desk.getByRole('button', { name: 'Créer la liste' }));
    await waitFor(() =>
      expect(desk.getByLabelText<HTMLSelectElement>('Liste').value).toBe('5b0f8a3e-2c1d-4e5f-9a6b-7c8d9e0f1a2b'),
    );

    await user.type(desk.getByLabelText('Nom'), 'Martin');
    await user.type(desk.getByLabelText('Prénom'), 'Élise');
    await user.type(desk.getByLabelText('Code postal'), '3813');
    await user.type(desk.getByLabelText('Courriel'), 'camille@');
    await user.click(desk.getByRole('button', { name: 'Enregistrer le formulaire' }));
    expect(desk.getByText('Saisissez un code postal à cinq chiffres (38130).')).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'DeskAddSignatory')).toBeUndefined();

    await user.type(desk.getByLabelText('Code postal'), '0');
    await user.type(desk.getByLabelText('Courriel'), 'Example.org');
    await user.type(desk.getByLabelText('Téléphone'), '04 76 20 63 00');
    await user.type(desk.getByLabelText('Position sur la liste'), '1');
    await user.type(desk.getByLabelText('Parti(s), séparés par des virgules'), 'Les Écologistes, PS');
    await user.type(desk.getByLabelText('Fait à'), 'Échirolles');
    await user.type(desk.getByLabelText('Le'), '2026-02-10');
    await user.click(desk.getByRole('button', { name: 'Enregistrer le formulaire' }));
    // « d’Élise », never « de Élise »: the elision of libs/pact `ofName`.
    expect(await desk.findByText('Formulaire d’Élise Martin enregistré.')).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'DeskAddSignatory')?.variables).toEqual({
      input: {
        candidateListId: '5b0f8a3e-2c1d-4e5f-9a6b-7c8d9e0f1a2b',
        scope: 'LIST',
        positionOnList: 1,
        parties: ['Les Écologistes', 'PS'],
        website: null,
        commune: 'Échirolles',
        postcode: '38130',
        lastName: 'Martin',
        firstName: 'Élise',
        phone: '04 76 20 63 00',
        email: 'camille@example.org',
        signedPlace: 'Échirolles',
        signedOn: '2026-02-10',
      },
    });
  });

  it('attaches a signed PDF later to a recorded signature, and shows when each one came', async () => {
    const user = userEvent.setup();
    let received: string | null = null;
    const uploads: { id: string; withFile: boolean }[] = [];
    server.use(
      http.post('*/signatories/:id/signed-form', async ({ params, request }) => {
        const file = (await request.formData()).get('file');
        // jsdom's File reaches the stand-in API as a part of the form, not always as a file of its realm.
        uploads.push({ id: String(params.id), withFile: file !== null });
        received = '2026-03-02';
        return HttpResponse.json({ id: params.id, signedFormReceivedOn: received });
      }),
    );
    mockGraphQL({
      ...echirollesDesk(() => [
        {
          id: 'l-1',
          name: 'Échirolles libre',
          headOfList: 'Camille Martin',
          signatories: [
            { id: 's-1', firstName: 'Camille', lastName: 'Martin', signedFormReceivedOn: '2026-02-11' },
            { id: 's-2', firstName: 'Dominique', lastName: 'Roux', signedFormReceivedOn: received },
          ],
        },
      ]),
    });
    renderDesk();
    const desk = within(await screen.findByTestId('desk-signing-form'));
    await user.type(desk.getByLabelText('Code INSEE de la commune'), '38151');
    await user.click(desk.getByRole('button', { name: 'Chercher la commune' }));
    const rows = await desk.findAllByTestId('desk-signed-form');
    expect(rows.map((r) => r.querySelector('p')?.textContent)).toEqual([
      'Camille Martin (Échirolles libre) — formulaire signé reçu le 11 février 2026',
      'Dominique Roux (Échirolles libre) — pas encore de formulaire signé',
    ]);
    const pdf = new File(['%PDF-1.7'], 'formulaire.pdf', { type: 'application/pdf' });
    await user.upload(desk.getByLabelText('Formulaire signé de Dominique Roux (PDF)'), pdf);
    await user.click(desk.getByRole('button', { name: 'Joindre le formulaire signé de Dominique Roux' }));
    expect(await desk.findByText('Formulaire signé joint.')).toBeInTheDocument();
    expect(uploads).toEqual([{ id: 's-2', withFile: true }]);
    // The commune is asked again: the signature now shows the day its signed form came.
    await waitFor(() =>
      expect(desk.getAllByTestId('desk-signed-form')[1].querySelector('p')?.textContent).toBe(
        'Dominique Roux (Échirolles libre) — formulaire signé reçu le 2 mars 2026',
      ),
    );
  });
});
