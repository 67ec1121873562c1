import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionProvider } from '../src/features/account/hooks/useSession';
import { MigrationSection } from '../src/features/migration/components/MigrationSection';
import { echirollesMigration, meWith, windowsItem } from './support/migration-fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.setTimeout(20_000);
jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const itManager = () => ({ me: meWith([{ role: 'IT_MANAGER', collectivityId: 'c-38151' }]) });

/** Someone renamed the item and moved it to DEFAULT while the page showed version 3: the API is at version 4. */
const changedMeanwhile = windowsItem({
  productName: 'Windows 11',
  stage: 'DEFAULT',
  stageReachedOn: '2026-06-15',
  seats: 120,
  notes: 'Mairie annexe comprise',
  version: 4,
});
const conflict = {
  errors: [
    {
      message: 'InventoryItem item-w10 has changed since it was read (version 3, now 4)',
      extensions: {
        code: 'CONFLICT',
        category: 'CONFLICT',
        currentVersion: 4,
        current: { ...changedMeanwhile, targetIsFree: true, collectivityId: 'c-38151', targetEntryId: 'entry-ubuntu' },
      },
    },
  ],
};

/** Renders the section; the inventory holds version 3 until `reloaded()` says the page asked again. */
function render(mutation: 'UpdateInventoryItem' | 'AdvanceMigrationStage') {
  const sent: unknown[] = [];
  let reloads = 0;
  let firstLoad = true;
  mockGraphQL({
    Me: itManager,
    CollectivityMigration: () => {
      if (!firstLoad) reloads += 1;
      firstLoad = false;
      return echirollesMigration([reloads > 0 ? changedMeanwhile : windowsItem()]);
    },
    SoftwareUsers: () => ({ softwareUsers: [] }),
    [mutation]: (variables: Record<string, unknown>) => {
      const { expectedVersion } = variables.input as { expectedVersion: number };
      sent.push(expectedVersion);
      if (expectedVersion === 3) throw conflict;
      return mutation === 'UpdateInventoryItem'
        ? { updateInventoryItem: { id: 'item-w10' } }
        : {
            advanceMigrationStage: {
              item: { id: 'item-w10', productName: 'Windows 11', stage: 'LEGACY_REMOVED' },
              proposedProgressUpdates: [],
            },
          };
    },
  });
  renderWithProviders(
    <SessionProvider>
      <MigrationSection collectivityId="c-38151" />
    </SessionProvider>,
  );
  return { sent, reloads: () => reloads };
}

async function openForm(user: ReturnType<typeof userEvent.setup>, name: string) {
  const editor = within(await screen.findByTestId('edit-item-item-w10'));
  await user.click(editor.getByText('Modifier « Windows 10 » ou faire avancer sa migration'));
  return { editor, form: within(editor.getByRole('form', { name })) };
}

describe('a stale edit of an inventory item', () => {
  it('shows what the item holds now, not a generic error, and re-applies the change over it', async () => {
    const user = userEvent.setup();
    const { sent } = render('UpdateInventoryItem');
    const { form } = await openForm(user, 'Modifier le logiciel');
    await user.type(form.getByLabelText('Notes (facultatif)'), 'Sauf la police municipale');
    await user.click(form.getByRole('button', { name: 'Enregistrer les modifications' }));
    const notice = await form.findByRole('alert');
    expect(notice).toHaveTextContent('Quelqu’un a modifié cet élément pendant que vous le modifiiez');
    expect(notice).toHaveTextContent(/Nom du logiciel en usageWindows 11/);
    expect(notice).toHaveTextContent(/ÉtapePar défaut, atteinte le 15 juin 2026/);
    expect(notice).toHaveTextContent(/Postes ou utilisateur·rices120/);
    expect(notice).toHaveTextContent(/NotesMairie annexe comprise/);
    await user.click(within(notice).getByRole('button', { name: 'Réappliquer ma modification' }));
    await waitFor(() => expect(sent).toEqual([3, 4]));
    expect(await form.findByText('Enregistré.')).toBeInTheDocument();
    expect(form.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the current version: the page asks again and the form shows the item as it is now', async () => {
    const user = userEvent.setup();
    const { sent, reloads } = render('UpdateInventoryItem');
    const { editor } = await openForm(user, 'Modifier le logiciel');
    let form = within(editor.getByRole('form', { name: 'Modifier le logiciel' }));
    await user.clear(form.getByLabelText('Logiciel en usage, à remplacer'));
    await user.type(form.getByLabelText('Logiciel en usage, à remplacer'), 'Windows 10 Pro');
    await user.click(form.getByRole('button', { name: 'Enregistrer les modifications' }));
    const notice = await form.findByRole('alert');
    await user.click(within(notice).getByRole('button', { name: 'Garder la version actuelle' }));
    await waitFor(() => expect(reloads()).toBeGreaterThan(0));
    const reopened = within(await screen.findByTestId('edit-item-item-w10'));
    form = within(reopened.getByRole('form', { name: 'Modifier le logiciel' }));
    await waitFor(() => expect(form.getByLabelText('Logiciel en usage, à remplacer')).toHaveValue('Windows 11'));
    expect(form.getByLabelText('Notes (facultatif)')).toHaveValue('Mairie annexe comprise');
    expect(form.queryByRole('alert')).not.toBeInTheDocument();
    expect(sent).toEqual([3]);
  });

  it('re-applies a stage advance over the current version', async () => {
    const user = userEvent.setup();
    const { sent } = render('AdvanceMigrationStage');
    const { form } = await openForm(user, 'Faire avancer la migration');
    await user.click(form.getByRole('button', { name: 'Enregistrer la nouvelle étape' }));
    const notice = await form.findByRole('alert');
    expect(notice).toHaveTextContent(/Nom du logiciel en usageWindows 11/);
    await user.click(within(notice).getByRole('button', { name: 'Réappliquer ma modification' }));
    await waitFor(() => expect(sent).toEqual([3, 4]));
  });
});
