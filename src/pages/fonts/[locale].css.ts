import type { APIRoute, GetStaticPaths } from 'astro';
import { fontCss } from '../../i18n/fonts.ts';
import { builtLocales } from '../../i18n/editionPaths.ts';
import { OTHER_LOCALES, type OtherLocale } from '../../i18n/locales.ts';

/** /fonts/th.css and /fonts/km.css: each linked only by its own edition's pages. */
export const getStaticPaths = (() =>
  OTHER_LOCALES.filter((l) => builtLocales().includes(l)).map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(fontCss(params.locale as OtherLocale), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
