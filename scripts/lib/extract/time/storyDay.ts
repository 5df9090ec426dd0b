import { DateTime } from 'luxon';
import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';
import { findDateline, findLedeDateline } from './findDateline.ts';
import { pastWeekdays } from './pastWeekdays.ts';

/** How many days a page's stamp may lie after its lede's dateline: a print edition of the next morning, a late posting. */
const FILED_BEFORE_DAYS = 2;

/**
 * The day an article's story was filed, which its "today", "tonight" and weekdays count from:
 * the day of the wire dateline that opens its lede when the page's own day lies a day or two
 * after it ("Saturday, 15 March 2024" over "VELMORA, March 14 (AW) - Troops today…": a morning
 * paper prints the day before's story); else the day after the page's when the page was modified
 * then and its text tells that day's weekday in the past (modifiedDay); else the page's day.
 * @example storyDay(analysis, DateTime.fromISO('2024-03-15')).toISODate() // '2024-03-14'
 */
export function storyDay(analysis: ArticleAnalysis, published: DateTime): DateTime {
  const lede = findLedeDateline(analysis.article.body, analysis.furniture);
  if (!lede) return modifiedDay(analysis, published);
  // "VELMORA, Feb 27:" with no year is of the page's year, or of the year before when the page
  // is of early January.
  const on = (year: number) => DateTime.fromObject({ year, month: lede.spec.month, day: lede.spec.day }, { zone: published.zone });
  const filed = lede.spec.year !== undefined ? on(lede.spec.year) : on(published.year) > published ? on(published.year - 1) : on(published.year);
  const before = published.startOf('day').diff(filed, 'days').days;
  if (!(before >= 1 && before <= FILED_BEFORE_DAYS)) return modifiedDay(analysis, published);
  // "In a statement on Tuesday, Borea said …" under "VELMORA, March 18" (a Monday) on a page of
  // Tuesday 19 March: the story went on being written after its dateline, and a day it names of
  // the past between the two is that day, not the Tuesday of the week before. It is counted from
  // the latest so named.
  const named = new Set(pastWeekdays(analysis));
  const later = Array.from({ length: before }, (_, i) => filed.plus({ days: i + 1 })).filter((d) => named.has(d.weekday));
  return later.at(-1) ?? filed;
}

/**
 * "Last Modified: 14 March 2024 01:54 GMT" on a page given as of 13 March, whose text tells of
 * "Thursday morning" (the 14th) in the past: the story was written on into the day of its
 * modification, and its weekdays count from that day. Only the day after the page's, and only
 * when the text names that day's weekday of the past; else the page's day.
 * @example modifiedDay(analysis, DateTime.fromISO('2024-03-13')).toISODate() // '2024-03-14'
 */
function modifiedDay(analysis: ArticleAnalysis, published: DateTime): DateTime {
  const stamp = findDateline(analysis.article.body, analysis.furniture);
  if (stamp?.kind !== 'updated-line' || stamp.spec.year === undefined) return published;
  const modified = DateTime.fromObject({ year: stamp.spec.year, month: stamp.spec.month, day: stamp.spec.day }, { zone: published.zone });
  const after = modified.diff(published.startOf('day'), 'days').days;
  return after === 1 && pastWeekdays(analysis).includes(modified.weekday) ? modified : published;
}
