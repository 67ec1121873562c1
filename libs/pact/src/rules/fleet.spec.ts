import { fleetDeclarationSchema } from './fleet';
import { validate } from './validate';

const ctx = { today: '2026-06-15' };
const declaration = {
  collectivityId: '3f1c1c52-8f3e-4a43-9a55-0b9f7a3f1e10',
  audience: 'STAFF',
  workstations: 400,
  asOf: '2026-06-15',
};
const issues = (input: object) => {
  const result = validate(fleetDeclarationSchema(ctx), { ...declaration, ...input });
  return result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);
};

describe('a fleet declaration', () => {
  it('counts whole machines of one audience, any count may stay undeclared', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ servers: null, officeSeats: 380 })).toEqual([]);
    expect(issues({ workstations: -1 })).toEqual(['workstations:INVALID_NUMBER']);
    expect(issues({ officeSeats: 2.5 })).toEqual(['officeSeats:INVALID_NUMBER']);
    expect(issues({ servers: 1_000_001 })).toEqual(['servers:INVALID_NUMBER']);
    expect(issues({ audience: 'HOME' })).toEqual(['audience:INVALID_VALUE']);
  });

  it('is dated, not in the future', () => {
    expect(issues({ asOf: '2026-06-16' })).toEqual(['asOf:FLEET_DATE_IN_FUTURE']);
    expect(issues({ asOf: '2026-02-30' })).toEqual(['asOf:INVALID_DATE']);
    expect(issues({ asOf: undefined })).toEqual(['asOf:REQUIRED']);
  });
});
