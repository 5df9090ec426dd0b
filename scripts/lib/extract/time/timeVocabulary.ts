import { escapeRegExp } from '../../../../src/lib/escapeRegExp.ts';

// The English words time expressions are built of, as tables the grammar composes into patterns.

/** Month names and their usual abbreviations, by month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Weekday names and abbreviations, by ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thur: 4, thu: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Small cardinals and the vague amounts time expressions use ("a few weeks"); `NaN` is an unknown amount. */
export const AMOUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'a couple of': 2, 'couple of': 2, 'a couple': 2, couple: 2, 'a dozen': 12, dozen: 12,
  'a few': NaN, few: NaN, several: NaN, some: NaN, many: NaN, 'a number of': NaN,
};

/** Ordinals as words and figures, for quarters, halves, centuries and days. */
export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, sixth: 6,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
  last: 4, final: 4,
};

/** Units of time by the letter TIMEX3 durations use; weekends, quarters and decades are counted in other units. */
export const UNITS: Record<string, TimeUnit> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', night: 'day', week: 'week', weekend: 'weekend',
  fortnight: 'fortnight', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century',
  centurie: 'century',
};
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** TimeML's codes for parts of the day and seasons. */
export const PARTS_OF_DAY: Record<string, 'MO' | 'AF' | 'EV' | 'NI' | 'MI'> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI', midday: 'MI',
};
export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Holidays on a fixed day (month, day), and those on the nth weekday of a month (month, weekday, n; n = -1 for the last). */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  'independence day': [7, 4], halloween: [10, 31], "valentine's day": [2, 14], 'veterans day': [11, 11], 'boxing day': [12, 26],
};
export const WEEKDAY_HOLIDAYS: Record<string, [number, number, number]> = {
  thanksgiving: [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'labor day': [9, 1, 1], 'memorial day': [5, 1, -1],
  "martin luther king day": [1, 1, 3], "presidents' day": [2, 1, 3],
};

/** An alternation of a table's keys, longest first so that "sept" is tried before "sep". */
export const alternation = (table: Record<string, unknown>): string =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .map((k) => escapeRegExp(k).replace(/ /g, '\\s+'))
    .join('|');
