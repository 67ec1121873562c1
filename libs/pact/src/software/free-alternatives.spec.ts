import { isActionCode } from '../catalogue/catalogue';
import {
  SOFTWARE_CATEGORIES,
  SOFTWARE_CATEGORY_LABELS,
  actionCodesForCategory,
  isSoftwareCategory,
} from './categories';
import {
  FREE_ALTERNATIVES_SEED,
  findFreeAlternative,
  freeAlternativesFor,
  freeAlternativesReplacing,
} from './free-alternatives';

describe('software categories', () => {
  it('label every category in French and English', () => {
    for (const category of SOFTWARE_CATEGORIES) {
      expect(SOFTWARE_CATEGORY_LABELS[category].fr).not.toBe('');
      expect(SOFTWARE_CATEGORY_LABELS[category].en).not.toBe('');
    }
    expect(Object.keys(SOFTWARE_CATEGORY_LABELS)).toEqual([...SOFTWARE_CATEGORIES]);
  });

  it('link categories to the pact actions they advance', () => {
    expect(actionCodesForCategory('OFFICE_SUITE')).toEqual(['1.5']);
    expect(actionCodesForCategory('BUSINESS_APPLICATION')).toEqual(['1.6']);
    expect(actionCodesForCategory('SERVER_OS')).toEqual(['1.7']);
    expect(actionCodesForCategory('WORKSTATION_OS')).toEqual(['1.8']);
    expect(actionCodesForCategory('SCHOOL')).toEqual(['2.7']);
    expect(actionCodesForCategory('OTHER')).toEqual([]);
    for (const category of SOFTWARE_CATEGORIES) {
      expect(actionCodesForCategory(category).every((code) => isActionCode(code))).toBe(true);
    }
  });

  it('guard unknown values', () => {
    expect(isSoftwareCategory('MAPS')).toBe(true);
    expect(isSoftwareCategory('maps')).toBe(false);
    expect(() => actionCodesForCategory('FAX' as never)).toThrow('Unknown software category');
  });
});

describe('FREE_ALTERNATIVES_SEED', () => {
  it('holds every software the pact names', () => {
    const names = FREE_ALTERNATIVES_SEED.flatMap((a) => [a.name, ...a.aliases]);
    for (const named of [
      'LibreOffice',
      'Firefox',
      'VLC',
      'GIMP',
      'Scribus',
      'Inkscape',
      'Audacity',
      'Thunderbird',
      'OpenStreetMap',
      'Primitux',
    ]) {
      expect(names).toContain(named);
    }
    expect(freeAlternativesFor('SERVER_OS').map((a) => a.slug)).toEqual(['debian-server', 'ubuntu-server']);
    expect(freeAlternativesFor('WORKSTATION_OS').map((a) => a.slug)).toEqual([
      'debian-workstation',
      'ubuntu-workstation',
    ]);
  });

  it('has unique kebab-case slugs, an https website, a licence, replaced products and known action codes', () => {
    const slugs = FREE_ALTERNATIVES_SEED.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const alternative of FREE_ALTERNATIVES_SEED) {
      expect(alternative.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(alternative.website).toMatch(/^https:\/\//);
      expect(alternative.licence).toMatch(/^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+)$/);
      expect(alternative.replaces.length).toBeGreaterThan(0);
      expect(alternative.actionCodes.length).toBeGreaterThan(0);
      expect(alternative.actionCodes.every((code) => isActionCode(code))).toBe(true);
      expect(isSoftwareCategory(alternative.category)).toBe(true);
    }
  });

  it('links the named software to the actions the brief of the pact gives them', () => {
    expect(findFreeAlternative('libreoffice')?.actionCodes).toEqual(['1.5']);
    expect(findFreeAlternative('debian-server')?.actionCodes).toEqual(['1.7']);
    expect(findFreeAlternative('ubuntu-workstation')?.actionCodes).toEqual(['1.8']);
    expect(findFreeAlternative('primtux')?.actionCodes).toEqual(['2.7']);
    expect(findFreeAlternative('nope')).toBeUndefined();
  });

  it('finds what replaces a proprietary product, ignoring case and a version suffix', () => {
    expect(freeAlternativesReplacing('Microsoft Office 2019').map((a) => a.slug)).toEqual(['libreoffice']);
    expect(freeAlternativesReplacing('adobe  photoshop').map((a) => a.slug)).toEqual(['gimp']);
    expect(freeAlternativesReplacing('Microsoft Publisher').map((a) => a.slug)).toEqual(['scribus']);
    expect(freeAlternativesReplacing('Google Maps').map((a) => a.slug)).toEqual(['openstreetmap']);
    expect(freeAlternativesReplacing('Microsoft Windows Server 2022').map((a) => a.slug)).toEqual([
      'debian-server',
      'ubuntu-server',
    ]);
    expect(freeAlternativesReplacing('Office')).toEqual([]);
    expect(freeAlternativesReplacing('  ')).toEqual([]);
  });

  it('is frozen', () => {
    expect(() => {
      (FREE_ALTERNATIVES_SEED[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
  });
});
