import { screen, within } from '@testing-library/react';
import { ProposedUpdates } from '../src/features/migration/components/ProposedUpdates';
import { renderWithProviders } from './support/render';

describe('the proposals after a stage change', () => {
  it('says once, without contradiction, that a stage proposes nothing', () => {
    renderWithProviders(
      <ProposedUpdates change={{ id: 1, itemName: 'Windows 10', stage: 'INVENTORY', rows: [] }} onClose={() => {}} />,
    );
    const panel = within(screen.getByTestId('proposed-updates'));
    expect(panel.getByText(/Cette étape ne propose aucune mise à jour d’action\./)).toBeInTheDocument();
    expect(panel.queryByText(/propose de mettre à jour les actions ci-dessous/)).not.toBeInTheDocument();
    expect(panel.queryByRole('list')).not.toBeInTheDocument();
  });

  it('announces the updates listed below when there are some', () => {
    renderWithProviders(
      <ProposedUpdates
        change={{
          id: 2,
          itemName: 'Windows 10',
          stage: 'DEFAULT',
          rows: [
            {
              commitmentId: 'c-1',
              actionCode: '1.8',
              from: 'PLANNED',
              to: 'IN_PROGRESS',
              currentPercent: 10,
              proposedPercent: 50,
            },
          ],
        }}
        onClose={() => {}}
      />,
    );
    const panel = within(screen.getByTestId('proposed-updates'));
    expect(panel.getByText(/propose de mettre à jour les actions ci-dessous/)).toBeInTheDocument();
    expect(panel.queryByText(/ne propose aucune/)).not.toBeInTheDocument();
    expect(panel.getAllByRole('listitem')).toHaveLength(1);
  });
});
