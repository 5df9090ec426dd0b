import { escapeHtml } from '../escapeHtml.ts';

/**
 * One attribute as Astro writes it: left out when the value is undefined, null or false, the name
 * alone when it is true or empty, otherwise the value escaped (every character escapeHtml knows,
 * where Astro escapes only `&` and `"`: the same meaning in a quoted attribute, and one rule).
 * @example htmlAttribute('lang', 'th') // ' lang="th"'
 * @example htmlAttribute('lang', undefined) // ''
 */
export function htmlAttribute(name: string, value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null || value === false) return '';
  if (value === true || value === '') return ` ${name}`;
  return ` ${name}="${escapeHtml(String(value))}"`;
}
