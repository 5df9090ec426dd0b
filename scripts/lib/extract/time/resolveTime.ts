import { DateTime } from 'luxon';
import { normaliseTime, type Direction, type TimeContext } from './normaliseTime.ts';
import type { NightEdge } from './nightEdge.ts';
import type { TimeSpec } from './timeSpec.ts';

export type { Direction, TimeContext } from './normaliseTime.ts';

/** A time expression placed on the calendar, at the precision the text gives. */
export interface ResolvedTime {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a decade is its first year to its last). */
  date: string;
  /** Last day of a window, for approximate expressions ("earlier this week"). */
  endDate?: string;
  /** True when date…endDate only bounds when it happened. */
  approximate: boolean;
  /** The side of midnight the words give the day: "Tuesday night" is late, "early on Wednesday" early (see `nightEdge`). */
  edge?: NightEdge;
}

const day = (d: DateTime) => d.toISODate()!;
const window = (from: DateTime, to: DateTime): ResolvedTime =>
  from.hasSame(to, 'day') ? { date: day(from), approximate: false } : { date: day(from), endDate: day(to), approximate: true };
const PART_DAYS = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;
const SEASON_MONTHS = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] } as const;

/**
 * Places a time expression on the calendar for the timeline, relative to the day the article was
 * published: the TIMEX3 value `normaliseTime` gives, as a day, a month or a year, or as the
 * window of days a week, a quarter or "mid-December" covers. "Earlier this week" is the days of
 * the week before publication. Durations, recurrences and "now" are no date: undefined.
 * @example resolveTime({ type: 'weekday', weekday: 6 }, DateTime.fromISO('2025-12-24'), 'future').date // '2025-12-27'
 */
export function resolveTime(spec: TimeSpec, published: DateTime, direction: Direction, context: TimeContext = {}): ResolvedTime | undefined {
  // An article places the same few dates again and again (its news days, each mention, each
  // figure), each a dozen luxon calculations: each answer is worked out once per publication day.
  // Only the day of `published` counts (see normaliseTime), so that is all the key holds.
  const key = `${published.year}-${published.month}-${published.day}|${direction}|${context.reference}|${context.quarter}|${JSON.stringify(spec)}`;
  if (placed.has(key)) return placed.get(key);
  if (placed.size >= CACHE_SIZE) placed.clear();
  const time = place(spec, published, direction, context);
  placed.set(key, time && Object.freeze(time));
  return time;
}

const CACHE_SIZE = 10_000;
const placed = new Map<string, Readonly<ResolvedTime> | undefined>();

function place(spec: TimeSpec, published: DateTime, direction: Direction, context: TimeContext): ResolvedTime | undefined {
  const timex = normaliseTime(spec, published, direction, context);
  if (!timex || timex.type === 'DURATION' || timex.type === 'SET') return undefined;
  // Calendar days, counted in UTC: see normaliseTime.
  const zone = 'UTC';
  const p = DateTime.utc(published.year, published.month, published.day);
  const value = timex.value;
  const part = 'part' in spec ? spec.part : undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})/.exec(value))) return { date: m[1]!, approximate: false };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const first = DateTime.fromObject({ year: +m[1]!, month: +m[2]! }, { zone });
    if (part === 'early' || part === 'mid' || part === 'late') {
      const [from, to] = PART_DAYS[part];
      return window(first.set({ day: from }), first.set({ day: Math.min(to, first.daysInMonth!) }));
    }
    return { date: value, approximate: false };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = DateTime.fromObject({ weekYear: +m[1]!, weekNumber: +m[2]!, weekday: 1 }, { zone });
    const start = m[3] ? monday.plus({ days: 5 }) : monday;
    const end = monday.plus({ days: 6 });
    // Before the day of publication, within the week; on its first day, the day itself.
    if (part === 'earlier') return window(start, p.minus({ days: 1 }) < start ? start : p.minus({ days: 1 }));
    if (part === 'later') return window(p.plus({ days: 1 }) > end ? end : p.plus({ days: 1 }), end);
    return window(start, end);
  }
  if ((m = /^(\d{4})-(Q|H)(\d)$/.exec(value))) {
    const months = m[2] === 'Q' ? 3 : 6;
    const start = DateTime.fromObject({ year: +m[1]!, month: months * (+m[3]! - 1) + 1, day: 1 }, { zone });
    return window(start, start.plus({ months }).minus({ days: 1 }));
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [from, to] = SEASON_MONTHS[m[2] as keyof typeof SEASON_MONTHS];
    const start = DateTime.fromObject({ year: +m[1]!, month: from, day: 1 }, { zone });
    return window(start, start.plus({ months: to - from + 1 }).minus({ days: 1 }));
  }
  if (/^\d{4}$/.test(value)) {
    const until = spec.type === 'calendar' ? spec.untilYear : undefined;
    return until ? { date: value, endDate: String(until), approximate: false } : { date: value, approximate: false };
  }
  // A decade, TIMEX3 "198": its ten years.
  if (/^\d{3}$/.test(value)) return { date: `${value}0`, endDate: `${value}9`, approximate: true };
  return undefined;
}
