import { DateTime } from 'luxon';
import type { Anchor } from '../sentences/analyseSentence.ts';
import { bareWeekday } from './bareWeekday.ts';
import { resolveSpan } from './resolveSpan.ts';
import type { ResolvedTime } from './resolveTime.ts';

/** Words that tell a plan from a past day's point of view: "would be lifted", "was due to expire", "were to meet". */
const BACKSHIFTED = /\b(?:would|(?:was|were)\s+(?:due|set|expected|scheduled|to))\b/i;

/**
 * The day of a weekday told ahead inside a sentence that tells a past act on an earlier weekday
 * ("Borea ruled on Tuesday to end early a curfew, due to expire on Wednesday night", published
 * on Thursday): the plan is told as it stood that day, so its weekday is the
 * first after the day named, not the first after publication. Only with a mark of the plan told
 * from the past ("would", "was due to"), and only when that day is not after publication; else
 * undefined, and the weekday counts from publication as usual.
 * @example aheadOfNamedDay(anchor, anchors, text, published, timeOf)?.date // '2023-12-13'
 */
export function aheadOfNamedDay(
  anchor: Anchor,
  anchors: readonly Anchor[],
  text: string,
  published: DateTime,
  timeOf: (a: Anchor) => ResolvedTime | undefined,
): ResolvedTime | undefined {
  if (anchor.tense !== 'future' || bareWeekday(anchor.time.spec) === undefined || !BACKSHIFTED.test(text)) return undefined;
  const today = published.toISODate()!;
  const named = anchors
    .filter((a) => a !== anchor && !a.borrowed && a.tense === 'past' && bareWeekday(a.time.spec) !== undefined && a.time.start < anchor.time.start)
    .map(timeOf)
    .filter((t): t is ResolvedTime => t !== undefined && !t.approximate && t.endDate === undefined && t.date < today);
  if (named.length === 0) return undefined;
  const from = DateTime.fromISO(named[0]!.date, { zone: published.zone });
  const day = resolveSpan(anchor.time, from, 'future');
  return day && !day.approximate && day.date > named[0]!.date && day.date <= today ? day : undefined;
}
