import { signingFormSchema } from './signatory';
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
