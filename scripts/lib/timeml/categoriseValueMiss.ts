import type { ValueMiss } from './scoreTimexes.ts';

/** The shape of a TIMEX3 value, by what it names. */
export function valueShape(value: string): string {
  if (/_REF$/.test(value)) return 'reference';
  if (/^P/.test(value)) return 'duration';
  if (/X/.test(value)) return 'partly unknown date';
  if (/T/.test(value)) return 'time of day';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-W\d{2}(?:-WE)?$/.test(value)) return 'week';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half-year';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return 'other';
}

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b/i;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
const RELATIVE = /\b(?:ago|last|next|this|past|previous|coming|earlier|later|today|yesterday|tomorrow|tonight|current)\b/i;

/**
 * Names the kind of mistake a wrong value is, so the most frequent ones can be counted:
 * "month name without year, resolved into the future", "weekday placed in the wrong week"…
 * @example categoriseValueMiss(miss) // 'weekday placed in the wrong week'
 */
export function categoriseValueMiss(miss: ValueMiss): string {
  const g = miss.gold.value;
  const s = miss.system.value;
  const text = miss.gold.text;
  const gs = valueShape(g);
  const ss = valueShape(s);
  const said = WEEKDAY.test(text) ? 'weekday' : MONTH.test(text) && !YEAR.test(text) ? 'month name without year' : YEAR.test(text) ? 'explicit year' : RELATIVE.test(text) ? 'relative expression' : 'other expression';
  if (gs !== ss) return `${said}: gold ${gs}, system ${ss}`;
  const later = s > g ? 'into the future' : 'into the past';
  if (gs === 'day' && said === 'weekday') return `weekday placed in the wrong week (${later})`;
  if ((gs === 'day' || gs === 'month' || gs === 'season') && said === 'month name without year') return `month name without year, resolved ${later}`;
  if (gs === 'duration') return 'duration of another length or unit';
  if (gs === 'reference') return 'another reference (past, present, future)';
  return `${said}: ${gs} counted ${later}`;
}
