import { parseRegister } from './elected-register';
import { parseCandidatures } from './ministry-candidates';
import { fieldOf, inseeCodeOf } from './ministry-columns';
import { outcomesOf, parseResults } from './ministry-results';

const rows = (lines: string[][], first = 2) => lines.map((cells, i) => ({ line: first + i, cells }));

describe('Ministry column names', () => {
  it.each([
    ['Code de la commune', 'communeCode'],
    ['Code commune', 'communeCode'],
    ['N.Pan.', 'panel'],
    ['N°Panneau', 'panel'],
    ['Sieges', 'seats'],
    ['Sièges / Elu', 'seats'],
    ['Libell° Abrégé Liste', 'shortListName'],
    ['LIBELLE ETENDU LISTE', 'listName'],
    ['Sièges CC', 'communitySeats'],
    ['% Voix/Exp', null],
  ])('%s → %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it.each([
    ['1', '1', '01001'],
    ['01', '001', '01001'],
    ['2A', '004', '2A004'],
    ['ZA', '101', '97101'],
    ['971', '101', '97101'],
    ['974', '11', '97411'],
    [undefined, '38185', '38185'],
    ['38', 'abc', null],
  ])('département %s + commune %s → %s', (dept, commune, insee) => {
    expect(inseeCodeOf(dept, commune)).toBe(insee);
  });
});

describe('parseResults', () => {
  const wideHeader = [
    'Code du département',
    'Libellé du département',
    'Code de la commune',
    'Libellé de la commune',
    'Inscrits',
    'Exprimés',
    'N.Pan.',
    'Code Nuance',
    'Sexe',
    'Nom',
    'Prénom',
    'Liste',
    'Sieges',
    'Sièges Secteur',
    'Sieges CC',
    'Voix',
    '% Voix/Exp',
  ];

  it('reads a wide file: a block per list, repeated on the same row', () => {
    const parsed = parseResults(
      wideHeader,
      rows([
        [
          '1',
          'Ain',
          '1',
          'Abergement',
          '600',
          '400',
          '1',
          'LDIV',
          'F',
          'DUPONT',
          'Zoé',
          'Vivre ensemble',
          '11',
          '',
          '1',
          '250',
          '62,5',
          '2',
          'LDVD',
          'M',
          'MARTIN',
          'Luc',
          'Agir',
          '4',
          '',
          '0',
          '150',
          '37,5',
          '',
        ],
        [
          'ZA',
          'Guadeloupe',
          '101',
          'Les Abymes',
          '9',
          '9',
          '1',
          'LDIV',
          'M',
          'X',
          'Y',
          'Unique',
          '',
          '',
          '',
          '9',
          '100',
        ],
      ]),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.format).toBe('WIDE');
    expect(
      parsed.communes.map((c) => [c.insee, c.lists.map((l) => [l.panel, l.listName, l.seats, l.communitySeats])]),
    ).toEqual([
      [
        '01001',
        [
          [1, 'Vivre ensemble', 11, 1],
          [2, 'Agir', 4, 0],
        ],
      ],
      ['97101', [[1, 'Unique', null, null]]],
    ]);
    expect(outcomesOf(parsed.communes[0])).toEqual(['MAJORITY', 'OPPOSITION']);
    expect(outcomesOf(parsed.communes[1])).toBeNull();
  });

  it('reads a long file: one row per list, grouped by commune', () => {
    const parsed = parseResults(
      [
        'Code commune',
        'Libellé commune',
        'Numéro de panneau',
        'Libellé abrégé de liste',
        'Libellé de la liste',
        'Nom tête de liste',
        'Prénom tête de liste',
        'Voix',
        'Sièges au CM',
        'Sièges au CC',
      ],
      rows([
        ['38185', 'Grenoble', '1', 'GAUCHE', 'Grenoble en commun', 'Piolle', 'Éric', '1000', '42', '20'],
        ['38185', 'Grenoble', '2', 'DROITE', 'Grenoble au cœur', 'Carignon', 'Alain', '500', '17', '6'],
        ['38185', 'Grenoble', '3', 'X', 'Autre', 'Z', 'Z', '10', '0', '0'],
      ]),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.format).toBe('LONG');
    expect(parsed.communes).toHaveLength(1);
    expect(parsed.communes[0].lists.map((l) => l.headLastName)).toEqual(['Piolle', 'Carignon', 'Z']);
    expect(outcomesOf(parsed.communes[0])).toEqual(['MAJORITY', 'OPPOSITION', 'NOT_ELECTED']);
  });

  it('names the line, column and value of what it cannot read', () => {
    const parsed = parseResults(
      ['Code commune', 'N°Panneau', 'Liste', 'Nom', 'Voix', 'Sièges / Elu'],
      rows([
        ['38185', '1', 'A', 'X', 'beaucoup', '3'],
        ['3818', '1', 'B', 'Y', '1', '1'],
        ['38185', '1', 'C', 'Z', '1', '1'],
      ]),
    );
    expect(parsed.issues).toEqual([
      { line: 2, column: 'Voix', value: 'beaucoup', code: 'INVALID_NUMBER' },
      { line: 3, column: 'Code commune', value: '3818', code: 'INVALID_COMMUNE_CODE' },
      { line: 4, column: 'panel', value: '1', code: 'DUPLICATE_PANEL' },
    ]);
  });

  it('refuses a file without the columns it needs', () => {
    expect(parseResults(['Commune', 'Voix'], []).issues.map((i) => [i.code, i.column])).toEqual([
      ['MISSING_COLUMN', 'communeCode'],
      ['MISSING_COLUMN', 'seats'],
      ['MISSING_COLUMN', 'listName'],
    ]);
  });
});

describe('parseCandidatures', () => {
  it('groups candidates into lists, the head of list first', () => {
    const parsed = parseCandidatures(
      [
        'Code du département',
        'Code commune',
        'Libellé commune',
        'N° Panneau Liste',
        'Libellé Etendu Liste',
        'Nuance Liste',
        'N° candidat',
        'Nom candidat',
        'Prénom candidat',
        'Candidat au conseil communautaire',
      ],
      rows([
        ['38', '185', 'Grenoble', '1', 'Grenoble en commun', 'LDVG', '2', 'Martin', 'Anne', 'O'],
        ['38', '185', 'Grenoble', '1', 'Grenoble en commun', 'LDVG', '1', 'Piolle', 'Éric', 'O'],
        ['38', '185', 'Grenoble', '2', 'Grenoble au cœur', 'LDVD', '1', 'Carignon', 'Alain', 'O'],
      ]),
    );
    expect(parsed.issues).toEqual([]);
    expect(
      parsed.lists.map((l) => [l.insee, l.panel, l.listName, l.headFirstName, l.headLastName, l.candidates]),
    ).toEqual([
      ['38185', 1, 'Grenoble en commun', 'Éric', 'Piolle', 2],
      ['38185', 2, 'Grenoble au cœur', 'Alain', 'Carignon', 1],
    ]);
  });
});

describe('parseRegister', () => {
  it('reads community councillors with their EPCI', () => {
    const parsed = parseRegister(
      [
        'Code du département',
        'N° SIREN',
        "Libellé de l'EPCI",
        'Code de la commune',
        'Nom de l’élu',
        'Prénom de l’élu',
        'Libellé de la fonction',
      ],
      rows([['38', '200040715', 'Grenoble-Alpes Métropole', '38185', 'PIOLLE', 'Éric', 'Vice-président']]),
    );
    expect(parsed).toEqual({
      kind: 'COMMUNITY',
      issues: [],
      officials: [
        {
          line: 2,
          insee: '38185',
          lastName: 'PIOLLE',
          firstName: 'Éric',
          epciSiren: '200040715',
          function: 'Vice-président',
        },
      ],
    });
  });
});
