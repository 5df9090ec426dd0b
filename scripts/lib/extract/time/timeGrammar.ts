import type { ClockTime, PeriodPart, TimeSpec } from './timeSpec.ts';
import {
  alternation,
  AMOUNTS,
  FIXED_HOLIDAYS,
  MONTHS,
  ORDINALS,
  PARTS_OF_DAY,
  SEASONS,
  UNITS,
  WEEKDAY_HOLIDAYS,
  WEEKDAYS,
  type TimeUnit,
} from './timeVocabulary.ts';

/** Named groups of a match, each `undefined` when its part of the pattern did not take part. */
export type Groups = Record<string, string | undefined>;

/**
 * One rule of the grammar: a pattern over the text and what a match of it says. A rule whose
 * pattern has a group `x` marks only that group as the expression (the rest is context, such as
 * the "for" of "for years"). `build` returns nothing when the match turns out not to be a time
 * expression ("may" the verb, "2000 people").
 */
export interface TimeRule {
  name: string;
  /** A word every match holds; a text without it is not searched with `pattern`. */
  needs: RegExp;
  pattern: RegExp;
  build: (g: Groups, context: { before: string; after: string; matched: string }) => TimeSpec | undefined;
}

const full = (names: Record<string, unknown>, keep: (k: string) => boolean) => Object.fromEntries(Object.entries(names).filter(([k]) => keep(k)));
// Weekdays are written out in news copy; their abbreviations are also words ("sat", "wed", "sun").
const WEEKDAY = `(?<weekday>${alternation(full(WEEKDAYS, (k) => k.endsWith('day')))})`;
// "November. 14, 2031" on a page's stamp: a full month name with a stray full stop before its day and year.
const MONTH = `(?<month>(?:${alternation(full(MONTHS, (k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july'))})(?:\\.(?=\\s+\\d{1,2},?\\s+\\d{4}\\b))?|(?:${alternation(full(MONTHS, (k) => k.length <= 4 && k !== 'may'))})(?<dot>\\.)?)(?![\\p{L}])`;
const DAY = `(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\s*(?:%|percent|per\\s+cent))`;
const SPOKEN_YEAR = `nineteen[\\s-](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two\\s+thousand(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?`;
const YEAR = `(?<year>(?:1[6-9]|20)\\d\\d|${SPOKEN_YEAR})(?![\\d%]|-\\d|\\s*(?:%|percent|per\\s+cent))`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine';
const AMOUNT = `(?<n>\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:${TENS})(?:[\\s-](?:${SMALL}))?|${alternation(AMOUNTS)})`;
const UNIT = `(?<unit>${alternation(full(UNITS, (k) => k !== 'night' && k !== 'centurie'))}|centuries)`;
const PART_OF_DAY = `(?<pod>morning|afternoon|evening|night)`;
/**
 * Words that may follow "the day before", "the night after" when it stands alone ("called the frigates
 * back the night before to refuel", "had shut it the day before in protest"): any other word begins
 * what the day is counted from ("the day before Easter", "the day after talks failed").
 */
const ALONE_BEFORE = /^(?:\s*(?:[^\p{L}\s]|$)|\s+(?:to|in|at|on|and|or|but|when|while|as|with|near|by|during|amid|because|so|then|until|too|also)\b(?!\s+(?:the\s+)?(?:day|night|morning|evening)\b))/u;
// Hedges TimeML keeps in an expression's extent; "only", "just", "over" stay outside it.
const QUALIFIER = '(?<q>about|approximately|nearly|almost|some|more\\s+than|less\\s+than|fewer\\s+than|no\\s+more\\s+than|roughly|around|at\\s+least|at\\s+most|up\\s+to)';
const PART = '(?<part>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)';
const ZONE = '(?:\\s+(?<zone>[ECMP][SD]T|GMT|UTC|local\\s+time))?';

const lower = (s: string | undefined) => s?.toLowerCase().replace(/\s+/g, ' ');
const monthOf = (g: Groups) => MONTHS[lower(g.month)!.replace(/\.$/, '')];
const SPOKEN_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SPOKEN_TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** A year written in figures or spoken ("nineteen ninety-six", "two thousand and one"). */
const yearOf = (word: string): number => {
  const w = lower(word)!;
  if (/^\d+$/.test(w)) return Number(w);
  const parts = w.split(/[\s-]+/).filter((x) => x !== 'and');
  if (parts[0] === 'two' && parts[1] === 'thousand') return 2000 + (SPOKEN_TENS[parts[2] ?? ''] ?? 0) + (SPOKEN_UNITS[parts.at(-1)!] && parts.length > 2 ? SPOKEN_UNITS[parts.at(-1)!]! : 0);
  return 1900 + (SPOKEN_TENS[parts[1] ?? ''] ?? 0) + (SPOKEN_UNITS[parts[2] ?? ''] ?? 0);
};
const partOf = (word: string | undefined): PeriodPart | undefined => {
  const w = lower(word);
  if (!w) return undefined;
  if (/early|beginning|start/.test(w)) return 'early';
  if (/mid|middle/.test(w)) return 'mid';
  return 'late';
};

/** The amount a number word or figure gives; `NaN` for vague amounts ("several"), undefined when it is no amount. */
export function amountOf(text: string): number | undefined {
  const t = lower(text)!;
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (/^\d+ 1\/2$/.test(t)) return Number(t.split(' ')[0]) + 0.5;
  if (t in AMOUNTS) return AMOUNTS[t];
  const [tens, units] = t.split(/[\s-]/);
  const value = AMOUNTS[tens!];
  if (value === undefined) return undefined;
  return units ? value + (AMOUNTS[units] ?? NaN) : value;
}

const unitOf = (word: string | undefined): TimeUnit => {
  const w = lower(word)!.replace(/ies$/, 'y').replace(/s$/, '');
  return UNITS[w]!;
};
const clockOf = (g: Groups): ClockTime | undefined => {
  const pod = lower(g.pod);
  return pod ? { partOfDay: PARTS_OF_DAY[pod]! } : undefined;
};
const utcOf = (g: Groups) => (g.zone && /^(?:gmt|utc)$/i.test(g.zone) ? { utc: true } : {});
const weekdayOf = (g: Groups) => (g.weekday ? { weekday: WEEKDAYS[lower(g.weekday)!]! } : {});
const withTime = (spec: TimeSpec, time: ClockTime | undefined): TimeSpec => (time ? ({ ...spec, time } as TimeSpec) : spec);
const hintOf = (word: string | undefined): 'past' | 'future' | undefined => {
  const w = lower(word);
  if (!w) return undefined;
  if (/^(?:last|this past|the previous|past|previous)$/.test(w)) return 'past';
  if (/^(?:next|this coming|the following|coming|following)$/.test(w)) return 'future';
  return undefined;
};
const shiftOf = (word: string | undefined) => ({ last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, following: 1 })[lower(word) ?? ''] ;
/** Bare month names that are also common words need a capital and a day, year or a word such as "in". */
const plainMonth = (g: Groups, c: { before: string }) => {
  const word = g.month!;
  if (word[0] !== word[0]!.toUpperCase()) return false;
  const m = lower(word)!;
  if (m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july' && !g.dot) return false; // "Jan", "Mar": names and verbs
  if ((m === 'may' || m === 'march') && !g.rel && !g.part && !/\b(?:in|since|until|till|by|of|from|through|to|during|before|after|early|late|mid|last|next|this|since)\s+$/i.test(c.before)) return false;
  return true;
};
// A four-figure number is not a year when a plural noun follows it ("2000 workers").
const countedNoun = /^\s+(?!(?:was|has|is|as|its|his|this|thus|plus|versus|always|perhaps|across|unless|less|news)\b)[a-z]+s\b/;

const TABLE: [string, string, TimeRule['build']][] = [
  [
    'month-day-year',
    `(?:${WEEKDAY},?\\s+(?:the\\s+)?)?${MONTH}\\s+${DAY}(?:(?:,\\s*|\\s+)${YEAR})?`,
    (g) => {
      const month = monthOf(g)!;
      if (g.month![0] !== g.month![0]!.toUpperCase() && !g.year) return undefined; // "may 5" is no date
      return { type: 'calendar', month, day: Number(g.day), ...(g.year ? { year: yearOf(g.year!) } : {}), ...weekdayOf(g) };
    },
  ],
  [
    'weekday-bracketed-date',
    `${WEEKDAY}\\s*\\(\\s*(?:${MONTH}\\s+${DAY}|(?<dd>3[01]|[12]\\d|0?[1-9])\\s+(?<month2>${alternation(MONTHS)})\\.?)(?:,?\\s+${YEAR})?\\s*\\)`,
    (g) => {
      const month = g.month ? monthOf(g) : MONTHS[lower(g.month2)!];
      const day = Number(g.day ?? g.dd);
      return month ? { type: 'calendar', month, day, ...(g.year ? { year: yearOf(g.year) } : {}), ...weekdayOf(g) } : undefined;
    },
  ],
  [
    'day-month-year',
    `(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`,
    (g) => (g.month![0] === g.month![0]!.toUpperCase() ? { type: 'calendar', month: monthOf(g)!, day: Number(g.day), ...(g.year ? { year: yearOf(g.year!) } : {}), ...weekdayOf(g) } : undefined),
  ],
  [
    'month-year',
    `(?:${PART}[\\s-]+)?${MONTH}(?:\\s+of)?,?\\s+${YEAR}`,
    (g) => {
      const part = partOf(g.part);
      return { type: 'calendar', month: monthOf(g)!, year: yearOf(g.year!), ...(part ? { part } : {}) };
    },
  ],
  [
    'month-relative-year',
    `${MONTH}\\s+(?:of\\s+)?(?<rel>last|next|this)\\s+year`,
    (g) => ({ type: 'calendar', month: monthOf(g)!, yearShift: shiftOf(g.rel)! }),
  ],
  [
    'month',
    `(?:(?<rel>last|next|this|this\\s+past|this\\s+coming|the\\s+previous|the\\s+following)\\s+)?(?:${PART}[\\s-]+)?${MONTH}(?![\\p{L}\\d])`,
    (g, c) => {
      if (!plainMonth(g, c)) return undefined;
      const part = partOf(g.part);
      const hint = hintOf(g.rel);
      return { type: 'calendar', month: monthOf(g)!, ...(part ? { part } : {}), ...(hint ? { hint } : {}), ...(lower(g.rel) === 'this' ? { yearShift: 0 } : {}) };
    },
  ],
  [
    'iso-date',
    `(?<year>(?:1[6-9]|20)\\d\\d)-(?<mm>0[1-9]|1[0-2])-(?<dd>[0-2]\\d|3[01])(?:T(?<hour>[01]\\d|2[0-3]):(?<minute>[0-5]\\d))?`,
    (g) => withTime({ type: 'calendar', year: yearOf(g.year!), month: Number(g.mm), day: Number(g.dd) }, g.hour ? { hour: Number(g.hour), minute: Number(g.minute) } : undefined),
  ],
  [
    'slash-date',
    `(?<![\\d/])(?<mm>1[0-2]|0?[1-9])/(?<dd>3[01]|[12]\\d|0?[1-9])/(?<yy>(?:19|20)\\d\\d|\\d\\d)(?![\\d/])`,
    (g) => ({ type: 'calendar', month: Number(g.mm), day: Number(g.dd), year: g.yy!.length === 2 ? 1900 + Number(g.yy) + (Number(g.yy) < 50 ? 100 : 0) : Number(g.yy) }),
  ],
  // "23/October/2023", as some sites stamp their stories: day, month's name and year between slashes.
  [
    'slashed-month-date',
    `(?<![\\d/])(?<dd>3[01]|[12]\\d|0?[1-9])/${MONTH}/(?<yy>(?:19|20)\\d\\d)(?![\\d/])`,
    (g) => ({ type: 'calendar', month: monthOf(g)!, day: Number(g.dd), year: Number(g.yy) }),
  ],
  // "24.05.2018", "12.06.2015": a date in figures with dots, read day first as the countries that
  // write it so do; only with its year in full, so that a version or a score ("2.1.3") is none.
  [
    'dot-date',
    `(?<![\\d.])(?<dd>3[01]|[12]\\d|0?[1-9])\\.(?<mm>1[0-2]|0?[1-9])\\.(?<yy>(?:19|20)\\d\\d)(?!\\d|\\.\\d)`,
    (g) => ({ type: 'calendar', month: Number(g.mm), day: Number(g.dd), year: Number(g.yy) }),
  ],
  [
    'year-range',
    `(?<from>(?:1[6-9]|20)\\d\\d)\\s*[-–/]\\s*(?<to>(?:1[6-9]|20)\\d\\d|\\d\\d)(?![\\d%-])`,
    (g) => {
      const from = Number(g.from);
      const to = g.to!.length === 2 ? Math.floor(from / 100) * 100 + Number(g.to) : Number(g.to);
      return to > from && to - from < 100 ? { type: 'calendar', year: from, untilYear: to } : undefined;
    },
  ],
  [
    'year',
    `(?:${PART}[\\s-]+)?(?:(?<fiscal>fiscal(?:\\s+year)?|the\\s+year|calendar(?:\\s+year)?)[\\s-]+)?${YEAR}(?:[-/](?:\\d\\d))?`,
    (g, c) => {
      // Not a number among others ("$2000", "1,990"), nor a count of things ("2000 workers"),
      // unless it qualifies them as a year does: "the 1992 protests", "fiscal 1989 sales".
      if (/[$£€]\s*$|\d[.,]?$/.test(c.before) || /^[.,]\d/.test(c.after)) return undefined;
      if (countedNoun.test(c.after) && !g.fiscal && !/\b(?:the|in|of|its|their|his|her)\s+$/i.test(c.before)) return undefined;
      const part = partOf(g.part);
      return { type: 'calendar', year: yearOf(g.year!), ...(part ? { part } : {}) };
    },
  ],
  [
    'short-year',
    `['’](?<yy>\\d\\d)(?![\\d'’\\p{L}])`,
    (g, c) => (/\b(?:since|in|of|from|by|until|to|through|and|the|early|late|mid)\s+$/i.test(c.before) ? { type: 'calendar', year: (Number(g.yy) >= 30 ? 1900 : 2000) + Number(g.yy) } : undefined),
  ],
  [
    'decade',
    `(?:the\\s+)?(?:${PART}[\\s-]+)?(?:(?<decade>(?:1[6-9]|20)\\d0)['’]?s|(?<apostrophe>['’])?(?<short>[1-9]0)s)(?![\\p{L}\\d])`,
    (g, c) => {
      // "the 70s and 80s": a bare "80s" is a decade after an article or in a list of them.
      if (g.short && !g.apostrophe && !/^(?:the|early|late|mid)\b/i.test(c.matched) && !/\b(?:the|and|or|of|in|early|late|mid)[\s-]+$/i.test(c.before)) return undefined;
      const start = g.decade ? Number(g.decade) : 1900 + Number(g.short);
      const part = partOf(g.part);
      return { type: 'calendar', year: start, period: { kind: 'decade' }, ...(part ? { part } : {}) };
    },
  ],
  [
    'century',
    `(?:the\\s+)?(?<ordinal>\\d{1,2}(?:st|nd|rd|th)|${alternation(ORDINALS)})\\s+century`,
    (g) => {
      const n = ORDINALS[lower(g.ordinal)!] ?? parseInt(g.ordinal!, 10);
      return Number.isFinite(n) ? { type: 'calendar', year: (n - 1) * 100, period: { kind: 'century' } } : undefined;
    },
  ],
  [
    'season',
    `(?:(?<rel>last|this|next|this\\s+past|this\\s+coming|the\\s+past|the\\s+coming)\\s+)?(?:(?<the>the)\\s+)?(?:${PART}[\\s-]+)?(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?${YEAR})?(?![\\p{L}])`,
    (g, c) => {
      const bare = !g.rel && !g.the && !g.year && !g.part;
      if (bare && !/\b(?:in|during|by|until|since|through|throughout|over|this|last|next|early|late)\s+$/i.test(c.before)) return undefined;
      if (bare && /^\s+(?:of|in)\b/i.test(c.after) && lower(g.season) === 'fall') return undefined; // "fall of prices"
      // "the fall of the Velmora government", "after the fall of the town": a downfall, not autumn; "the fall of 2024"
      // took its year above, and "the fall of that year" names one.
      if (!g.year && !g.rel && !g.part && lower(g.season) === 'fall' && /^\s+of\b(?!\s+(?:that|this|last|next|the\s+same|the\s+following|the\s+previous)\s+year\b)/i.test(c.after)) return undefined;
      const part = partOf(g.part);
      const hint = hintOf(lower(g.rel)?.replace(/^the /, ''));
      return { type: 'calendar', period: { kind: 'season', index: SEASONS[lower(g.season)!]! }, ...(g.year ? { year: yearOf(g.year!) } : lower(g.rel) === 'this' ? { yearShift: 0 } : {}), ...(hint ? { hint } : {}), ...(part ? { part } : {}) };
    },
  ],
  [
    // "the second half of March", "the first half of the month": a part of a month, no half-year.
    'quarter',
    `(?:the\\s+)?(?:(?<mod>latest|current|previous|past|last|next|same|comparable|year-earlier|year-ago|fiscal|calendar|recent)\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:${YEAR}\\s+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|final)[\\s-]+(?:fiscal\\s+)?(?<kind>quarter|half)(?!\\s+(?:of\\s+(?:a|the)\\s+(?:point|mile|century|cent)|(?:century|point))|\\s+of\\s+(?:(?:the|this|that|next|last)\\s+month\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?![\\p{L}])))(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<year2>(?:1[6-9]|20)\\d\\d)|(?<rel>this|last|next)\\s+year))?`,
    (g) => {
      const index = ORDINALS[lower(g.ordinal)!] ?? 4;
      const kind = lower(g.kind) as 'quarter' | 'half';
      if (kind === 'half' && index > 2) return undefined;
      const year = g.year ?? g.year2;
      const mod = lower(g.mod);
      if (mod === 'year-earlier' || mod === 'year-ago') return { type: 'calendar', period: { kind, index }, yearShift: -1 };
      const hint = hintOf(mod === 'latest' || mod === 'recent' ? 'last' : mod);
      const spec: TimeSpec = { type: 'calendar', period: { kind, index }, ...(year ? { year: Number(year) } : {}), ...(hint && !year ? { hint } : {}) };
      return g.rel ? { type: 'calendar', period: { kind, index }, yearShift: shiftOf(g.rel)! } : spec;
    },
  ],
  [
    'this-quarter',
    `(?:(?<the>the)\\s+)?(?<mod>latest|current|previous|past|last|next|same|comparable|year-earlier|year-ago|recent|fiscal)\\s+(?:(?:comparable|fiscal|year-earlier|year-ago)\\s+)?(?<kind>quarter|period)(?![\\p{L}])`,
    (g, c) => {
      const mod = lower(g.mod)!;
      const kind = lower(g.kind);
      // Reports of results count in quarters: "the (comparable) year-ago period" is the last quarter, a year before.
      if (/year-(?:earlier|ago)/i.test(c.matched)) return { type: 'relative', unit: 'quarter', shift: -4, from: 'reference', loose: true };
      if (mod === 'same' || mod === 'comparable') return { type: 'relative', unit: 'quarter', shift: 0, from: 'reference', loose: true };
      if (mod === 'latest' || mod === 'recent') return { type: 'relative', unit: 'quarter', shift: -1 };
      if (kind === 'period' || (!g.the && mod !== 'last' && mod !== 'next' && mod !== 'current')) return undefined;
      return { type: 'relative', unit: 'quarter', shift: mod === 'past' || mod === 'previous' ? -1 : (shiftOf(mod) ?? 0) };
    },
  ],
  ['the-quarter', `(?<the>the)\\s+quarter(?![\\p{L}-]|\\s+(?:of|century|mile|point|hour|inch))`, () => ({ type: 'relative', unit: 'quarter', shift: 0, from: 'reference', loose: true })],
  [
    'weekday',
    `(?:(?<rel>last|next|this|this\\s+past|this\\s+coming|the\\s+previous|the\\s+following|early|late)\\s+(?:on\\s+)?)?${WEEKDAY}(?!s\\b)(?:\\s+${PART_OF_DAY})?(?:\\s+(?<week>last|next|this)\\s+week(?![\\p{L}-]))?`,
    (g) => {
      if (g.weekday![0] !== g.weekday![0]!.toUpperCase()) return undefined;
      // "Friday last week", "Tuesday next week": that day of the week named.
      if (g.week) {
        if (g.rel) return undefined;
        return withTime({ type: 'weekday', weekday: WEEKDAYS[lower(g.weekday)!]!, week: shiftOf(g.week)! }, clockOf(g));
      }
      const hint = hintOf(g.rel);
      // "The previous Friday" is the one before the day the text speaks of, not before today.
      const counted = /^the\s/i.test(g.rel ?? '') ? { from: 'reference' as const } : {};
      const early = /^early$/i.test(g.rel ?? '') ? { early: true as const } : {};
      return withTime({ type: 'weekday', weekday: WEEKDAYS[lower(g.weekday)!]!, ...(hint ? { hint } : {}), ...counted, ...early }, clockOf(g));
    },
  ],
  [
    'clock',
    `(?<![\\d.:$])(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\.?|[ap]m(?![\\p{L}]))${ZONE}`,
    (g) => {
      const pm = /^p/i.test(g.ampm!);
      const hour = (Number(g.hour) % 12) + (pm ? 12 : 0);
      return { type: 'calendar', time: { hour, ...(g.minute ? { minute: Number(g.minute) } : {}), ...utcOf(g) } };
    },
  ],
  [
    'clock-24',
    `(?<![\\d.:$,])(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?![\\d:])${ZONE}`,
    (g) => ({ type: 'calendar', time: { hour: Number(g.hour), minute: Number(g.minute), ...utcOf(g) } }),
  ],
  [
    'clock-military',
    `(?<![\\d.:$,])(?<hour>[01]\\d|2[0-3])(?<minute>[0-5]\\d)\\s+(?<zone>GMT|UTC)(?![\\p{L}])`,
    (g) => ({ type: 'calendar', time: { hour: Number(g.hour), minute: Number(g.minute), utc: true } }),
  ],
  ['noon', `(?<word>noon|midnight|midday)(?![\\p{L}])`, (g) => ({ type: 'calendar', time: lower(g.word) === 'midnight' ? { hour: 24 } : { hour: 12 } })],
  [
    'day-word',
    `(?:(?<mod>early|late|earlier|later)\\s+)?(?<word>today|yesterday|tomorrow|tonight)(?![\\p{L}])(?:\\s+${PART_OF_DAY})?`,
    (g, c) => {
      const word = lower(g.word)!;
      // "today's world" is the present in general; "VOA Today" a name.
      if (word === 'today' && !g.mod && (/^['’]s\b/.test(c.after) || (g.word![0] === 'T' && /[\p{L},]\s+$/u.test(c.before)))) return undefined;
      const shift = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[word]!;
      const time = word === 'tonight' ? { partOfDay: 'NI' as const } : clockOf(g);
      return withTime({ type: 'relative', unit: 'day', shift }, time);
    },
  ],
  [
    'part-of-day',
    `(?<rel>last|this)\\s+${PART_OF_DAY}`,
    (g) => ({ type: 'relative', unit: 'day', shift: lower(g.rel) === 'last' && lower(g.pod) === 'night' ? -1 : 0, time: clockOf(g)! }),
  ],
  // "the week-old truce", "the week-long talks": an age or a length, not the current week.
  ['the-week', `the\\s+week(?![\\p{L}-]|\\s+(?:of|before|after|ahead|that|when|in\\s+which))`, () => ({ type: 'relative', unit: 'week', shift: 0 })],
  ['the-years', `(?<=\\b(?:over|for|during|through|throughout)\\s+)(?<x>the\\s+(?<unit>years|decades|centuries))(?![\\p{L}])`, (g) => ({ type: 'duration', unit: unitOf(g.unit), qualifier: 'about' })],
  ['the-weekend', `the\\s+weekend(?![\\p{L}-])`, () => ({ type: 'relative', unit: 'weekend', shift: 0, loose: true })],
  // "Weekend fighting broke out", "weekend talks": the weekend named before what it dates is the
  // report's weekend, as "the weekend" is.
  // The noun's lower case is read in the rule, not the pattern: the rules match without regard to case.
  ['weekend-before-noun', `(?<=(?:^|[.,;:!?"“‘(—–]\\s*|\\b(?:after|before|since|of|in|during|amid|following|despite|by|and)\\s+))weekend(?=\\s+\\p{L})`, (_, c) => (/^\s+\p{Ll}/u.test(c.after) ? { type: 'relative', unit: 'weekend', shift: 0, loose: true } : undefined)],
  [
    'fiscal-year',
    `(?:the\\s+)?(?:(?<rel>current|latest|last|next|previous|coming|this)\\s+)?fiscal\\s+year(?![\\p{L}]|\\s+\\d)`,
    (g) => ({ type: 'relative', unit: 'year', shift: shiftOf(g.rel === undefined || lower(g.rel) === 'latest' ? 'this' : g.rel) ?? 0 }),
  ],
  // The end of the year is its last day: "by year-end" this year's, "since year-end" last year's.
  ['year-end', `(?:the\\s+)?year(?:-|\\s+|['’]s\\s+)end(?![\\p{L}])`, () => ({ type: 'calendar', month: 12, day: 31 })],
  [
    'year-quarter',
    `(?<rel>this|last|next)\\s+year['’]s\\s+(?<ordinal>first|second|third|fourth)[\\s-]+quarter`,
    (g) => ({ type: 'calendar', period: { kind: 'quarter', index: ORDINALS[lower(g.ordinal)!]! }, yearShift: shiftOf(g.rel)! }),
  ],
  ['year-period', `the\\s+${YEAR}\\s+(?:period|quarter)`, (g) => ({ type: 'calendar', year: yearOf(g.year!), period: { kind: 'quarter', index: 0 } })],
  [
    'relative-period',
    `(?:(?<mod>early|late|earlier|later|mid)[\\s-]+(?:in\\s+)?)?(?:the\\s+)?(?<rel>this|last|next|past|previous|coming|current|following)\\s+(?<unit>week|weekend|month|quarter|year|decade|century)(?![\\p{L}-])`,
    (g) => {
      const rel = lower(g.rel)!;
      const mod = lower(g.mod);
      const unit = lower(g.unit) as 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
      // "The past decade" is a length of time; "last year" a date.
      if ((unit === 'decade' || unit === 'century') && (rel === 'past' || rel === 'last')) return { type: 'duration', amount: 1, unit, qualifier: 'exactly' };
      const part = mod === 'earlier' || mod === 'later' ? mod : partOf(mod);
      return {
        type: 'relative',
        unit,
        shift: shiftOf(rel)!,
        ...(part ? { part } : {}),
        ...(rel === 'following' || rel === 'previous' ? { from: 'reference' } : {}),
      };
    },
  ],
  [
    'earlier-this',
    `(?<mod>earlier|later)\\s+(?:(?<rel>this|that)|in\\s+the)\\s+(?<unit>day|week|month|year)`,
    (g) => {
      const unit = lower(g.unit) as 'day' | 'week' | 'month' | 'year';
      return { type: 'relative', unit, shift: 0, part: lower(g.mod) as 'earlier' | 'later', ...(lower(g.rel) === 'that' || (!g.rel && unit === 'day') ? { from: 'reference' } : {}) };
    },
  ],
  [
    'edge-of',
    `(?:the\\s+)?(?<edge>end|beginning|start|middle)\\s+of\\s+(?:the|this|(?<rel>last|next))\\s+(?<unit>week|month|quarter|year|decade|century)`,
    (g) => ({ type: 'relative', unit: lower(g.unit) as 'week', shift: shiftOf(g.rel) ?? 0, part: partOf(g.edge)! }),
  ],
  [
    'same-period',
    `the\\s+(?:same|corresponding|comparable)\\s+(?:period|month|quarter|week|day|time)\\s+(?:of\\s+)?(?:a\\s+year\\s+(?:ago|earlier|before)|last\\s+year|the\\s+(?:previous|prior|last)\\s+year)`,
    () => ({ type: 'relative', unit: 'year', shift: -1, from: 'reference', precise: true }),
  ],
  ['whole-year', `the\\s+(?:full|entire|whole)\\s+year(?![\\p{L}])`, () => ({ type: 'relative', unit: 'year', shift: 0, from: 'reference', loose: true })],
  ['that-day', `(?:that|the\\s+same)\\s+(?<unit>day|week|month|year)(?![\\p{L}])`, (g) => ({ type: 'relative', unit: lower(g.unit) as 'day', shift: 0, from: 'reference' })],
  // "a second meeting that night", "earlier that morning": a part of the day the text last named,
  // as "that day" is that day.
  [
    'that-night',
    `(?:(?:early|late|earlier|later)\\s+)?(?:that|the\\s+same)\\s+${PART_OF_DAY}(?![\\p{L}])`,
    (g) => ({ type: 'relative', unit: 'day', shift: 0, from: 'reference', time: clockOf(g)! }),
  ],
  [
    'next-day',
    `the\\s+(?:(?<rel>next|following|previous|prior)\\s+(?<unit>day|week|month|year)|(?<unit2>day|week|month|year)\\s+(?<dir>before|after)(?!\\s+(?:(?:the|a|an|his|her|its|their)\\b|\\d)))`,
    (g, c) => {
      // Read here, not in the pattern: the rules match without regard to case.
      if (g.dir && !ALONE_BEFORE.test(c.after)) return undefined;
      const rel = lower(g.rel ?? g.dir)!;
      return { type: 'relative', unit: lower(g.unit ?? g.unit2) as 'day', shift: /next|following|after/.test(rel) ? 1 : -1, from: 'reference' };
    },
  ],
  // "closed the crossing the night before", "the previous evening", "the following morning": a part
  // of the day before or after the one the text last named.
  [
    'next-part-of-day',
    `the\\s+(?:(?<rel>next|following|previous|prior)\\s+${PART_OF_DAY}|(?<pod2>morning|afternoon|evening|night)\\s+(?<dir>before|after)(?!\\s+(?:(?:the|a|an|his|her|its|their|last)\\b|\\d)))(?![\\p{L}])`,
    (g, c) => {
      if (g.dir && !ALONE_BEFORE.test(c.after)) return undefined;
      const rel = lower(g.rel ?? g.dir)!;
      const pod = lower(g.pod ?? g.pod2)!;
      return { type: 'relative', unit: 'day', shift: /next|following|after/.test(rel) ? 1 : -1, from: 'reference', time: { partOfDay: PARTS_OF_DAY[pod]! } };
    },
  ],
  [
    'day-before-yesterday',
    `the\\s+day\\s+(?<dir>before\\s+yesterday|after\\s+tomorrow)`,
    (g) => ({ type: 'relative', unit: 'day', shift: /before/.test(g.dir!) ? -2 : 2 }),
  ],
  [
    'the-day',
    `(?:(?:late|early|earlier|later)\\s+in\\s+|the\\s+(?:start|end|beginning|rest|remainder|middle)\\s+of\\s+)?the\\s+day(?![\\p{L}]|\\s+(?:before|after|of|when|that|which|in\\s+which|he|she|they|it|we|i|you|is|was|will|would)\\b)`,
    (_, c) => {
      if (/^\s+\p{Lu}/u.test(c.after)) return undefined; // "the day Ford announced": a clause follows
      const part = /^(?:late|later)/i.test(c.matched) || /^the\s+(?:end|rest|remainder)/i.test(c.matched) ? 'late' : /^(?:early|earlier)/i.test(c.matched) || /^the\s+(?:start|beginning)/i.test(c.matched) ? 'early' : undefined;
      return { type: 'relative', unit: 'day', shift: 0, from: 'reference', ...(part ? { part } : {}) };
    },
  ],
  ['term', `the\\s+(?<word>near|short|long|medium)\\s+term(?![\\p{L}])|the\\s+time\\s+being`, (g) => ({ type: 'reference', ref: g.word ? 'FUTURE_REF' : 'PRESENT_REF' })],
  ['single-day', `(?<n>single|one)-(?<unit>day|week|month|year)(?![\\p{L}]|-old)`, (g) => ({ type: 'duration', amount: 1, unit: unitOf(g.unit), qualifier: 'exactly' })],
  ['vague-long', `(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)-long(?![\\p{L}])`, (g) => ({ type: 'duration', unit: unitOf(g.unit), qualifier: 'about' })],
  ['year-earlier', `(?<![\\p{L}-])year-(?:earlier|ago)(?![\\p{L}-])`, () => ({ type: 'relative', unit: 'year', shift: -1, counted: true })],
  [
    'ago',
    `(?:${QUALIFIER}\\s+)?${AMOUNT}[\\s-]+${UNIT}s?(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|later|before|after|from\\s+now|hence|previously|back)(?![\\p{L}])`,
    (g, c) => {
      const n = amountOf(g.n!);
      const dir = lower(g.dir)!;
      if (n === undefined) return undefined;
      if ((dir === 'before' || dir === 'after') && !/^\s*(?:[,.;:)]|$)/.test(c.after)) return undefined;
      if (Number.isNaN(n)) return { type: 'reference', ref: /ago|earlier|before|previously|back/.test(dir) ? 'PAST_REF' : 'FUTURE_REF' };
      const unit = unitOf(g.unit);
      const relUnit = unit === 'fortnight' ? 'week' : unit === 'hour' || unit === 'minute' || unit === 'second' ? undefined : unit;
      if (!relUnit) return undefined;
      const shift = (/ago|earlier|before|previously|back/.test(dir) ? -1 : 1) * (unit === 'fortnight' ? 2 * n : n);
      // "A week ago" is a day, seven days back; "six weeks ago" a week.
      if (relUnit === 'week' && n === 1) return { type: 'relative', unit: 'day', shift: 7 * shift, ...(/earlier|later|before|after/.test(dir) ? { from: 'reference', precise: true } : { counted: true }) };
      return { type: 'relative', unit: relUnit, shift: Math.round(shift), ...(/earlier|later|before|after/.test(dir) ? { from: 'reference', precise: true } : { counted: true }) };
    },
  ],
  [
    'vague-ago',
    `(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\s+(?<dir>ago|earlier|later|from\\s+now)`,
    (g) => ({ type: 'reference', ref: /ago|earlier/.test(lower(g.dir)!) ? 'PAST_REF' : 'FUTURE_REF' }),
  ],
  [
    'one-day',
    `(?<=\\b(?:will|would|could|may|might|can|shall|hope\\s+to|hopes\\s+to|hoped\\s+to)\\s+(?:\\w+\\s+)?)(?<x>one\\s+day|some\\s+day|someday)(?![\\p{L}])`,
    () => ({ type: 'reference', ref: 'FUTURE_REF' }),
  ],
  [
    'duration',
    `(?:(?<the>the)\\s+(?:(?<rel>past|last|next|first|previous|coming|following|final|remaining|latest|same|initial|ensuing|preceding)\\s+)?)?(?:${QUALIFIER}\\s+)?${AMOUNT}(?:\\s+and\\s+a\\s+half)?[\\s-]+(?:(?:calendar|full|straight|consecutive|more|additional|further|fiscal)\\s+)?${UNIT}(?<plural>s)?(?:\\s+and\\s+a\\s+half)?(?<long>-long)?(?![\\p{L}]|-old|\\s+old\\b)`,
    (g, c) => {
      let n = amountOf(g.n!);
      if (n === undefined) return undefined;
      if (/and a half/.test(lower(c.matched)!)) n += 0.5;
      const unit = unitOf(g.unit);
      // "a day" after a rate ("twice a day", "$5 a year") is a recurrence, left to its own rule.
      if (n === 1 && /^an?$/i.test(g.n!) && !g.the && /(?:\b(?:once|twice|times|percent|per\s*cent|million|billion|dollars|cents)|%|\d|\b(?:hours|flights|seats|meals|barrels|tons|shares|cars|units|trains|miles|kilometres|kilometers|people|visitors|passengers|pounds|euros|dollars))\s+$/i.test(c.before)) return undefined;
      if (unit === 'quarter' && /\d|[a-z]-quarter/i.test(c.matched) && /-quarters?$/i.test(c.matched)) return undefined; // "three-quarters" of something
      if (lower(g.n) === 'some' && !g.plural) return undefined; // "some day" is no length
      // "A second A380", "about a quarter of its dealers": an ordinal and a share, not lengths.
      if ((unit === 'second' || unit === 'quarter') && !g.plural && !g.the) return undefined;
      const q = lower(g.q);
      return { type: 'duration', ...(Number.isNaN(n) ? {} : { amount: n }), unit, qualifier: q && q !== 'another' && q !== 'a further' && q !== 'an additional' ? 'about' : 'exactly' };
    },
  ],
  [
    'vague-duration',
    `(?<q>recent|the\\s+past\\s+few|the\\s+last\\s+few|the\\s+next\\s+few|the\\s+past\\s+several|the\\s+next\\s+several|the\\s+coming|coming|the\\s+past|the\\s+last)\\s+(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters)(?![\\p{L}])`,
    (g) => ({ type: 'duration', unit: unitOf(g.unit), qualifier: 'about' }),
  ],
  [
    'bare-plural',
    `(?<=\\b(?:for|over|within|in|lasting|lasted|last|took|take|takes)\\s+)(?<x>(?<unit>minutes|hours|days|weeks|months|years|decades|centuries))(?![\\p{L}]|\\s+(?:ago|earlier|later|of\\s+the|old))`,
    (g) => ({ type: 'duration', unit: unitOf(g.unit), qualifier: 'about' }),
  ],
  ['the-year', `the\\s+year(?![\\p{L}\\d-]|\\s+(?:\\d|before|after|earlier|ago|of|in|when|that|which|to|since))`, () => ({ type: 'duration', amount: 1, unit: 'year', qualifier: 'exactly' })],
  [
    'present',
    `(?<word>now|currently|current|nowadays|presently|these\\s+days|the\\s+present|at\\s+present|the\\s+moment)(?![\\p{L}])`,
    (g, c) => {
      const w = lower(g.word)!;
      if (w === 'now' && /^(?:\s*that\b|-)/i.test(c.after)) return undefined; // "now that" is a conjunction, "now-defunct" an adjective
      if (w === 'the moment' && !/\bat\s+$/i.test(c.before)) return undefined;
      return { type: 'reference', ref: 'PRESENT_REF' };
    },
  ],
  [
    'past',
    `(?<word>(?:more\\s+)?recently|recent|lately|formerly|the\\s+past)(?![\\p{L}])`,
    (g, c) => {
      const w = lower(g.word)!;
      if (w === 'the past' && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|week|month|year|decade|day|quarter)/i.test(c.after)) return undefined;
      return { type: 'reference', ref: 'PAST_REF' };
    },
  ],
  [
    'future',
    `(?<word>the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|as\\s+soon\\s+as\\s+possible)(?![\\p{L}])`,
    (g, c) => (lower(g.word) === 'shortly' && /^\s+(?:after|before)\b/i.test(c.after) ? undefined : { type: 'reference', ref: 'FUTURE_REF' }),
  ],
  ['every', `(?<word>daily|weekly|monthly|yearly|hourly|nightly|biweekly)(?![\\p{L}])`, (g) => ({ type: 'set', value: ({ daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', semiannually: 'P6M', hourly: 'PT1H' } as Record<string, string>)[lower(g.word)!]! })],
  [
    'each',
    `(?:each|every|per)\\s+(?:(?<n>other|two|three|four|five|six|\\d+)\\s+)?(?:(?<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade)s?|${WEEKDAY}|(?<monthName>${alternation(full(MONTHS, (k) => k.length > 3))})|${PART_OF_DAY})(?![\\p{L}])`,
    (g) => {
      if (g.weekday) return { type: 'set', value: `XXXX-WXX-${WEEKDAYS[lower(g.weekday)!]}` };
      if (g.monthName) return { type: 'set', value: `XXXX-${String(MONTHS[lower(g.monthName)!]).padStart(2, '0')}` };
      if (g.pod) return { type: 'set', value: `TXX${PARTS_OF_DAY[lower(g.pod)!]}` };
      const n = g.n ? (lower(g.n) === 'other' ? 2 : amountOf(g.n) ?? 1) : 1;
      return { type: 'set', value: durationValue(n, unitOf(g.unit)) };
    },
  ],
  [
    'weekdays',
    `${WEEKDAY}s(?:\\s+${PART_OF_DAY}s?)?(?![\\p{L}])`,
    (g) => (g.weekday![0] === g.weekday![0]!.toUpperCase() ? { type: 'set', value: `XXXX-WXX-${WEEKDAYS[lower(g.weekday)!]}${g.pod ? `T${PARTS_OF_DAY[lower(g.pod)!]}` : ''}` } : undefined),
  ],
  [
    'holiday',
    `(?:(?<rel>last|next|this)\\s+)?(?<holiday>${alternation({ ...FIXED_HOLIDAYS, ...WEEKDAY_HOLIDAYS })})(?:\\s+(?:of\\s+)?${YEAR})?(?![\\p{L}])`,
    (g, c) => {
      if (g.holiday![0] !== g.holiday![0]!.toUpperCase() && !/^\p{Lu}/u.test(c.matched)) return undefined;
      const name = lower(g.holiday)!;
      const hint = hintOf(g.rel);
      const year = g.year ? { year: yearOf(g.year!) } : {};
      const fixed = FIXED_HOLIDAYS[name];
      if (fixed) return { type: 'calendar', month: fixed[0], day: fixed[1], ...year, ...(hint ? { hint } : {}) };
      const [month, weekday, n] = WEEKDAY_HOLIDAYS[name]!;
      return { type: 'calendar', month, nthWeekday: { weekday, n }, ...year, ...(hint ? { hint } : {}) };
    },
  ],
];

/** A TIMEX3 duration value: `P3D`, `PT35M`, `P2Y6M`, `PXY` for an unknown amount. */
export function durationValue(amount: number | undefined, unit: TimeUnit): string {
  const known = amount !== undefined && Number.isFinite(amount);
  const n = known ? amount : undefined;
  const whole = (x: number) => Math.round(x * 1000) / 1000;
  switch (unit) {
    case 'second':
      return n === undefined ? 'PTXS' : `PT${whole(n)}S`;
    case 'minute':
      return n === undefined ? 'PTXM' : Number.isInteger(n) ? `PT${n}M` : `PT${Math.floor(n)}M${Math.round((n % 1) * 60)}S`;
    case 'hour':
      return n === undefined ? 'PTXH' : Number.isInteger(n) ? `PT${n}H` : `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M`;
    case 'day':
      return n === undefined ? 'PXD' : Number.isInteger(n) ? `P${n}D` : `P${Math.floor(n)}DT${Math.round((n % 1) * 24)}H`;
    case 'week':
      return n === undefined ? 'PXW' : Number.isInteger(n) ? `P${n}W` : `P${whole(n * 7)}D`;
    case 'fortnight':
      return n === undefined ? 'PXW' : `P${whole(n * 2)}W`;
    case 'weekend':
      return n === undefined ? 'PXWE' : `P${whole(n)}WE`;
    case 'month':
      return n === undefined ? 'PXM' : Number.isInteger(n) ? `P${n}M` : `P${whole(n * 30)}D`;
    case 'quarter':
      // TimeBank and MEANTIME count quarters in quarters: "two consecutive quarters" is P2Q.
      return n === undefined ? 'PXQ' : `P${whole(n)}Q`;
    case 'year':
      // ISO 8601 allows a decimal fraction in the last part: "two and a half years" is P2.5Y.
      return n === undefined ? 'PXY' : `P${whole(n)}Y`;
    case 'decade':
      return n === undefined ? 'PXDE' : `P${whole(n * 10)}Y`;
    case 'century':
      return n === undefined ? 'PXC' : `P${whole(n * 100)}Y`;
  }
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const UNIT_WORD = /second|minute|hour|day|night|week|month|quarter|year|decade|centur|fortnight/i;
/**
 * A word each rule's matches must hold. A text without it is not searched with the rule: the
 * patterns open with look-behinds and optional words, which no regular-expression engine can
 * skip ahead over, and most sentences hold the words of few rules.
 */
const NEEDS: Record<string, RegExp> = {
  'month-day-year': MONTH_WORD, 'weekday-bracketed-date': /day\s*\(/i, 'day-month-year': MONTH_WORD, 'month-year': MONTH_WORD, 'month-relative-year': MONTH_WORD, month: MONTH_WORD,
  'iso-date': /\d-\d/, 'year-range': /\d\d\s*[-–/]\s*\d/, 'slash-date': /\d\/\d/, 'dot-date': /\d\.\d/, 'slashed-month-date': /\d\/\p{L}/u, year: /\d\d\d\d|nineteen|thousand/i, 'year-period': /\d\d\d\d|nineteen|thousand/i,
  'short-year': /['’]\d/, decade: /0['’]?s/, century: /century/i, season: /spring|summer|fall|autumn|winter/i,
  quarter: /quarter|half/i, 'this-quarter': /quarter|period/i, 'the-quarter': /quarter/i, 'year-quarter': /quarter/i,
  weekday: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i, weekdays: /(?:mon|tues|wednes|thurs|fri|satur|sun)days/i,
  clock: /\d\s*[ap]\.?m/i, 'clock-24': /\d:\d/, 'clock-military': /gmt|utc/i, noon: /noon|midnight|midday/i,
  'day-word': /today|yesterday|tomorrow|tonight/i, 'part-of-day': /morning|afternoon|evening|night/i,
  'the-week': /week/i, 'the-years': /years|decades|centuries/i, 'the-weekend': /weekend/i, 'weekend-before-noun': /weekend/i, 'fiscal-year': /fiscal/i, 'year-end': /year/i,
  'relative-period': /week|month|quarter|year|decade|century/i, 'earlier-this': /earlier|later/i, 'edge-of': /end|beginning|start|middle/i,
  'same-period': /same|corresponding|comparable/i, 'whole-year': /full|entire|whole/i, 'that-day': /that|same/i, 'that-night': /morning|afternoon|evening|night/i,
  'next-day': /next|following|previous|prior|before|after/i, 'next-part-of-day': /next|following|previous|prior|before|after/i, 'day-before-yesterday': /yesterday|tomorrow/i, 'the-day': /the\s+day/i,
  term: /term|time\s+being/i, 'single-day': /-(?:day|week|month|year)/i, 'vague-long': /-long/i, 'year-earlier': /year-/i,
  ago: /ago|earlier|later|before|after|from\s+now|hence|previously|back/i, 'vague-ago': /ago|earlier|later|from\s+now/i,
  duration: UNIT_WORD, 'vague-duration': UNIT_WORD, 'bare-plural': UNIT_WORD, 'the-year': /year/i,
  present: /now|current|present|these\s+days|moment/i, past: /recent|lately|formerly|past/i, future: /future|soon/i, 'one-day': /one\s+day|some\s*day/i,
  every: /daily|weekly|monthly|yearly|hourly|nightly/i, each: /each|every|per/i,
  holiday: /christmas|new\s+year|independence|halloween|valentine|veterans|boxing|thanksgiving|labor|memorial|luther|presidents/i,
};

/** The grammar: every rule, compiled. Order breaks ties between equally long matches. */
export const TIME_RULES: TimeRule[] = TABLE.map(([name, source, build]) => {
  const needs = NEEDS[name];
  if (!needs) throw new Error(`time rule ${name} names no word its matches need`);
  return { name, needs, pattern: new RegExp(`(?<![\\p{L}\\d])(?:${source})`, 'giud'), build };
});
