import { en } from './messages/en.ts';
import { km } from './messages/km.ts';
import type { Messages } from './messages/Messages.ts';
import { th } from './messages/th.ts';
import { LOCALES, type Locale } from './locales.ts';

export type { Messages };

const CATALOGUES: Record<Locale, Messages> = { en, th, km };

/**
 * Where a catalogue differs in shape from the English one: a key missing or extra, a string where
 * a function is expected, an empty string. `astro check` finds most of these as type errors;
 * this finds them when only the build runs (a JavaScript fork, a catalogue cast to the type).
 * @example catalogueProblems({ a: 'x', b: { c: 'y' } }, { a: '', b: {} }, 'th') // ['th: messages.a is empty', 'th: messages.b.c is missing']
 */
export function catalogueProblems(reference: object, catalogue: object, locale: string, path = 'messages'): string[] {
  const problems: string[] = [];
  const ref = reference as Record<string, unknown>;
  const cat = catalogue as Record<string, unknown>;
  for (const key of Object.keys(ref)) {
    const at = `${path}.${key}`;
    if (!(key in cat)) problems.push(`${locale}: ${at} is missing`);
    else if (typeof ref[key] !== typeof cat[key] || Array.isArray(ref[key]) !== Array.isArray(cat[key])) problems.push(`${locale}: ${at} is a ${typeof cat[key]} (expected a ${typeof ref[key]}, as in English)`);
    else if (typeof cat[key] === 'string' && cat[key] === '' && ref[key] !== '') problems.push(`${locale}: ${at} is empty`);
    else if (typeof cat[key] === 'object' && !Array.isArray(cat[key])) problems.push(...catalogueProblems(ref[key] as object, cat[key] as object, locale, at));
    else if (typeof cat[key] === 'function') problems.push(...droppedValues(ref[key] as Message, cat[key] as Message).map((i) => `${locale}: ${at} leaves out its argument ${i + 1}, which the English shows`));
  }
  for (const key of Object.keys(cat)) if (!(key in ref)) problems.push(`${locale}: ${path}.${key} is not in the English catalogue`);
  return problems;
}

type Message = (...args: unknown[]) => unknown;
const mark = (i: number) => `\u27E6${i}\u27E7`;

/**
 * The arguments an English message shows that an edition's leaves out (a count, a date, a name):
 * each is passed as a mark of its own, and each mark the English text holds must be in the
 * edition's. A message that cannot take marks (a list of names) is left to its own tests.
 */
function droppedValues(english: Message, edition: Message): number[] {
  const args = Array.from({ length: english.length }, (_, i) => mark(i));
  const text = (f: Message) => {
    try {
      return String(f(...args));
    } catch {
      return undefined;
    }
  };
  const shown = text(english);
  if (shown === undefined) return [];
  const written = text(edition) ?? '';
  return args.flatMap((a, i) => (shown.includes(a) && !written.includes(a) ? [i] : []));
}

// Checked once, when the first page asks: a gap fails the build with every problem named,
// rather than showing English to readers of another edition.
let checked = false;

/**
 * The interface strings of one edition.
 * @example messagesFor('th').nav.timeline // 'ลำดับเหตุการณ์'
 */
export function messagesFor(locale: Locale): Messages {
  if (!checked) {
    const problems = LOCALES.filter((l) => l !== 'en').flatMap((l) => catalogueProblems(en, CATALOGUES[l], l));
    if (problems.length > 0) throw new Error(`untranslated interface strings (src/i18n/messages/):\n  ${problems.join('\n  ')}`);
    checked = true;
  }
  return CATALOGUES[locale];
}
