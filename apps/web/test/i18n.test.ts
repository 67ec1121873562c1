import { createI18n, initialLocale, interpolate, LOCALE_STORAGE_KEY, MESSAGES } from '../src/lib/i18n';

const none = { getItem: () => null };

/** Intl puts no-break spaces (U+00A0, U+202F) in French numbers: compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has the same keys in French and in English', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.fr).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(MESSAGES.fr) as (keyof typeof MESSAGES.fr)[]) {
      expect({ key, placeholders: placeholders(MESSAGES.en[key]) }).toEqual({
        key,
        placeholders: placeholders(MESSAGES.fr[key]),
      });
    }
  });

  it('has no empty message and both forms of every counted message', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[locale])) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        if (key.endsWith('_one')) expect(Object.keys(MESSAGES[locale])).toContain(key.replace(/_one$/, '_other'));
      }
    }
  });
});

describe('messages in two chunks', () => {
  it('puts each key in one chunk only: the first load or the other pages', async () => {
    const chunks = {
      fr: [
        (await import('../src/lib/i18n/messages.first.fr')).firstFr,
        (await import('../src/lib/i18n/messages.rest.fr')).restFr,
      ],
      en: [
        (await import('../src/lib/i18n/messages.first.en')).firstEn,
        (await import('../src/lib/i18n/messages.rest.en')).restEn,
      ],
    };
    for (const locale of ['fr', 'en'] as const) {
      const [first, rest] = chunks[locale].map((part) => Object.keys(part));
      expect(first.filter((key) => rest.includes(key))).toEqual([]);
      expect([...first, ...rest].sort()).toEqual(Object.keys(MESSAGES[locale]).sort());
    }
  });

  it('loads the first load alone, then the other pages into the same messages', async () => {
    // A fresh copy of the module, without the messages that the tests' set-up provides whole.
    await jest.isolateModulesAsync(async () => {
      const i18n = await import('../src/lib/i18n/i18n');
      expect(i18n.createI18n('en').t('home.title')).toBe('home.title');
      await i18n.loadMessages('en');
      const english = i18n.createI18n('en');
      expect(english.t('home.title')).toBe(MESSAGES.en['home.title']);
      expect(english.has('account.title')).toBe(false);
      expect(i18n.hasAllMessages('en')).toBe(false);
      await i18n.loadMessages('en', { allPages: true });
      expect(i18n.hasAllMessages('en')).toBe(true);
      expect(english.t('account.title')).toBe(MESSAGES.en['account.title']);
      expect(i18n.hasAllMessages('fr')).toBe(false);
    });
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} et {b}', { a: 1 })).toBe('1 et {b}');
  });
});

describe('createI18n', () => {
  it('formats numbers, percentages and dates in French', () => {
    const i18n = createI18n('fr');
    expect(plain(i18n.formatPercent(15.5))).toBe('15,5 %');
    expect(i18n.formatPercent(null)).toBe('non renseigné');
    expect(i18n.formatDate('2026-03-22')).toBe('22 mars 2026');
    // In words, as libs/pact's dateInWords writes it: the first of the month is « 1er ».
    expect(i18n.formatDate('2026-06-01')).toBe('1er juin 2026');
    expect(i18n.formatDate('2026-06-01T09:30:00Z')).toBe('1er juin 2026');
    expect(plain(i18n.plural('common.inhabitants', 37491))).toBe('37 491 habitants');
    expect(i18n.plural('search.results', 1)).toBe('1 résultat');
  });

  it('formats in English', () => {
    const i18n = createI18n('en');
    expect(i18n.formatPercent(15.5)).toBe('15.5%');
    expect(i18n.formatDate('2026-03-22')).toBe('22 March 2026');
    expect(i18n.plural('search.results', 2)).toBe('2 results');
    expect(i18n.t('pact.sectionShort', { number: 2 })).toBe('Section 2');
  });
});

describe('initialLocale', () => {
  it('is French unless English was chosen', () => {
    expect(initialLocale({ getItem: () => null })).toBe('fr');
    expect(initialLocale({ getItem: () => 'de' })).toBe('fr');
    expect(initialLocale({ getItem: (k) => (k === LOCALE_STORAGE_KEY ? 'en' : null) })).toBe('en');
    expect(
      initialLocale({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('fr');
  });
});

describe('the language of a visit', () => {
  it('follows the URL first, then the saved choice, then the browser’s languages, else French', () => {
    const savedFr = { getItem: (k: string) => (k === LOCALE_STORAGE_KEY ? 'fr' : null) };
    expect(initialLocale(savedFr, '?lang=en', ['fr-FR'])).toBe('en');
    expect(initialLocale(none, '?q=x&lang=fr', ['en-GB'])).toBe('fr');
    expect(initialLocale(savedFr, '?lang=de', ['en-GB'])).toBe('fr');
    // A first visit: nothing saved, the browser's Accept-Language decides.
    expect(initialLocale(none, '', ['en-US', 'en'])).toBe('en');
    expect(initialLocale(none, '', ['de-DE', 'fr-CH', 'en'])).toBe('fr');
    expect(initialLocale(none, '', ['de-DE', 'es'])).toBe('fr');
  });
});
