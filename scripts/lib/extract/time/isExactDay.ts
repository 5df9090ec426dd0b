import type { ResolvedTime } from './resolveTime.ts';

/**
 * Whether a time placed on the calendar starts on a known day: a day or a span of days, not a
 * month, a year or an approximate window ("earlier this week").
 * @example isExactDay({ date: '2025-08-04', approximate: false }) // true
 */
export const isExactDay = (time: ResolvedTime | undefined): time is ResolvedTime => time !== undefined && !time.approximate && time.date.length === 10;
