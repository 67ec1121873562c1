import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionProvider } from '../src/features/account/hooks/useSession';
import { MigrationSection } from '../src/features/migration/components/MigrationSection';
import { echirollesMigration, meWith, ubuntuEntry, windowsItem } from './support/migration-fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.setTimeout(20_000);
jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const itManager = () => ({ me: meWith([{ role: 'IT_MANAGER', collectivityId: 'c-38151' }]) });
const apiError = (code: string) => ({ errors: [{ message: code, extensions: { code } }] });

function renderSection() {
  return renderWithProviders(
    <SessionProvider>
      <MigrationSection collectivityId="c-38151" />
    </SessionProvider>,
  );
}

describe('inventory editing', () => {
  it('shows no editing control to a contributor, whose role does not keep the inventory', async () => {
    const calls = mockGraphQL({
      Me: () => ({ me: meWith([{ role: 'CONTRIBUTOR', collectivityId: 'c-38151' }]) }),
      CollectivityMigration: () => echirollesMigration(),
    });
    renderSection();
    await screen.findByTestId('inventory-figures');
    await waitFor(() => expect(screen.getByTestId('awarded-labels')).toBeInTheDocument());
    // The session was read (and had time to settle) before concluding that nothing is offered.
    expect(calls.map((c) => c.operationName)).toContain('Me');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('inventory-editing')).not.toBeInTheDocument();
    expect(screen.queryByTestId('record-label')).not.toBeInTheDocument();
  });

  it('adds a software picked from the catalogue by category, validating as you type, then reloads the inventory', async () => {
    const user = userEvent.setup();
    let added = false;
    const calls = mockGraphQL({
      Me: itManager,
      CollectivityMigration: () => echirollesMigration(added ? [windowsItem()] : []),
      SoftwareCatalogueSearch: (v) => ({
        softwareCatalogue:
          v.category === 'WORKSTATION_OS' || v.query === 'ubun'
            ? { totalCount: 1, nodes: [ubuntuEntry()] }
            : { totalCount: 0, nodes: [] },
      }),
      SoftwareUsers: () => ({
        softwareUsers: [
          {
            relation: 'TARGET',
            stage: 'DEFAULT',
            runsIt: true,
            collectivity: { id: 'c-92046', kind: 'COMMUNE', code: '92046', name: 'Malakoff' },
          },
          {
            relation: 'TARGET',
            stage: 'PILOT',
            runsIt: false,
            collectivity: { id: 'c-38151', kind: 'COMMUNE', code: '38151', name: 'Échirolles' },
          },
        ],
      }),
      AddInventoryItem: () => {
        added = true;
        return { addInventoryItem: { id: 'item-w10' } };
      },
    });
    renderSection();
    expect(
      await screen.findByText('Aucun logiciel n’est encore inventorié pour cette collectivité.'),
    ).toBeInTheDocument();
    const editing = within(await screen.findByTestId('inventory-editing'));
    await user.click(editing.getByText('Ajouter un logiciel à l’inventaire'));
    const form = within(editing.getByRole('form', { name: 'Ajouter un logiciel à l’inventaire' }));

    await user.click(form.getByRole('button', { name: 'Ajouter à l’inventaire' }));
    expect(form.getByLabelText('Catégorie')).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(form.getByLabelText('Logiciel en usage, à remplacer')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((c) => c.operationName === 'AddInventoryItem')).toBe(false);

    // With a category and an empty search box, the catalogue offers that category's alternatives.
    await user.selectOptions(form.getByLabelText('Catégorie'), 'WORKSTATION_OS');
    const ubuntu = await form.findByRole('button', {
      name: /Ubuntu · alternative citée par le pacte · distribution de logiciels libres · remplace Microsoft Windows/,
    });
    expect(calls.find((c) => c.operationName === 'SoftwareCatalogueSearch')?.variables).toEqual({
      query: null,
      category: 'WORKSTATION_OS',
      first: 8,
    });
    await user.click(ubuntu);
    expect(form.getByTestId('catalogue-choice')).toHaveTextContent('Ubuntu');
    expect(form.getByRole('button', { name: 'Changer de logiciel' })).toHaveFocus();
    // Who else uses it: the other collectivities, not this one.
    const users = await form.findByTestId('software-users');
    expect(users).toHaveTextContent('Aussi utilisé par : Malakoff (en service)');
    expect(users).not.toHaveTextContent('Échirolles');

    await user.type(form.getByLabelText('Logiciel en usage, à remplacer'), 'Windows 10');
    await user.type(form.getByLabelText('Postes ou utilisateur·rices (facultatif)'), '-3');
    expect(form.getByText('Saisissez un nombre entier positif ou nul.')).toBeInTheDocument();
    await user.clear(form.getByLabelText('Postes ou utilisateur·rices (facultatif)'));
    await user.type(form.getByLabelText('Postes ou utilisateur·rices (facultatif)'), '280');
    expect(form.queryByText('Saisissez un nombre entier positif ou nul.')).not.toBeInTheDocument();
    await user.selectOptions(form.getByLabelText('Étape atteinte aujourd’hui'), 'PILOT');
    fireEvent.change(form.getByLabelText('Date à laquelle cette étape a été atteinte'), {
      target: { value: '2026-05-02' },
    });
    await user.click(form.getByRole('button', { name: 'Ajouter à l’inventaire' }));

    expect(await form.findByText('Logiciel ajouté à l’inventaire.')).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'AddInventoryItem')?.variables).toEqual({
      input: {
        collectivityId: 'c-38151',
        category: 'WORKSTATION_OS',
        productName: 'Windows 10',
        productIsFree: false,
        productEntryId: null,
        targetEntryId: 'entry-ubuntu',
        seats: 280,
        audience: 'STAFF',
        contractEndsOn: null,
        renewalOn: null,
        yearlyCost: null,
        stage: 'PILOT',
        stageReachedOn: '2026-05-02',
        plannedStages: [],
        notes: null,
      },
    });
    expect(await screen.findByRole('table', { name: /Inventaire des logiciels/ })).toHaveTextContent('Windows 10');
    expect(calls.filter((c) => c.operationName === 'CollectivityMigration')).toHaveLength(2);
  });

  it('starts the next addition afresh: no category, an empty search box and none of the previous results', async () => {
    const user = userEvent.setup();
    mockGraphQL({
      Me: itManager,
      CollectivityMigration: () => echirollesMigration([]),
      SoftwareCatalogueSearch: (v) => ({
        softwareCatalogue:
          v.query === 'ubun' ? { totalCount: 1, nodes: [ubuntuEntry()] } : { totalCount: 0, nodes: [] },
      }),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      AddInventoryItem: () => ({ addInventoryItem: { id: 'item-w10' } }),
    });
    renderSection();
    const editing = within(await screen.findByTestId('inventory-editing'));
    await user.click(editing.getByText('Ajouter un logiciel à l’inventaire'));
    const form = within(editing.getByRole('form', { name: 'Ajouter un logiciel à l’inventaire' }));
    await user.selectOptions(form.getByLabelText('Catégorie'), 'WORKSTATION_OS');
    await user.type(form.getByRole('searchbox', { name: 'Alternative libre visée (catalogue)' }), 'ubun');
    await user.click(await form.findByRole('button', { name: /^Ubuntu · / }));
    await user.type(form.getByLabelText('Logiciel en usage, à remplacer'), 'Windows 10');
    await user.click(form.getByRole('button', { name: 'Ajouter à l’inventaire' }));
    expect(await form.findByText('Logiciel ajouté à l’inventaire.')).toBeInTheDocument();

    expect(form.getByLabelText('Catégorie')).toHaveValue('');
    expect(form.getByRole('searchbox', { name: 'Alternative libre visée (catalogue)' })).toHaveValue('');
    expect(form.queryByRole('button', { name: /^Ubuntu · / })).not.toBeInTheDocument();
  });

  it('searches the catalogue as you type (debounced) and shows an API refusal in plain words', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      Me: itManager,
      CollectivityMigration: () => echirollesMigration([]),
      SoftwareCatalogueSearch: (v) => ({
        softwareCatalogue:
          v.query === 'ubun' ? { totalCount: 1, nodes: [ubuntuEntry()] } : { totalCount: 0, nodes: [] },
      }),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      AddInventoryItem: () => {
        throw apiError('CATALOGUE_ENTRY_NOT_FOUND');
      },
    });
    renderSection();
    const editing = within(await screen.findByTestId('inventory-editing'));
    await user.click(editing.getByText('Ajouter un logiciel à l’inventaire'));
    const form = within(editing.getByRole('form', { name: 'Ajouter un logiciel à l’inventaire' }));
    await user.type(form.getByRole('searchbox', { name: 'Alternative libre visée (catalogue)' }), 'ubun');
    await user.keyboard('{ArrowDown}');
    await form.findByRole('button', { name: /Ubuntu/ });
    expect(form.getByText('1 logiciel trouvé')).toBeInTheDocument();
    // One request for the settled text, none for each keystroke.
    expect(calls.filter((c) => c.operationName === 'SoftwareCatalogueSearch').map((c) => c.variables.query)).toEqual([
      'ubun',
    ]);
    await user.click(form.getByRole('button', { name: /Ubuntu/ }));
    // The category follows the entry's; the product it replaces is typed.
    expect(form.getByLabelText('Catégorie')).toHaveValue('WORKSTATION_OS');
    expect(
      await form.findByText('Aucune autre collectivité ne l’a encore inscrit à son inventaire.'),
    ).toBeInTheDocument();
    await user.type(form.getByLabelText('Logiciel en usage, à remplacer'), 'Windows 11');
    await user.click(form.getByRole('button', { name: 'Ajouter à l’inventaire' }));
    expect(await form.findByRole('alert')).toHaveTextContent(
      'Ce logiciel n’est plus dans le catalogue. Choisissez-en un autre.',
    );
  });

  it('edits an item with the fields of updateInventoryItem, the pact actions only once changed', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      Me: itManager,
      CollectivityMigration: () => echirollesMigration(),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      UpdateInventoryItem: () => ({ updateInventoryItem: { id: 'item-w10' } }),
    });
    renderSection();
    const editor = within(await screen.findByTestId('edit-item-item-w10'));
    await user.click(editor.getByText('Modifier « Windows 10 » ou faire avancer sa migration'));
    const form = within(editor.getByRole('form', { name: 'Modifier le logiciel' }));
    expect(form.getByTestId('catalogue-choice')).toHaveTextContent('Ubuntu');
    await user.clear(form.getByLabelText('Logiciel en usage, à remplacer'));
    expect(form.getByText('Ce champ est obligatoire.')).toBeInTheDocument();
    await user.type(form.getByLabelText('Logiciel en usage, à remplacer'), 'Windows 10 Pro');
    await user.clear(form.getByLabelText('Postes ou utilisateur·rices (facultatif)'));
    await user.type(form.getByLabelText('Notes (facultatif)'), 'Sauf les postes de la police municipale');
    await user.click(form.getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'UpdateInventoryItem')?.variables).toEqual({
        input: {
          itemId: 'item-w10',
          category: 'WORKSTATION_OS',
          productName: 'Windows 10 Pro',
          productIsFree: false,
          productEntryId: null,
          targetEntryId: 'entry-ubuntu',
          seats: null,
          audience: 'STAFF',
          contractEndsOn: null,
          renewalOn: null,
          yearlyCost: null,
          notes: 'Sauf les postes de la police municipale',
          expectedVersion: 3,
        },
      }),
    );
    // 1.8 (the category's) stays ticked; 1.10 is ticked too, in the group of section 1.
    const actions = within(form.getByRole('group', { name: 'Actions du pacte que cette migration fait avancer' }));
    expect(actions.getByRole<HTMLInputElement>('checkbox', { name: /^1\.8 / }).checked).toBe(true);
    await user.click(actions.getByRole('checkbox', { name: /^1\.10 / }));
    await user.click(form.getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'UpdateInventoryItem')[1]?.variables.input).toMatchObject({
        actionCodes: ['1.8', '1.10'],
      }),
    );
  });
});
