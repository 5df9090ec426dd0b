import { findFigureDates } from './findFigureDates.ts';
import { englishMonths } from './foreignMonths.ts';
import { findTimeExpressions } from './findTimeExpressions.ts';
import type { TimeSpec } from './timeSpec.ts';
import { MONTHS, WEEKDAYS } from './timeVocabulary.ts';
import { zonedClock, type ZonedClock } from './zonedClock.ts';

/** A calendar day with its month and day, the year perhaps missing. */
export type StampDay = Extract<TimeSpec, { type: 'calendar' }> & { month: number; day: number };

/** The day a page's stamp gives, read from one line or the opening of a lede. */
export interface Stamp {
  spec: StampDay;
  /** A date in figures that reads both ways ("08-05-2023": 8 May or 5 August): the month-first reading. */
  otherReading?: StampDay;
  /** The words of the date, and where they start in the text read. */
  text: string;
  start: number;
  /** Says in words that it is the page's stamp: "Updated", "Published", "Date:", a byline. */
  worded: boolean;
  /** The clock time it gives with its zone ("08:14 GMT", "22:30 UTC+1"): the day is that zone's. */
  clock?: ZonedClock;
}

/**
 * How a stamp is read. `line`: the whole line is the stamp ("Updated: March 14, 2024 at 2:05 p.m.
 * ET"), and its date has a year or a weekday to find the year by. `lede`: the words before the dash
 * of a wire dateline ("PLACE, March 14 (Agency)"), whose date may lack both.
 */
export type StampMode = 'line' | 'lede';

/** The longest line read as a stamp: a site's bar of byline, stamps and reading time may run long. */
const MAX_LENGTH = 200;
/** How many words other than furniture a stamp may carry: a site's section, a place, a name ("Asia Pacific", "VELMORA, Borea", "Jane Roe"). */
const OTHER_WORDS = 4;
/** How many words a byline's name may run to after "By" ("our correspondent in the capital"). */
const NAME_WORDS = 6;

// The words that say a line is the page's stamp, and the labels some pages print instead.
const STAMP_WORDS = new Set(['updated', 'update', 'published', 'publication', 'posted', 'filed', 'modified', 'edited', 'date', 'dated']);
// Words that qualify a stamp word: "Last updated", "First published", "Originally posted".
const QUALIFIERS = new Set(['last', 'latest', 'first', 'originally', 'initially']);
// Words that join a stamp word to its date or time: "Posted on", "Updated at", "as of". Only beside a
// stamp word: "On 14 March 2024, troops…" opens news.
const JOINERS = new Set(['on', 'at', 'as', 'of']);
// The page itself named in a stamp written as a sentence: "This story was first published on…".
const PAGE_SELF = /^\s*this\s+(?:article|story|page|report|post|piece)\s+was\s+/iu;
// Words of a stamp's clock and reading time: "14:05 local time", "3 hours ago", "5 min read", "2:05 PM".
const CLOCK_WORDS = new Set(['local', 'time', 'ago', 'read', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'h', 'am', 'pm', 'just', 'now']);
// Who wrote it, as bylines name them: "Staff Writer", "Our Correspondent", "Agencies".
const ROLES = new Set(['staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'desk', 'team', 'bureau', 'agencies', 'contributor', 'online']);
// The page's own buttons and counts, which pasted stamp lines carry: "Share", "Print", "Views: 1,234".
const CHROME = new Set(['share', 'tweet', 'email', 'print', 'comment', 'comments', 'listen', 'save', 'follow', 'views', 'reads', 'reading', 'advertisement', 'more']);
// A zone abbreviation: "GMT", "UTC", "ET", "HKT", "CEST", "WIB", "MSK".
const ZONE = /^(?:GMT|UTC|Z|WIB|WITA|MSK|[A-Z]{1,3}T)$/u;
// A byline's name may open with these as well as with a capital: "by our correspondent", "by the desk".
const NAME_OPENERS = new Set(['our', 'the', 'a', 'staff']);
// The small words between the capitals of names: "Jane van der Roe and John Doe", "Ali bin Omar".
const NAME_PARTICLES = new Set(['and', '&', 'of', 'de', 'da', 'del', 'der', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'le', 'la']);

// Furniture in figures and abbreviations, cleared before the words are read: clock times with
// seconds or the "T" of ISO 8601 ("T14:05:00"), zone offsets ("GMT+5", "+05:00"), "a.m.", an agency or
// place in brackets or slashes ("(Reuters)", "(dpa)", "/TASS/"), a writer's handle ("@janeroe"), a
// live page's note of its clock.
const FIGURE_FURNITURE = [
  /(?<![\p{L}\d])T?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?!\d)/gu,
  /[+−-]\s?\d{1,2}(?::?\d{2})?(?!\d)/gu,
  /(?<![\p{L}])[aApP]\.\s?[mM]\.?/gu,
  /\((?:\s*\p{L}[\p{L}\p{M}.&'’-]*){1,3}\s*\)|\/\s?\p{Lu}[\p{L}\p{M}.-]*\s?\//gu,
  /@[\p{L}\d_]+/gu,
  // A live page's note of its clock: "All times are local", "Times are Greek time", "all times GMT".
  // Its capitals are spelt out: under the i flag \p{Lu} would take any word ("times are approximate").
  /(?<![\p{L}])(?:[Aa]ll\s+)?[Tt]imes\s+(?:[Aa]re\s+|[Ss]hown\s+|[Gg]iven\s+)*(?:[Ii]n\s+)?(?:[Ll]ocal|\p{Lu}[\p{L}\p{M}]*)(?:\s+[Tt]ime)?(?![\p{L}])/gu,
];
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’&-]*\.?|\d+|[^\s\p{L}\p{M}\d]+/gu;
// Lower-case month names, which the time grammar reads only with a capital ("18 december 1995").
const LOWER_MONTH = new RegExp(String.raw`(?<![\p{L}])(?:${Object.keys(MONTHS).join('|')})(?![\p{L}])`, 'gu');
// A year with a clock time glued to it: "20246:15 AM".
const GLUED_CLOCK = /(?<![\d.:/-])(?:19|20)\d\d(?=[012]?\d:[0-5]\d(?!\d))/gu;
// A date joined by hyphens, month in letters ("14-Mar-2024"), which the grammar reads with spaces.
const HYPHENED = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})-(${Object.keys(MONTHS).join('|')})\.?-(\d{4})(?!\d)`, 'giu');

/** A dateline's place before its day: capitalised words, perhaps two places or a town and its country ("VELMORA/KELVASK", "SEVRIN, Borea"), then a comma. */
const PLACE_BEFORE = /^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:[\s/,]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3},\s*$/u;
/** What may follow a dateline's day on its own line: the agency in brackets, a dash or a colon. */
const AGENCY_AFTER = /^\s*(?:\([^()]{1,40}\))?\s*(?:[-–—:]\s*)?$/u;

/** The separators of a bar of page furniture: "By Jane Roe | March 14 | 3 min read". */
const BAR = /\s[|•·]\s/u;

type Token = { kind: 'time'; index: number } | { kind: 'word'; text: string } | { kind: 'number' } | { kind: 'mark' };
/** Where a time expression or a date in figures stands on the line. */
type Mask = { start: number; end: number };
// The words of a page's first publication, whose date comes before an update's.
const FIRST_WORDS = new Set(['published', 'posted', 'filed']);

/** A date of the line, from the time grammar or in figures. */
interface Found {
  start: number;
  end: number;
  spec: StampDay;
  otherReading?: StampDay;
}

const capital = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The day a line states as a page's stamp: a date, with nothing else on the line but stamp
 * furniture — a weekday, a clock time and its zone, stamp words ("Updated", "Published on"),
 * "by" and a short name, a few words of a site's section or a place, an agency in brackets,
 * separators, "3 hours ago". A line with any other word (a sentence of news, a headline) is no
 * stamp, whatever date it holds.
 * @example readStamp('Posted on March 14, 2024 by Jane Roe', 'line')?.spec // { type: 'calendar', year: 2024, month: 3, day: 14 }
 */
export function readStamp(line: string, mode: StampMode): Stamp | undefined {
  if (line.trim().length > MAX_LENGTH) return undefined;
  const self = PAGE_SELF.exec(line);
  // A year glued to the clock time after it, as pages pasted from spans leave it ("March 14,
  // 20246:15 AM GMT+5"), is parted by a space; `lineAt` maps an offset back to the line's.
  const glued = [...line.matchAll(GLUED_CLOCK)].map((m) => m.index + 4);
  const lineAt = (at: number) => at - glued.filter((g, i) => g + i < at).length;
  const parted = glued.reduceRight((t, g) => `${t.slice(0, g)} ${t.slice(g)}`, line);
  // The other rewritings keep the length.
  const text = englishMonths(self ? ' '.repeat(self[0].length) + parted.slice(self[0].length) : parted)
    .replace(LOWER_MONTH, (m) => m[0]!.toUpperCase() + m.slice(1))
    .replace(HYPHENED, (m) => m.replaceAll('-', ' '));
  const figures: Found[] = findFigureDates(text);
  const expressions = findTimeExpressions(text).all.filter((e) => !figures.some((f) => e.start < f.end && e.end > f.start));
  const masks: Mask[] = [...figures.map((f) => ({ start: f.start, end: f.end })), ...expressions].sort((a, b) => a.start - b.start);
  const dates: Found[] = [
    ...figures,
    ...expressions.flatMap((e) => (e.spec.type === 'calendar' && e.spec.month !== undefined && e.spec.day !== undefined ? [{ start: e.start, end: e.end, spec: e.spec as StampDay }] : [])),
  ].sort((a, b) => a.start - b.start);
  if (dates.length === 0) return undefined;

  const tokens = tokensOf(text, masks);
  const worded = self !== null || isWorded(tokens);
  if (!onlyFurniture(tokens, worded)) return undefined;

  // A "Published" date before an "Updated" one: the first date after a word of first publication, else the first.
  const firstWord = tokens.findIndex((t) => FIRST_WORDS.has(lower(t)));
  const timeIndex = (f: Found) => tokens.findIndex((t) => t.kind === 'time' && masks[t.index]!.start === f.start);
  const chosen = (firstWord >= 0 ? dates.find((d) => timeIndex(d) > firstWord) : undefined) ?? dates[0]!;
  const weekday = chosen.spec.year === undefined && chosen.spec.weekday === undefined ? weekdayBefore(tokens, timeIndex(chosen), (i) => expressions.find((e) => e.start === masks[i]!.start)?.spec) : undefined;
  const spec = weekday === undefined ? chosen.spec : { ...chosen.spec, weekday };
  const [start, end] = [lineAt(chosen.start), lineAt(chosen.end)];
  // A line with only a day and month is a stamp when it says so, or sits in a bar of furniture
  // ("Newsroom | August 10 | Times are local"), or is a wire's dateline set on a line of its own,
  // a place and a comma before the day ("VELMORA, March 14", "Kelvask, Mar 14 (AW)"); alone it
  // may head a part of the text.
  const placed = PLACE_BEFORE.test(line.slice(0, start)) && AGENCY_AFTER.test(line.slice(end));
  if (mode === 'line' && spec.year === undefined && spec.weekday === undefined && !worded && !BAR.test(line) && !placed) return undefined;
  const clock = zonedClock(text, spec.year === undefined ? undefined : { year: spec.year, month: spec.month, day: spec.day }, chosen);
  return {
    spec,
    ...(chosen.otherReading ? { otherReading: chosen.otherReading } : {}),
    text: line.slice(start, end),
    start,
    worded,
    ...(clock ? { clock } : {}),
  };
}

/** The line as tokens: its time expressions (by their index among `masks`), words, numbers and marks. */
function tokensOf(text: string, masks: readonly Mask[]): Token[] {
  const tokens: Token[] = [];
  const gap = (from: number, to: number) => {
    let words = text.slice(from, to);
    for (const furniture of FIGURE_FURNITURE) words = words.replace(furniture, ' · ');
    for (const [t] of words.matchAll(TOKEN)) tokens.push(/^\d/.test(t) ? { kind: 'number' } : /^[\p{L}\p{M}]/u.test(t) ? { kind: 'word', text: t.replace(/\.$/, '') } : { kind: 'mark' });
  };
  let at = 0;
  masks.forEach((m, index) => {
    gap(at, m.start);
    tokens.push({ kind: 'time', index });
    at = m.end;
  });
  gap(at, text.length);
  return tokens;
}

/** A token's word in lower case; '' for any other token. */
const lower = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toLowerCase() : '');

/** Says it is the page's stamp: a stamp word, or a byline at the opening ("By Jane Roe", "Written by Jane Roe"). */
function isWorded(tokens: readonly Token[]): boolean {
  const bylined = tokens.filter((t) => t.kind === 'word').slice(0, 2).some((t) => lower(t) === 'by');
  return bylined || tokens.some((t) => STAMP_WORDS.has(lower(t)));
}

/** Whether every token but the time expressions is a stamp's furniture, with at most a few other words. */
function onlyFurniture(tokens: readonly Token[], worded: boolean): boolean {
  let others = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') {
      // A count belongs to its unit or to the time after it ("3 hours ago", "5 min read"); another
      // number is a page's own ("News Release 95/4"), and counts with its other words.
      if (token.kind === 'number' && !(tokens[i + 1]?.kind === 'time' || CLOCK_WORDS.has(lower(tokens[i + 1]))) && ++others > OTHER_WORDS) return false;
      continue;
    }
    const word = lower(token);
    if (STAMP_WORDS.has(word) || QUALIFIERS.has(word) || CLOCK_WORDS.has(word) || ROLES.has(word) || CHROME.has(word) || Object.hasOwn(WEEKDAYS, word) || ZONE.test(token.text)) continue;
    if (JOINERS.has(word) && (worded || (word === 'at' && tokens[i + 1]?.kind === 'time'))) continue;
    if (word === 'by' && worded) {
      // "By Jane Roe", "Posted … by our correspondent": a name up to the next mark, date or "on".
      const name: string[] = [];
      for (let j = i + 1; j < tokens.length && tokens[j]!.kind === 'word' && !JOINERS.has(lower(tokens[j])) && name.length <= NAME_WORDS; j++) name.push((tokens[j] as { text: string }).text);
      // A name of capitals, with its particles ("Jane van der Roe and John Doe"); or a description
      // ("our correspondent in the capital"), whose words may be any.
      const described = name.length > 0 && NAME_OPENERS.has(name[0]!.toLowerCase());
      const named = name.length > 0 && name.every((w) => capital(w) || NAME_PARTICLES.has(w) || ROLES.has(w.toLowerCase()));
      // A publishing system's account, one word in lower case, after a stamp word: "Posted on March 14, 2024 by admin".
      const account = name.length === 1 && !capital(name[0]!) && tokens.some((t) => STAMP_WORDS.has(lower(t)));
      if (name.length > NAME_WORDS || !(described || named || account)) return false;
      i += name.length;
      continue;
    }
    if (!capital(token.text) || ++others > OTHER_WORDS) return false;
  }
  return true;
}

/** The weekday written just before the token at `at` ("Thu March 14"), as a word or a time expression, if any. */
function weekdayBefore(tokens: readonly Token[], at: number, specOf: (mask: number) => TimeSpec | undefined): number | undefined {
  let i = at - 1;
  while (i >= 0 && tokens[i]!.kind === 'mark') i--;
  const before = tokens[i];
  if (before?.kind === 'word') return Object.hasOwn(WEEKDAYS, lower(before)) ? WEEKDAYS[lower(before)] : undefined;
  const spec = before?.kind === 'time' ? specOf(before.index) : undefined;
  return spec?.type === 'weekday' ? spec.weekday : undefined;
}
