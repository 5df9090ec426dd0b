import type { TimeSpec } from './timeSpec.ts';

/**
 * Whether a date names one day — a weekday, a day counted from publication, a calendar day — with
 * or without its time of day, so that a clock time, a length of days or the other end of a span can
 * attach to it.
 * @example namesDay({ type: 'weekday', weekday: 1 }) // true
 */
export const namesDay = (spec: TimeSpec): boolean =>
  spec.type === 'weekday' || (spec.type === 'relative' && spec.unit === 'day') || (spec.type === 'calendar' && spec.day !== undefined);

/** Whether a date gives a time of day ("Monday morning", "10 p.m. Wednesday"). */
export const hasTimeOfDay = (spec: TimeSpec): boolean => 'time' in spec && spec.time !== undefined;
