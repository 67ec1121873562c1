import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionProvider } from '../src/features/account/hooks/useSession';
import { MigrationSection } from '../src/features/migration/components/MigrationSection';
import { echirollesMigration, meWith } from './support/migration-fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.setTimeout(20_000);
jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

function renderSection() {
  return renderWithProviders(
    <SessionProvider>
      <MigrationSection collectivityId="c-38151" />
    </SessionProvider>,
  );
}

const label2024 = { id: 'l1', year: 2024, scale: 'LEGACY' as const, level: '3', mentions: [], url: null };

describe('awarded Territoire Numérique Libre labels', () => {
  it('lets an elected official record one, checked as they type, and shows it in readiness once recorded', async () => {
    const user = userEvent.setup();
    let labels: ReturnType<typeof echirollesMigration>['collectivity']['tnlLabels'] = [];
    const calls = mockGraphQL({
      Me: () => ({ me: meWith([{ role: 'ELECTED_OFFICIAL', collectivityId: 'c-38151' }]) }),
      CollectivityMigration: () => echirollesMigration(undefined, labels),
      RecordTnlLabel: () => {
        labels = [
          {
            ...label2024,
            id: 'l2',
            year: 2025,
            scale: 'SCALE_2025',
            level: 'ARGENT',
            mentions: ['MUTUALISATION'],
            url: 'https://territoire-numerique-libre.org/palmares-2025',
          },
        ];
        return { recordTnlLabel: { id: 'l2' } };
      },
    });
    renderSection();
    const readiness = within(await screen.findByTestId('label-readiness'));
    expect(readiness.getByTestId('awarded-labels')).toHaveTextContent('Aucun label enregistré pour l’instant.');
    await user.click(await readiness.findByText('Enregistrer un label obtenu'));
    const form = within(readiness.getByRole('form', { name: 'Enregistrer un label obtenu' }));

    // The vintage decides the scale: levels 1 to 5 until 2024, Badge to Or from 2025.
    await user.clear(form.getByLabelText('Millésime'));
    await user.type(form.getByLabelText('Millésime'), '2015');
    expect(form.getByLabelText('Millésime')).toHaveAccessibleDescription(/Saisissez une année entre 2016/);
    await user.clear(form.getByLabelText('Millésime'));
    await user.type(form.getByLabelText('Millésime'), '2024');
    expect(
      within(form.getByLabelText('Niveau attribué par le jury'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Niveau 5 — excellence');
    expect(form.queryByRole('group', { name: 'Mentions spéciales (facultatif)' })).not.toBeInTheDocument();
    await user.clear(form.getByLabelText('Millésime'));
    await user.type(form.getByLabelText('Millésime'), '2025');
    await user.selectOptions(form.getByLabelText('Niveau attribué par le jury'), 'ARGENT');
    await user.click(
      within(form.getByRole('group', { name: 'Mentions spéciales (facultatif)' })).getByLabelText('Mutualisation'),
    );
    await user.type(form.getByLabelText('Adresse de la publication (facultatif)'), 'palmares');
    expect(form.getByText('Saisissez une adresse commençant par http:// ou https://.')).toBeInTheDocument();
    await user.clear(form.getByLabelText('Adresse de la publication (facultatif)'));
    await user.type(
      form.getByLabelText('Adresse de la publication (facultatif)'),
      'https://territoire-numerique-libre.org/palmares-2025',
    );
    await user.click(form.getByRole('button', { name: 'Enregistrer le label' }));

    await waitFor(() =>
      expect(readiness.getByTestId('awarded-labels')).toHaveTextContent(
        'Millésime 2025 : Label Argent — mentions : Mutualisation',
      ),
    );
    expect(calls.find((c) => c.operationName === 'RecordTnlLabel')?.variables).toEqual({
      input: {
        collectivityId: 'c-38151',
        year: 2025,
        scale: 'SCALE_2025',
        level: 'ARGENT',
        mentions: ['MUTUALISATION'],
        url: 'https://territoire-numerique-libre.org/palmares-2025',
      },
    });
    expect(readiness.getByRole('link', { name: 'publication du palmarès 2025' })).toHaveAttribute(
      'href',
      'https://territoire-numerique-libre.org/palmares-2025',
    );
  });

  it('shows a vintage already recorded as the API says it, in plain words', async () => {
    const user = userEvent.setup();
    mockGraphQL({
      Me: () => ({ me: meWith([{ role: 'ELECTED_OFFICIAL', collectivityId: 'c-38151' }]) }),
      CollectivityMigration: () => echirollesMigration(undefined, [label2024]),
      RecordTnlLabel: () => {
        throw { errors: [{ message: 'dup', extensions: { code: 'TNL_LABEL_ALREADY_RECORDED' } }] };
      },
    });
    renderSection();
    const readiness = within(await screen.findByTestId('label-readiness'));
    expect(readiness.getByTestId('awarded-labels')).toHaveTextContent('Millésime 2024 : Niveau 3');
    await user.click(await readiness.findByText('Enregistrer un label obtenu'));
    const form = within(readiness.getByRole('form', { name: 'Enregistrer un label obtenu' }));
    await user.clear(form.getByLabelText('Millésime'));
    await user.type(form.getByLabelText('Millésime'), '2024');
    await user.click(form.getByRole('button', { name: 'Enregistrer le label' }));
    expect(form.getByLabelText('Niveau attribué par le jury')).toHaveAccessibleDescription('Ce champ est obligatoire.');
    await user.selectOptions(form.getByLabelText('Niveau attribué par le jury'), '3');
    await user.click(form.getByRole('button', { name: 'Enregistrer le label' }));
    expect(await form.findByRole('alert')).toHaveTextContent(
      'Un label de ce millésime est déjà enregistré pour cette collectivité.',
    );
  });

  it('shows the label the jury awarded first, as a fact with its vintage, and the self-assessment as an estimate', async () => {
    const or2025 = { ...label2024, id: 'l-2025', year: 2025, scale: 'SCALE_2025' as const, level: 'OR', url: null };
    mockGraphQL({
      Me: () => ({ me: null }),
      CollectivityMigration: () => echirollesMigration(undefined, [label2024, or2025]),
    });
    renderSection();
    const readiness = await screen.findByTestId('label-readiness');
    const awarded = within(readiness).getByTestId('awarded-label');
    expect(awarded).toHaveTextContent(/^Label attribué par le jury\s?: Label Or, millésime 2025$/);
    const estimate = within(readiness).getByTestId('readiness-estimate');
    expect(estimate).toHaveTextContent(/^À côté de ce label, l’estimation de cette auto-évaluation/);
    // The fact comes before the estimate.
    expect(awarded.compareDocumentPosition(estimate) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('does not offer IT managers to record a label (the permission table gives it to elected officials)', async () => {
    const calls = mockGraphQL({
      Me: () => ({ me: meWith([{ role: 'IT_MANAGER', collectivityId: 'c-38151' }]) }),
      CollectivityMigration: () => echirollesMigration(undefined, [label2024]),
    });
    renderSection();
    // The IT manager's inventory forms show once the session is read: by then the label form would show too.
    await screen.findByTestId('inventory-editing');
    expect(calls.map((c) => c.operationName)).toContain('Me');
    expect(screen.getByTestId('awarded-labels')).toHaveTextContent('Millésime 2024 : Niveau 3');
    expect(screen.queryByTestId('record-label')).not.toBeInTheDocument();
  });
});
