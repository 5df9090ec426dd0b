import { getRelativeLocaleUrl } from 'astro:i18n';
import { splitSitePath } from '../lib/splitSitePath.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

// The site's base (Astro `base`), as src/lib/urls.ts builds every path from it.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
// Folders already routed, by edition: a build links each source's page from every card that
// cites it and each event's page from its neighbours, in every list and edition, and Astro's
// routing works each one out anew (2.3 s of a 25,000-event build's CPU profile). Bounded, emptied past it.
const ROUTED = new Map<string, string>();
const ROUTED_MOST = 200_000;

/**
 * A site path (from src/lib/urls.ts) in one edition, through Astro's i18n routing: English at
 * the root, the others under their code. A file name, query and fragment are kept as they are.
 * @example localUrl('th', eventPath('2025-12-24-talks')) // '/th/events/2025-12-24-talks/'
 */
export function localUrl(locale: Locale, path: string): string {
  if (!path.startsWith(base)) throw new Error(`not a path of this site: ${path} (expected one under ${base})`);
  const { dir, file, tail } = splitSitePath(path.slice(base.length));
  const key = `${locale} ${dir}`;
  let url = ROUTED.get(key);
  if (url === undefined) {
    url = getRelativeLocaleUrl(locale, dir);
    if (ROUTED.size >= ROUTED_MOST) ROUTED.clear();
    ROUTED.set(key, url);
  }
  return `${url}${file}${tail}`;
}

/**
 * A page's path without its edition's prefix, as a site path: what the same page is called in
 * every edition.
 * @example editionlessPath('/th/events/a/', 'th') // '/events/a/'
 */
export function editionlessPath(pathname: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return pathname;
  const prefix = `${base}${locale}/`;
  return pathname.startsWith(prefix) ? `${base}${pathname.slice(prefix.length)}` : pathname === `${base}${locale}` ? base : pathname;
}

/** The same page in each edition, for the switcher and the `hreflang` alternates. */
export const pageInEditions = (pathname: string, current: Locale, locales: readonly Locale[] = LOCALES) =>
  locales.map((locale) => ({ locale, href: localUrl(locale, editionlessPath(pathname, current)) }));
