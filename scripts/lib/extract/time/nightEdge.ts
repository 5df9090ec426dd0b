import type { TimeExpression } from './findTimeExpressions.ts';

/** Which side of midnight a day's date names: its evening and night, or its small hours. */
export type NightEdge = 'late' | 'early';

// "late on Tuesday", "late Tuesday": the end of the day named.
const LATE_BEFORE = /\blate\s+(?:on\s+)?$/i;
// "early on Wednesday", "in the early hours of Wednesday", "before dawn on Wednesday".
const EARLY_BEFORE = /\b(?:early\s+(?:on\s+)?|(?:the\s+)?(?:early|small|first)\s+hours\s+(?:of\s+|on\s+)?|(?:before|at)\s+dawn\s+(?:on\s+)?|(?:before|at)\s+daybreak\s+(?:on\s+)?)$/i;
/** Characters before a date its "late" or "early" may stand in. */
const REACH = 40;

/**
 * The side of midnight a date of a sentence names, when it names one: "Tuesday night", "on
 * Tuesday evening" and "late on Tuesday" are the day's late side; "early on Wednesday", "in the
 * early hours of Wednesday" and "before dawn on Wednesday" the next day's early side. Two reports
 * of one night, filed in two time zones or told the evening before and the morning after, date it
 * a day apart on these two sides.
 * @example nightEdge('Rockets struck early on Wednesday.', wednesday) // 'early'
 */
export function nightEdge(text: string, time: Pick<TimeExpression, 'start' | 'text' | 'spec'>): NightEdge | undefined {
  const spec = time.spec;
  // Only a day has sides of midnight: "late March" is a part of a month.
  const day = spec.type === 'weekday' || (spec.type === 'relative' && spec.unit === 'day') || (spec.type === 'calendar' && spec.day !== undefined);
  if (!day) return undefined;
  const before = text.slice(Math.max(0, time.start - REACH), time.start);
  const partOfDay = 'time' in spec ? spec.time?.partOfDay : undefined;
  if (partOfDay === 'NI' || partOfDay === 'EV' || /^late\b/i.test(time.text) || LATE_BEFORE.test(before)) return 'late';
  if ((spec.type === 'weekday' && spec.early) || /^early\b/i.test(time.text) || EARLY_BEFORE.test(before)) return 'early';
  return undefined;
}
