/**
 * The site's editions. English is the default and lives at the root (`/`); every other edition
 * lives under its code (`/th/`, `/km/`). astro.config.mjs gives Astro's i18n routing this list, so
 * a fork adds a language here, writes its catalogue (./messages/) and its calendar (./calendars.ts).
 */
export const LOCALES = ['en', 'th', 'km'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'en' satisfies Locale;
/** The editions other than the default, whose names and catalogues are translations. */
export const OTHER_LOCALES = LOCALES.filter((l): l is Exclude<Locale, typeof DEFAULT_LOCALE> => l !== DEFAULT_LOCALE);
export type OtherLocale = (typeof OTHER_LOCALES)[number];

export interface LocaleInfo {
  /** BCP 47 tag for `lang` and `hreflang`. */
  tag: string;
  /** Open Graph's locale form (`th_TH`). */
  ogLocale: string;
  /** The language's own name for itself, as the switcher shows it. */
  name: string;
  /** Locale for the build's `Intl` (numbers; English dates). */
  intl: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { tag: 'en', ogLocale: 'en_GB', name: 'English', intl: 'en-GB' },
  th: { tag: 'th', ogLocale: 'th_TH', name: 'ไทย', intl: 'th-TH' },
  km: { tag: 'km', ogLocale: 'km_KH', name: 'ខ្មែរ', intl: 'km-KH' },
};

/** @example isLocale('th') // true */
export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The locale Astro computed for a page (`Astro.currentLocale`), checked: a page outside the
 * editions is a programmer error, and failing the build says so rather than showing English.
 * @example localeOf('km') // 'km'
 */
export function localeOf(current: string | undefined): Locale {
  const locale = current ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new Error(`unknown locale: ${JSON.stringify(current)} (expected one of ${LOCALES.join(', ')})`);
  return locale;
}

/** The editions the build writes: all of them, or those named in SITE_LOCALES (a large archive's benchmark may build one). */
export function buildLocales(env: string | undefined): readonly Locale[] {
  if (!env) return LOCALES;
  const asked = env.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = asked.filter((l) => !isLocale(l));
  if (unknown.length > 0) throw new Error(`invalid SITE_LOCALES: ${JSON.stringify(env)} (expected a comma-separated list of ${LOCALES.join(', ')})`);
  if (!asked.includes(DEFAULT_LOCALE)) throw new Error(`invalid SITE_LOCALES: ${JSON.stringify(env)} (the default edition, ${DEFAULT_LOCALE}, is always built)`);
  return LOCALES.filter((l) => asked.includes(l));
}
