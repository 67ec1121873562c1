import {
  electedCount,
  groupListsByElection,
  headOfList,
  isElected,
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
  signedFormReceivedOn: null,
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
    const pending = {
      ...list('1', 'L', 'PENDING'),
      signatories: [signatory('a', 'M', 1, true), signatory('b', 'N', 2, null), signatory('c', 'O', 3, false)],
    };
    expect(electedCount(pending)).toEqual({ elected: 1, unknown: 1 });
  });

  it('knows from the result that the head of a winning list is elected, and nobody on a list without a seat', () => {
    const head = signatory('h', 'Exemple', 1, null);
    const second = signatory('s', 'Second', 2, null);
    const winner = { ...list('1', 'W', 'MAJORITY'), signatories: [head, second] };
    expect(isElected(winner, head)).toBe(true);
    expect(isElected(winner, second)).toBeNull();
    expect(electedCount(winner)).toEqual({ elected: 1, unknown: 1 });
    expect(isElected(list('2', 'O', 'OPPOSITION'), head)).toBe(true);
    const loser = { ...list('3', 'N', 'NOT_ELECTED'), signatories: [head, second] };
    expect(electedCount(loser)).toEqual({ elected: 0, unknown: 0 });
    expect(isElected(list('4', 'P', 'PENDING'), head)).toBeNull();
    // What was recorded wins over what the result implies.
    expect(isElected(winner, signatory('x', 'Refused', 1, false))).toBe(false);
  });

  it('names the head of the list, from its position 1 when not recorded', () => {
    const head = { ...signatory('h', 'Exemple', 1, null), firstName: 'Camille' };
    expect(headOfList({ headOfList: null, signatories: [signatory('s', 'Second', 2, null), head] })).toBe(
      'Camille Exemple',
    );
    expect(headOfList({ headOfList: 'Dominique Tête', signatories: [head] })).toBe('Dominique Tête');
    expect(headOfList({ headOfList: null, signatories: [] })).toBeNull();
  });
});
