import type { TimeExpression } from '../time/findTimeExpressions.ts';

// What opens a saying's words before a date in them: a that-clause ("demanded that Arland pull back
// by"), a deadline ("by", "before", "no later than"), or a year that names a thing ("the 1994 accord").
// The that-clause opens right after the saying or the one it is said to ("told Borea that"), not
// a relative "that" further on ("a plea to extend the deadline that expired on Sunday").
const THAT_CLAUSE = /^\s+(?:[\p{L}'’.-]+\s+){0,2}that\s[^;:.()]*$/u;
const DEADLINE = /\b(?:by|before|no\s+later\s+than)\s+$/i;
// The words a saying's own day is told with right after it: "said on Monday", "urged late on Friday".
const TELLING_DAY = /^\s*(?:\S+\s+)?(?:on\s+|late\s+|early\s+)?$/i;

/**
 * Whether a date after a saying that ends at `end` lies inside the words it states, not beside its
 * telling: "condemned the violation of the 1994 accord", "demanded that Arland pull back by March
 * 30". Such a date is of what the words name; the saying is dated by its telling.
 * @example inWordsSaid('Borea demanded that Arland leave by March 30.', 13, march30) // true
 */
export function inWordsSaid(text: string, end: number, time: Pick<TimeExpression, 'start' | 'end' | 'text' | 'spec'>): boolean {
  // A length ("extend the deadline by 48 hours") is no day.
  if (time.start < end || TELLING_DAY.test(text.slice(end, time.start)) || (time.spec.type !== 'calendar' && time.spec.type !== 'weekday')) return false;
  return THAT_CLAUSE.test(text.slice(end, time.start)) || DEADLINE.test(text.slice(Math.max(0, time.start - 16), time.start)) || isNamingYear(text, time);
}

/** A year written before the noun it names, after an article: "the 1994 accord", "a 2008 treaty". */
export function isNamingYear(text: string, time: Pick<TimeExpression, 'start' | 'end' | 'text'>): boolean {
  return /^\d{4}$/.test(time.text) && /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, time.start - 6), time.start)) && /^\s+\p{Ll}/u.test(text.slice(time.end));
}
