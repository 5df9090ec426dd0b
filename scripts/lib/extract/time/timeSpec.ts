import type { TimeUnit } from './timeVocabulary.ts';

/** TimeML's parts of the day: morning, afternoon, evening, night, midday. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'MI';

/** A time of day: "10:35 a.m.", "noon", "Friday morning". */
export interface ClockTime {
  hour?: number;
  minute?: number;
  partOfDay?: PartOfDay;
  /** Given in UTC or GMT ("08:30 UTC"). */
  utc?: boolean;
}

/** Which part of a period: "early July", "mid-December", "late 1990". */
export type PeriodPart = 'early' | 'mid' | 'late';

/** A named period of the calendar that is not a month or a day. */
export type Period =
  /** Index 0: the quarter the text speaks of ("the 1988 quarter"). */
  | { kind: 'quarter' | 'half'; index: number }
  | { kind: 'season'; index: 'SP' | 'SU' | 'FA' | 'WI' }
  | { kind: 'decade' }
  | { kind: 'century' };

/** What a time expression says, before it is placed on the calendar. */
export type TimeSpec =
  /**
   * A calendar date or period, possibly without its year: "December 24", "in July", "24 December 2025",
   * "mid-December", "the third quarter", "summer 1998", "the 1990s", "Thanksgiving". `hint` is the
   * direction the words themselves give ("last June", "next spring").
   */
  | {
      type: 'calendar';
      year?: number;
      /** The last year of a span of years: "in 2009-2010". */
      untilYear?: number;
      /** A year counted from the publication's: "June last year" is -1. */
      yearShift?: number;
      month?: number;
      day?: number;
      /** The nth (1…; -1 the last) such weekday of the month, for holidays such as Thanksgiving. */
      nthWeekday?: { weekday: number; n: number };
      period?: Period;
      part?: PeriodPart;
      time?: ClockTime;
      hint?: 'past' | 'future';
      /** The day of the week the text gives beside the date ("Saturday, April 25"), which fixes its year. */
      weekday?: number;
    }
  /** A day of the week, resolved against the publication date: "on Saturday", "last Monday", "Friday night". */
  | { type: 'weekday'; weekday: number; hint?: 'past' | 'future'; time?: ClockTime; /** "early on Tuesday": the small hours, which another time zone's report may date the day before. */ early?: true; /** "the previous Friday": counted from the day last named. */ from?: 'reference'; /** "Friday last week" is -1: that day of the week counted from publication's. */ week?: number }
  /**
   * A period counted from the publication date ("yesterday", "earlier this week", "last month",
   * "three days ago", "this morning") or, with `from: 'reference'`, from the date the text last
   * spoke of ("a year earlier", "the following month", "that day").
   */
  | {
      type: 'relative';
      unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
      shift: number;
      part?: 'earlier' | 'later' | PeriodPart;
      from?: 'reference';
      /** Counted back from the publication day ("a year ago"), which a report of a quarter counts from that quarter. */
      counted?: boolean;
      /** Keeps the precision of the date counted from: "a year earlier" than 2 March is 2 March, "the following year" a year. */
      precise?: boolean;
      /**
       * "The weekend": the one the tense points to, not necessarily this week's. "The quarter",
       * "the year-ago period": a quarter, the one the text last named or else the last ended.
       * "The full year": the year the text speaks of, when near the publication's.
       */
      loose?: boolean;
      time?: ClockTime;
    }
  /** The present, past or future in general: "now", "recently", "in the future". */
  | { type: 'reference'; ref: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  /** A length of time: "three days", "the past 20 years", "a two-week offensive"; no amount is "several", "weeks". */
  | { type: 'duration'; amount?: number; unit: TimeUnit; qualifier: 'exactly' | 'about' }
  /** A recurrence, in TIMEX3 form: "daily" P1D, "each Thursday" XXXX-WXX-4. */
  | { type: 'set'; value: string };

/**
 * How a date opens a span of days instead of naming one: where the span ends, and whether it is
 * only the window a happening lies in ("the second or third week of the month") rather than how
 * long it went on ("from 8 to 10 December", "throughout July", "for three days").
 */
export type Extent =
  /** Up to another date, the first such on or after the start: "from 8 to 10 December", "between Friday and Sunday", "since Monday" (today). */
  | { to: 'date'; until: TimeSpec; window?: boolean }
  /** The whole period the date names ("throughout July"), or with `days` those days of its month. */
  | { to: 'whole'; days?: readonly [number, number]; window?: boolean }
  /** A number of days from the date, or up to it (`back`): "fought for three days from Monday". */
  | { to: 'count'; days: number; back?: boolean };
