import { useI18n, type Locale } from '../lib/i18n';

const NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };

/** Two buttons, each language written in itself; the current one is pressed. The choice is remembered. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {(Object.keys(NAMES) as Locale[]).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale === l}
          className="language-button"
          onClick={() => setLocale(l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
