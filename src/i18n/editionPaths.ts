import { buildLocales, DEFAULT_LOCALE, type Locale } from './locales.ts';

/** The editions this build writes (all, or SITE_LOCALES's). */
export const builtLocales = (): readonly Locale[] => buildLocales(process.env.SITE_LOCALES);

/**
 * `getStaticPaths` entries for a page under `src/pages/[...locale]/`: English at the root, each
 * other edition under its code.
 * @example editionPaths() // [{ params: { locale: undefined }, props: { locale: 'en' } }, { params: { locale: 'th' }, … }, …]
 */
export const editionPaths = () =>
  builtLocales().map((locale) => ({ params: { locale: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
