import { matchList, sameName } from './list-matching';

describe('matching a list to the signing lists of its commune', () => {
  const signing = [
    { id: 'a', name: 'Grenoble en commun', heads: ['Éric Piolle'] },
    { id: 'b', name: 'Agir pour Grenoble', heads: ['Anne Martin-Dupont'] },
  ];

  it('compares names without accents, case or hyphens, in any order', () => {
    expect(sameName('PIOLLE Eric', 'Éric Piolle')).toBe(true);
    expect(sameName('Anne MARTIN DUPONT', 'Anne Martin-Dupont')).toBe(true);
    expect(sameName('Anne Martin', 'Anne Martin-Dupont')).toBe(false);
  });

  it('is certain with the same head of list and list name', () => {
    expect(
      matchList({ listName: 'GRENOBLE EN COMMUN', headLastName: 'PIOLLE', headFirstName: 'Eric' }, signing),
    ).toEqual({
      kind: 'CERTAIN',
      id: 'a',
    });
  });

  it('is uncertain on a weaker sign, and says so for each list', () => {
    expect(matchList({ listName: 'Un autre nom', headLastName: 'Piolle', headFirstName: 'Éric' }, signing)).toEqual({
      kind: 'UNCERTAIN',
      candidates: [{ id: 'a', score: 0.5 }],
    });
    expect(
      matchList({ listName: 'Agir pour Grenoble', headLastName: 'Martin-Dupont', headFirstName: 'Paul' }, signing),
    ).toEqual({ kind: 'UNCERTAIN', candidates: [{ id: 'b', score: 0.75 }] });
  });

  it('finds nothing when nothing fits', () => {
    expect(matchList({ listName: 'Demain', headLastName: 'Durand', headFirstName: 'Léa' }, signing)).toEqual({
      kind: 'NONE',
    });
  });
});
