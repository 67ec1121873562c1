import { candidateListCreateSchema, signingFormSchema } from './signatory';
import { validate } from './validate';

const issues = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);

const form = {
  candidateListId: '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10',
  scope: 'LIST',
  positionOnList: 1,
  parties: ['Les Écologistes'],
  website: 'https://echirolles-libre.example.org',
  commune: 'Échirolles',
  postcode: '38130',
  lastName: 'Martin',
  firstName: 'Camille',
  phone: '+33 4 76 20 63 00',
  email: 'camille@example.org',
  signedPlace: 'Échirolles',
  signedOn: '2026-02-10',
};

describe('the signing form', () => {
  it('takes every field of the pact’s form, LIST or PERSONAL, with the private ones optional', () => {
    expect(issues(validate(signingFormSchema, form))).toEqual([]);
    const { phone: _p, email: _e, website: _w, positionOnList: _n, signedPlace: _s, ...minimal } = form;
    expect(issues(validate(signingFormSchema, { ...minimal, scope: 'PERSONAL', postcode: null }))).toEqual([]);
  });

  it('names each wrong field with its code', () => {
    expect(
      issues(
        validate(signingFormSchema, {
          ...form,
          scope: 'GROUP',
          postcode: '3813',
          phone: 'appelez-moi',
          email: 'camille',
          signedOn: '2026-02-30',
          lastName: '  ',
          website: 'echirolles.fr',
        }),
      ).sort(),
    ).toEqual([
      'email:INVALID_EMAIL',
      'lastName:REQUIRED',
      'phone:INVALID_PHONE',
      'postcode:INVALID_POSTCODE',
      'scope:INVALID_VALUE',
      'signedOn:INVALID_DATE',
      'website:INVALID_URL',
    ]);
  });
});

describe('a new candidate list (createCandidateList, the desk\'s "new list" form)', () => {
  const list = { collectivityId: '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10', name: 'Échirolles libre' };

  it('takes a name of two characters or more, and fills the defaults', () => {
    const result = validate(candidateListCreateSchema, list);
    expect(result).toEqual({
      ok: true,
      value: { ...list, electionCode: 'MUNICIPALES_2026', parties: [] },
    });
    expect(
      issues(validate(candidateListCreateSchema, { ...list, headOfList: 'Camille Martin', parties: ['PS'] })),
    ).toEqual([]);
  });

  it('refuses a short or blank name, a bad address, too many parties and unknown fields', () => {
    expect(issues(validate(candidateListCreateSchema, { ...list, name: 'É' }))).toEqual(['name:TOO_SHORT']);
    expect(issues(validate(candidateListCreateSchema, { ...list, name: '   ' }))).toEqual(['name:REQUIRED']);
    expect(issues(validate(candidateListCreateSchema, { ...list, name: 'x'.repeat(301) }))).toEqual(['name:TOO_LONG']);
    expect(issues(validate(candidateListCreateSchema, { ...list, website: 'echirolles' }))).toEqual([
      'website:INVALID_URL',
    ]);
    expect(issues(validate(candidateListCreateSchema, { ...list, parties: Array(21).fill('P') }))).toEqual([
      'parties:TOO_MANY',
    ]);
    expect(issues(validate(candidateListCreateSchema, { ...list, collectivityId: 'x' }))).toEqual([
      'collectivityId:INVALID_ID',
    ]);
    expect(validate(candidateListCreateSchema, { ...list, outcome: 'MAJORITY' }).ok).toBe(false);
  });
});
