import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidenceEditor } from '../src/features/editing/components/EvidenceEditor';
import { ProgressEditor } from '../src/features/editing/components/ProgressEditor';
import { EditingContext } from '../src/features/editing/hooks/useEditing';
import { NO_ABILITIES } from '../src/features/account/utils/roles';
import { mockGraphQL, renderWithProviders } from './support/render';

/** The dashboard's forms refuse what the API refuses, with the same rule (libs/pact/src/rules). */
function renderProgressEditor(locale?: 'fr' | 'en') {
  renderWithProviders(
    <EditingContext.Provider
      value={{
        abilities: { ...NO_ABILITIES, updateProgress: true },
        commitmentId: 'commitment-1',
        actionCodes: ['1.7'],
        reload: jest.fn(),
      }}
    >
      <ProgressEditor
        action={{ actionCode: '1.7', status: 'IN_PROGRESS', progress: 40, progressOverridden: true, version: 3 }}
      />
    </EditingContext.Provider>,
    { locale },
  );
  return { form: within(screen.getByRole('form')) };
}

describe('the progress form applies the rulebook', () => {
  it('refuses a % on an ABANDONED action, as the API does (PROGRESS_NOT_ALLOWED), and sends nothing', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({});
    const { form } = renderProgressEditor();
    await user.selectOptions(form.getByLabelText('Statut'), 'ABANDONED');
    await user.type(form.getByLabelText('Justification (obligatoire pour ce statut)'), 'Projet arrêté.');
    await user.click(form.getByRole('button', { name: 'Enregistrer le statut' }));
    expect(form.getByLabelText('Avancement en % (facultatif)')).toHaveAccessibleDescription(
      /Une action non applicable ou abandonnée ne prend pas de pourcentage/,
    );
    expect(calls).toEqual([]);
  });

  it('sends an ABANDONED action once its % is emptied', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      UpdateActionProgress: () => ({ updateActionProgress: { actionCode: '1.7', status: 'ABANDONED', progress: 0 } }),
    });
    const { form } = renderProgressEditor();
    await user.selectOptions(form.getByLabelText('Statut'), 'ABANDONED');
    await user.type(form.getByLabelText('Justification (obligatoire pour ce statut)'), 'Projet arrêté.');
    await user.clear(form.getByLabelText('Avancement en % (facultatif)'));
    await user.click(form.getByRole('button', { name: 'Enregistrer le statut' }));
    await screen.findByText('Enregistré.');
    expect(calls.map((c) => c.variables)).toEqual([
      {
        input: {
          commitmentId: 'commitment-1',
          actionCode: '1.7',
          status: 'ABANDONED',
          progress: null,
          justification: 'Projet arrêté.',
          expectedVersion: 3,
        },
      },
    ]);
  });

  it('says it in English too', async () => {
    const user = userEvent.setup();
    mockGraphQL({});
    const { form } = renderProgressEditor('en');
    await user.selectOptions(form.getByLabelText('Status'), 'NOT_APPLICABLE');
    await user.click(form.getByRole('button', { name: /Save the status/ }));
    expect(form.getByText('A not applicable or abandoned action takes no percentage: empty this field.')).toBeVisible();
    expect(form.getByText('Explain why the action is not applicable or abandoned.')).toBeVisible();
  });

  it('says the limit of a text that is too long (TOO_LONG carries its maximum), in French and in English', async () => {
    for (const [locale, status, justification, save, message] of [
      [
        'fr',
        'Statut',
        'Justification (obligatoire pour ce statut)',
        'Enregistrer le statut',
        /^Ce texte est trop long \(4\s000\scaractères au plus\)\.$/,
      ],
      ['en', 'Status', /Justification/, /Save the status/, /^This text is too long \(at most 4,000 characters\)\.$/],
    ] as const) {
      const user = userEvent.setup();
      const calls = mockGraphQL({});
      const { form } = renderProgressEditor(locale);
      await user.selectOptions(form.getByLabelText(status), 'ABANDONED');
      await user.clear(form.getByLabelText(/%/));
      await user.click(form.getByLabelText(justification));
      await user.paste('x'.repeat(4001));
      await user.click(form.getByRole('button', { name: save }));
      expect(form.getByLabelText(justification)).toHaveAccessibleDescription(message);
      expect(calls).toEqual([]);
      cleanup();
    }
  });
});

describe('the evidence form applies the rulebook', () => {
  it('asks an address for a running service (EVIDENCE_URL_REQUIRED) and sends nothing until it has one', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({});
    renderWithProviders(
      <EditingContext.Provider
        value={{
          abilities: { ...NO_ABILITIES, manageEvidence: true },
          commitmentId: 'commitment-1',
          actionCodes: ['1.7'],
          reload: jest.fn(),
        }}
      >
        <EvidenceEditor actionCode="1.7" />
      </EditingContext.Provider>,
    );
    const form = within(screen.getByRole('form'));
    await user.selectOptions(form.getByLabelText('Type de preuve'), 'RUNNING_SERVICE');
    await user.type(form.getByLabelText('Titre'), 'Nuage municipal');
    await user.click(form.getByRole('button', { name: 'Ajouter la preuve' }));
    expect(form.getByLabelText('Adresse web (obligatoire pour ce type)')).toHaveAccessibleDescription(
      'Ce type de preuve demande une adresse web.',
    );
    await user.type(form.getByLabelText('Adresse web (obligatoire pour ce type)'), 'ftp://nuage.ville.fr');
    expect(form.getByLabelText('Adresse web (obligatoire pour ce type)')).toHaveAccessibleDescription(
      'Saisissez une adresse commençant par http:// ou https://.',
    );
    expect(calls).toEqual([]);
  });
});
