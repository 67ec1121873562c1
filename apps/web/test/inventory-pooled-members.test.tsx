import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionProvider } from '../src/features/account/hooks/useSession';
import { MigrationSection } from '../src/features/migration/components/MigrationSection';
import type { CollectivityMigrationQuery } from '../src/generated/graphql';
import { echirollesMigration, meWith, ubuntuEntry, windowsItem } from './support/migration-fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.setTimeout(20_000);
jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const members = [
  { id: 'c-38151', name: 'Échirolles' },
  { id: 'c-38185', name: 'Grenoble' },
  { id: 'c-38421', name: 'Saint-Martin-d’Hères' },
];

/** A syndicat running the IT of three communes: Windows for all of them, a business application for Grenoble only. */
function syndicatMigration(): CollectivityMigrationQuery {
  const base = echirollesMigration([
    windowsItem(),
    windowsItem({
      id: 'item-cadastre',
      category: 'BUSINESS_APPLICATION',
      productName: 'Cadastre Pro',
      targetEntry: null,
      appliesToAllMembers: false,
      appliesToMembers: [members[1]],
      version: 2,
    }),
  ]);
  return { collectivity: { ...base.collectivity, id: 's-1', kind: 'SYNDICAT', pooledItMembers: members } };
}

function renderSection() {
  return renderWithProviders(
    <SessionProvider>
      <MigrationSection collectivityId="s-1" />
    </SessionProvider>,
  );
}

describe('pooled IT: the member communes an item of a pooling body applies to', () => {
  it('shows them in the table, and the add form asks for at least one commune before sending those ticked', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      Me: () => ({ me: meWith([{ role: 'IT_MANAGER', collectivityId: 's-1' }]) }),
      CollectivityMigration: syndicatMigration,
      SoftwareCatalogueSearch: () => ({ softwareCatalogue: { totalCount: 1, nodes: [ubuntuEntry()] } }),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      AddInventoryItem: () => ({ addInventoryItem: { id: 'item-new' } }),
    });
    renderSection();
    const table = await screen.findByRole('table', { name: /Inventaire des logiciels/ });
    expect(within(table).getByRole('columnheader', { name: 'Communes concernées' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Windows 10/ })).toHaveTextContent('toutes les communes membres');
    const cadastre = within(table).getByRole('row', { name: /Cadastre Pro/ });
    expect(cadastre).toHaveTextContent('Grenoble');
    expect(cadastre).not.toHaveTextContent('toutes les communes membres');

    const editing = within(await screen.findByTestId('inventory-editing'));
    await user.click(editing.getByText('Ajouter un logiciel à l’inventaire'));
    const form = within(editing.getByRole('form', { name: 'Ajouter un logiciel à l’inventaire' }));
    const appliesTo = within(form.getByRole('group', { name: /S’applique à\s:/ }));
    expect(appliesTo.getByRole('radio', { name: 'toutes les communes membres' })).toBeChecked();
    expect(appliesTo.queryByRole('checkbox')).not.toBeInTheDocument();

    await user.selectOptions(form.getByLabelText('Catégorie'), 'WORKSTATION_OS');
    await user.type(form.getByLabelText('Logiciel en usage, à remplacer'), 'Windows 11');
    await user.click(appliesTo.getByRole('radio', { name: 'certaines communes' }));
    await user.click(form.getByRole('button', { name: 'Ajouter à l’inventaire' }));
    expect(form.getByText('Cochez au moins une commune membre.')).toBeInTheDocument();
    expect(calls.some((c) => c.operationName === 'AddInventoryItem')).toBe(false);

    await user.click(appliesTo.getByRole('checkbox', { name: 'Grenoble' }));
    await user.click(appliesTo.getByRole('checkbox', { name: 'Saint-Martin-d’Hères' }));
    expect(form.queryByText('Cochez au moins une commune membre.')).not.toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Ajouter à l’inventaire' }));
    expect(await form.findByText('Logiciel ajouté à l’inventaire.')).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'AddInventoryItem')?.variables).toMatchObject({
      input: { collectivityId: 's-1', productName: 'Windows 11', appliesToMemberIds: ['c-38185', 'c-38421'] },
    });
  });

  it('edits an item from some communes back to all of them (null), and sends no list when unchanged', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      Me: () => ({ me: meWith([{ role: 'IT_MANAGER', collectivityId: 's-1' }]) }),
      CollectivityMigration: syndicatMigration,
      SoftwareCatalogueSearch: () => ({ softwareCatalogue: { totalCount: 0, nodes: [] } }),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      UpdateInventoryItem: () => ({ updateInventoryItem: { id: 'item-cadastre' } }),
    });
    renderSection();
    const editing = within(await screen.findByTestId('inventory-editing'));
    await user.click(editing.getByText(/Cadastre Pro/));
    const form = within(
      within(editing.getByTestId('edit-item-item-cadastre')).getByRole('form', { name: 'Modifier le logiciel' }),
    );
    expect(form.getByRole('radio', { name: 'certaines communes' })).toBeChecked();
    expect(form.getByRole('checkbox', { name: 'Grenoble' })).toBeChecked();
    expect(form.getByRole('checkbox', { name: 'Échirolles' })).not.toBeChecked();

    await user.click(form.getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'UpdateInventoryItem')).toHaveLength(1));
    const first = calls.filter((c) => c.operationName === 'UpdateInventoryItem')[0]?.variables as {
      input: Record<string, unknown>;
    };
    expect(first.input).not.toHaveProperty('appliesToMemberIds');

    await user.click(form.getByRole('radio', { name: 'toutes les communes membres' }));
    await user.click(form.getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'UpdateInventoryItem')).toHaveLength(2));
    const updates = calls.filter((c) => c.operationName === 'UpdateInventoryItem');
    expect(updates[1].variables).toMatchObject({ input: { itemId: 'item-cadastre', appliesToMemberIds: null } });
  });
});
