import { defineMiddleware } from 'astro:middleware';
import { GLOSSARY_WORDS } from './i18n/glossaryWords.ts';
import { isLocale } from './i18n/locales.ts';
import { keepWordsWhole } from './lib/html/keepWordsWhole.ts';

/**
 * Keeps the glossary's compound terms on one line in the Thai and Khmer pages' text: Chromium
 * breaks these scripts where ICU's dictionary ends a word, and that dictionary ends one inside
 * คำเรียกร้อง and អ្នកស្លាប់. Every page's HTML passes here once, at build time.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const locale = context.currentLocale;
  const words = isLocale(locale) ? GLOSSARY_WORDS[locale] : undefined;
  if (!words?.length || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(keepWordsWhole(await response.text(), words), { status: response.status, headers: response.headers });
});
