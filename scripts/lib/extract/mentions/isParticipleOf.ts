import type { At } from '../sentences/nearestByWords.ts';

// A participle set off by a comma tells what the clause before it did: ", killing 18 soldiers",
// ", wounding five", ", leaving 12 dead".
const PARTICIPLE = /^\s*,\s*(?:killing|wounding|injuring|leaving|displacing|forcing|claiming\s+the\s+lives\s+of)\b[^,;:.()]*$/i;

/**
 * Whether a figure lies in a participle phrase that hangs on a clause ending right before it: in
 * "a week after gunmen raided a depot in Ondria, killing nine guards" the nine are the raid's,
 * though its clause ends at the comma.
 * @example isParticipleOf('Gunmen stormed a post, killing 18.', { start: 31, end: 33 }, { start: 0, end: 21 }) // true
 */
export function isParticipleOf(text: string, figure: At, clause: At): boolean {
  return clause.end <= figure.start && PARTICIPLE.test(text.slice(clause.end, figure.start));
}
