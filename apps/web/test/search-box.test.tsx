import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchBox } from '../src/features/search/components/SearchBox';
import { mockGraphQL, renderWithProviders } from './support/render';

const echirolles = {
  id: 'c1',
  kind: 'COMMUNE',
  code: '38151',
  name: 'Échirolles',
  population: 37491,
  postcodes: ['38130'],
  departementCode: '38',
  commitment: { id: 'k1', demo: false, scores: { overall: 15.5 } },
};

describe('SearchBox', () => {
  it('searches as you type (debounced) and lists links to the permalinks', async () => {
    const calls = mockGraphQL({
      SearchCollectivities: () => ({
        searchCollectivities: { totalCount: 1, offset: 0, hasNextPage: false, nodes: [echirolles] },
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une collectivité' }), 'echirolles');
    const link = await screen.findByRole('link', { name: /Échirolles/ });
    expect(link).toHaveAttribute('href', '/collectivite/commune/38151');
    expect(link).toHaveTextContent('Engagée');
    expect(screen.getByRole('status')).toHaveTextContent('1 résultat');
    // One request for the settled text, not one per keystroke.
    expect(calls.map((c) => c.variables.query)).toEqual(['echirolles']);
  });

  it('labels a commitment of the demo as fictional in the results', async () => {
    mockGraphQL({
      SearchCollectivities: () => ({
        searchCollectivities: {
          totalCount: 1,
          offset: 0,
          hasNextPage: false,
          nodes: [{ ...echirolles, commitment: { ...echirolles.commitment, demo: true } }],
        },
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une collectivité' }), 'echirolles');
    const link = await screen.findByRole('link', { name: /Échirolles/ });
    expect(link).toHaveTextContent('Engagement de démonstration, fictif · 15,5 %');
    expect(link).not.toHaveTextContent('Engagée');
  });

  it('says when nothing matches and waits for two characters', async () => {
    mockGraphQL({
      SearchCollectivities: () => ({
        searchCollectivities: { totalCount: 0, offset: 0, hasNextPage: false, nodes: [] },
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    const input = screen.getByRole('searchbox');
    await user.type(input, 'e');
    expect(screen.getByRole('status')).toHaveTextContent('au moins deux caractères');
    await user.type(input, 'zzz');
    expect(await screen.findByText(/Aucune collectivité ne correspond à « ezzz »/)).toBeInTheDocument();
  });

  it('moves between the box and the results with the arrow keys', async () => {
    mockGraphQL({
      SearchCollectivities: () => ({
        searchCollectivities: {
          totalCount: 2,
          offset: 0,
          hasNextPage: false,
          nodes: [echirolles, { ...echirolles, id: 'c2', code: '38185', name: 'Grenoble', commitment: null }],
        },
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    const input = screen.getByRole('searchbox');
    await user.type(input, 'gre');
    const links = await screen.findAllByRole('link');
    await user.keyboard('{ArrowDown}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveFocus();
  });

  it('shows the API error plainly, in French by its code, with a retry', async () => {
    mockGraphQL({
      SearchCollectivities: () => {
        throw { errors: [{ message: 'query too long', extensions: { code: 'BAD_USER_INPUT' } }] };
      },
    });
    renderWithProviders(<SearchBox />);
    jest.useFakeTimers();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'abc' } });
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    jest.useRealTimers();
    // In French, by its code: the server's English message is not shown.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Réponse du serveur : Cette demande n’est pas acceptée');
    expect(alert).not.toHaveTextContent('query too long');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});
