import type { TimeSpec } from './timeSpec.ts';

/**
 * The weekday a date names bare ("on Tuesday", "Tuesday night"), Monday 1 as ISO counts; undefined
 * for any other date and for a weekday placed some other way ("last Tuesday", "Tuesday week",
 * "the previous Tuesday"), which a report's own week does not place.
 * @example bareWeekday({ type: 'weekday', weekday: 2 }) // 2
 * @example bareWeekday({ type: 'weekday', weekday: 2, hint: 'past' }) // undefined
 */
export function bareWeekday(spec: TimeSpec): number | undefined {
  return spec.type === 'weekday' && spec.hint === undefined && spec.week === undefined && spec.from === undefined ? spec.weekday : undefined;
}
