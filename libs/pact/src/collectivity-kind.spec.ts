import { COLLECTIVITY_KINDS, commitmentSourcesFor, holdsCandidateLists } from './collectivity-kind';

describe('how a collectivity commits', () => {
  it('a commune by a winning signing list or its council; every other kind by its council only', () => {
    expect(commitmentSourcesFor('COMMUNE')).toEqual(['LIST_MAJORITY', 'COUNCIL_DELIBERATION']);
    for (const kind of COLLECTIVITY_KINDS.filter((k) => k !== 'COMMUNE')) {
      expect([kind, commitmentSourcesFor(kind)]).toEqual([kind, ['COUNCIL_DELIBERATION']]);
    }
  });

  it('candidate lists stand in communes only', () => {
    expect(COLLECTIVITY_KINDS.filter(holdsCandidateLists)).toEqual(['COMMUNE']);
  });
});
