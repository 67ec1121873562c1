import { compareWithPeers, gap } from '../src/features/collectivity/utils/comparison';
import { filterByStatus, groupActionsBySection, sortMilestones } from '../src/features/collectivity/utils/checklist';
import { mergeHistoryPages } from '../src/features/collectivity/utils/history';
import { echirollesPage, history } from './support/fixtures';

const actions = () => echirollesPage().collectivity.commitment!.actions;

describe('checklist', () => {
  it('groups the 31 actions into the 3 sections of the catalogue, in order', () => {
    const sections = groupActionsBySection([...actions()].reverse(), 'fr');
    expect(sections.map((s) => s.actions.length)).toEqual([11, 10, 10]);
    expect(sections[0].actions.map((a) => a.actionCode).slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
    expect(sections[2].actions.at(-1)!.actionCode).toBe('3.10');
  });

  it('filters by status', () => {
    expect(filterByStatus(actions(), 'DONE').map((a) => a.actionCode)).toEqual(['1.1', '1.7']);
    expect(filterByStatus(actions(), 'ALL')).toHaveLength(31);
  });

  it('sorts milestones by date', () => {
    expect(sortMilestones(actions().find((a) => a.actionCode === '1.5')!.milestones).map((m) => m.id)).toEqual([
      'm1',
      'm2',
    ]);
  });
});

describe('compareWithPeers', () => {
  const national = {
    averageProgress: 7.6,
    sections: [
      { section: 1, averageScore: 10.3 },
      { section: 2, averageScore: 7.2 },
    ],
    byPopulationStratum: [
      { key: 'FROM_35000_TO_49999', commitments: 2, averageProgress: 10.4 },
      { key: 'NOT_A_COMMUNE', commitments: 3, averageProgress: 20 },
    ],
  };

  it('compares overall with the stratum and the nation, sections with the nation', () => {
    const c = compareWithPeers({
      population: 37491,
      kind: 'COMMUNE',
      overall: 15.5,
      sections: [
        { section: 1, score: 25.5 },
        { section: 2, score: 5 },
      ],
      national,
    });
    expect(c.stratum).toBe('FROM_35000_TO_49999');
    expect(c.stratumCommitments).toBe(2);
    expect(c.rows).toEqual([
      { key: 'overall', section: null, own: 15.5, stratum: 10.4, national: 7.6 },
      { key: '1', section: 1, own: 25.5, stratum: null, national: 10.3 },
      { key: '2', section: 2, own: 5, stratum: null, national: 7.2 },
    ]);
  });

  it('has no stratum average for a stratum without commitments', () => {
    const c = compareWithPeers({ population: 500, kind: 'COMMUNE', overall: 0, sections: [], national });
    expect(c).toMatchObject({ stratum: 'FROM_500_TO_999', stratumCommitments: 0 });
    expect(c.rows[0].stratum).toBeNull();
  });

  it('compares an EPCI with the collectivities counted apart from the communes, never with a commune stratum', () => {
    const c = compareWithPeers({ population: 40000, kind: 'METROPOLE', overall: 10, sections: [], national });
    expect(c).toMatchObject({ stratum: 'NOT_A_COMMUNE', stratumCommitments: 3 });
  });

  it('gives the gap in points', () => {
    expect(gap(15.5, 10.4)).toBe(5.1);
    expect(gap(null, 3)).toBeNull();
  });
});

describe('history', () => {
  it('merges pages without duplicates', () => {
    const events = history().collectivity.history;
    expect(mergeHistoryPages(events.slice(0, 2), events.slice(1)).map((e) => e.id)).toEqual(['3', '2', '1']);
  });
});
