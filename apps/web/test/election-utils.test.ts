import {
  electedCount,
  groupListsByElection,
  sortSignatories,
  type CandidateList,
  type Signatory,
} from '../src/features/election/utils/lists';

const election = {
  code: 'MUNICIPALES_2026',
  name: 'Municipales 2026',
  firstRoundDate: '2026-03-15',
  secondRoundDate: '2026-03-22',
};
const list = (id: string, name: string, outcome: CandidateList['outcome'], e = election): CandidateList => ({
  id,
  name,
  outcome,
  headOfList: null,
  parties: [],
  website: null,
  signedAsList: false,
  election: e,
  signatories: [],
});
const signatory = (
  id: string,
  lastName: string,
  positionOnList: number | null,
  elected: boolean | null,
): Signatory => ({
  id,
  firstName: 'A',
  lastName,
  positionOnList,
  parties: [],
  scope: 'PERSONAL',
  signedOn: '2026-02-01',
  signedPlace: null,
  elected,
  website: null,
});

describe('groupListsByElection', () => {
  it('groups by election, newest first, the winner first', () => {
    const older = { ...election, code: 'MUNICIPALES_2020', name: 'Municipales 2020', firstRoundDate: '2020-03-15' };
    const groups = groupListsByElection([
      list('1', 'B', 'PENDING'),
      list('2', 'Z', 'MAJORITY'),
      list('3', 'A', 'NOT_ELECTED'),
      list('4', 'C', 'OPPOSITION'),
      list('5', 'Old', 'MAJORITY', older),
    ]);
    expect(groups.map((g) => g.code)).toEqual(['MUNICIPALES_2026', 'MUNICIPALES_2020']);
    expect(groups[0].lists.map((l) => l.name)).toEqual(['Z', 'C', 'A', 'B']);
  });
});

describe('signatories', () => {
  it('sorts by position, unknown positions last by name', () => {
    const sorted = sortSignatories([
      signatory('a', 'Martin', null, null),
      signatory('b', 'Durand', 2, true),
      signatory('c', 'Bernard', null, false),
      signatory('d', 'Petit', 1, true),
    ]);
    expect(sorted.map((s) => s.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('counts the elected and the unknown', () => {
    expect(
      electedCount([signatory('a', 'M', 1, true), signatory('b', 'N', 2, null), signatory('c', 'O', 3, false)]),
    ).toEqual({ elected: 1, unknown: 1 });
  });
});
