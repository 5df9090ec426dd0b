import { findTimeExpressions } from './findTimeExpressions.ts';
import type { TimeSpec } from './timeSpec.ts';

/** Where a report states its own day near its top. */
export interface Dateline {
  kind: 'dateline' | 'updated-line';
  /** The calendar date as written; the year may be missing ("BANGKOK, March 3 (Reuters) -"). */
  spec: Extract<TimeSpec, { type: 'calendar' }> & { month: number; day: number };
  /** A date in figures that reads both ways ("08-05-2025": 8 May or 5 August): the other reading. */
  otherReading?: Dateline['spec'];
  /** The words of the date, and their offset in the body. */
  text: string;
  start: number;
  /** The clock time the line gives with its zone ("08:14 GMT", "22:30 UTC+1"): the day is that zone's. */
  clock?: { hour: number; minute: number; offsetMinutes: number };
}

/** How many lines from the top a dateline or an "Updated" line may stand on. */
const TOP_LINES = 6;
/** How many lines, not counting blank ones, from the bottom a page's footer stamp may stand on. */
const BOTTOM_LINES = 3;
/** The longest line read as a page's stamp when the stamp word or the date is not at its start. */
const STAMP_LINE_LENGTH = 100;
// Wire datelines: a place in capitals or in title case (as agencies outside the big wires print
// it), a date, an agency in brackets, a dash or a colon.
//   "BANGKOK, March 3 (Reuters) -"  "PHNOM PENH, 14 April —"  "SURIN, Thailand, Dec. 7, 2025 (AP) —"
//   "Kuala Lumpur, 3 March 2026 (Bernama) -"
// Some wires print no dash after the agency: "New Delhi, Nov 28 (PTI) Troops…".
const DATELINE = /^\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?:,\s*\p{L}[\p{L} .'’-]*?)?,\s*(?<date>[^()\n]{3,40}?)\s*(?:\([^)\n]{1,40}\)\s*(?:[-–—:]|(?=\p{Lu}))|[-–—:])/u;
// A place in capitals and a day and month closed by a full stop, as some agencies print it:
// "CAIRO, 18 Dec. Troops…", "LIMA, March 3. Talks…".
const DATELINE_STOP = /^\s*\p{Lu}{2,}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}\p{M}.'’-]*){0,3},\s*(?<date>\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\.?\s+\d{1,2})\.\s+(?=\p{Lu})/u;
// The words that stamp a report's day: "Updated", "Published", "Posted", "Filed", "Written", "Last modified",
// and the nouns some sites print instead ("Latest update", "Last update", "Publication date"); whole words only.
const STAMP = String.raw`(?:(?:last|latest)\s+)?(?:updated|update|published|publication\s+date|posted|filed|written|modified|first\s+published)\b`;
// "Updated: 14:32, 3 March 2026", "Published 3 March 2026 08:00", "Last modified: 17 Apr 2012 09:12",
// "Latest update : 13 June 2008".
const UPDATED = new RegExp(String.raw`^\s*${STAMP}(?:\s+(?:on|at))?\s*:?\s*(?<date>.{3,60})$`, 'imu');
// A line that starts with a date, under a headline: "March 3, 2026", "Wednesday 24 December 2025",
// "16 Oct 2008, 9:09 pm", "21 April 2012 Last updated at 08:14 GMT", "December 27th, 2025"; after the section of the site
// and with the weekday after the date, as some sites print it: "World | April 14, 2024, Sunday // 09:05".
const DATE_FIRST = /^\s*(?:\p{L}[\p{L} &'’-]{0,24}?\s*[|·•]\s*)?(?<date>(?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})(?:,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day)?(?:\s*|\s*(?:[,|·•–-]|\/\/)?\s+\d{1,2}[:.]\d{2}.{0,20}|\s+.{0,30}\b(?:updated|published|GMT|UTC)\b.{0,20})$/iu;
// A date in figures, alone or after "Published": "08.05.25", "Published 08-05-2025", "12/02/2011".
const FIGURES = new RegExp(String.raw`^\s*(?:(?<word>${STAMP})(?:\s+(?:on|at))?\s*:?\s*)?(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d./-])(?:[\s,].{0,20})?$`, 'iu');

// A date in figures, year first, as many sites stamp their stories: "2015.08.25 09:01", "2026-03-02",
// "Latest update : 2008-06-13".
const YEAR_FIRST = new RegExp(String.raw`^\s*(?:(?<word>${STAMP})(?:\s+(?:on|at))?\s*:?\s*)?(?<y>(?:19|20)\d\d)(?<sep>[./-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d./-])(?:[\sT,|].{0,20})?$`, 'iu');

// A story that opens on its date and a dash, as some wires print it, the agency in brackets or not:
// "Nov. 10 -- Armenia has…", "March 3, 2026 — Troops…", "Nov. 26 (UPI) -- Lawmakers…".
// With the weekday before it and a plain hyphen, as some sites print it: "Thursday March 5, 2020 - Troops…".
const DATE_DASH = /^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?<date>\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?)\s+(?:\([^)\n]{1,40}\)\s+)?(?:(?:--|[–—])\s+\S|-\s+\p{L})/iu;

// A clock time and the zone it is told in, on a stamp line: "08:14 GMT", "10:30 p.m. UTC",
// "23:40 UTC+3", "14:05 +01:00". Without a zone the time is the report's own and says nothing more.
const ZONED_CLOCK = /\b(?<h>[01]?\d|2[0-3])[:.](?<min>[0-5]\d)\s*(?<ap>[aApP]\.?\s?[mM]\.?)?\s*(?:(?<utc>GMT|UTC|Z)(?:\s*(?<sign>[+-])\s*(?<oh>\d{1,2})(?::?(?<om>\d{2}))?)?|(?<sign2>[+-])(?<oh2>\d{2}):?(?<om2>\d{2})|(?<abbr>[A-Z]{3,4}))(?![\p{L}\d])/u;
// Zone abbreviations that stamp lines print and that name one offset only (IST, AST, CST name
// several, and are left out). Offsets from the IANA database's abbreviations for these zones.
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, WAT: 60, CAT: 120, EAT: 180,
  PKT: 300, ICT: 420, JST: 540, KST: 540, EST: -300, EDT: -240, PST: -480, PDT: -420,
};

/** The zoned clock time of a stamp line, if it gives one. */
function clockOf(line: string): Dateline['clock'] {
  const m = ZONED_CLOCK.exec(line);
  if (!m?.groups) return undefined;
  const g = m.groups;
  if (g.abbr !== undefined && ZONE_OFFSETS[g.abbr] === undefined) return undefined;
  const pm = g.ap !== undefined && /^p/i.test(g.ap);
  const hour = (Number(g.h) % (g.ap ? 12 : 24)) + (pm ? 12 : 0);
  const sign = (g.sign ?? g.sign2) === '-' ? -1 : 1;
  const offsetMinutes = g.abbr !== undefined ? ZONE_OFFSETS[g.abbr]! : sign * (Number(g.oh ?? g.oh2 ?? 0) * 60 + Number(g.om ?? g.om2 ?? 0));
  return { hour, minute: Number(g.min), offsetMinutes };
}

// A stamp word anywhere on a short line: "Page last updated at 06:10 GMT, Friday, 12 March 2021",
// "Posted by our correspondent, 12 March 2021", "Tue Mar 9, 2021 04:20 PM Last update on: …".
const STAMP_ANYWHERE = new RegExp(String.raw`(?<![\p{L}-])${STAMP}`, 'iu');
// A line that ends as a sentence does is text, whatever words it holds ("The report was published on 3 May.").
const SENTENCE_END = /[.!?]["'”’)]?\s*$/u;

// A footer that says it of the page itself, as a sentence: "This article was last updated on 12 March 2021."
const PAGE_SENTENCE = new RegExp(String.raw`^\s*this\s+(?:article|story|page|report|post)\s+was\s+${STAMP}`, 'iu');

// "Date: 3 March 2024", "Dated: …": a page's label for its own day.
const DATE_LABEL = /^\s*dated?\s*:/iu;
// A byline that carries the day: "By Jane Roe, Reuters | 3 March 2024", "By Staff Reporter – 3 March 2024".
const BYLINE = /^\s*[Bb]y\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4}\s*[,|·•–—-]/u;
/** A byline, not a sentence opening on a day ("By Tuesday, 3 March, the troops had left"). */
const isByline = (line: string) => {
  const m = BYLINE.exec(line);
  return m !== null && findTimeExpressions(m[0]).all.length === 0;
};

/** A month and day that a calendar has (the 31st of any month: its own reader checks the rest). */
const validDay = (x: { month: number; day: number }) => x.month >= 1 && x.month <= 12 && x.day >= 1 && x.day <= 31;

/** The first calendar day with its month and day among the time expressions of some words. */
function dayIn(words: string): { spec: Dateline['spec']; text: string; offset: number } | undefined {
  for (const e of findTimeExpressions(words).all) {
    const s = e.spec;
    if (s.type === 'calendar' && s.month !== undefined && s.day !== undefined) return { spec: s as Dateline['spec'], text: e.text, offset: e.start };
  }
  return undefined;
}

/** A dateline with the zoned clock time its line gives, if any. */
const withClock = (dateline: Dateline, line: string): Dateline => {
  const clock = clockOf(line);
  return clock ? { ...dateline, clock } : dateline;
};

/** A day in figures, year first or last, alone on its line or after a stamp word. */
function figuresDay(line: string, offset: number): Dateline | undefined {
  const yearFirst = YEAR_FIRST.exec(line);
  if (yearFirst?.groups) {
    const spec = { type: 'calendar', year: Number(yearFirst.groups.y), month: Number(yearFirst.groups.m), day: Number(yearFirst.groups.d) } as Dateline['spec'];
    if (validDay(spec)) {
      return withClock({ kind: yearFirst.groups.word ? 'updated-line' : 'dateline', spec, text: line.trim(), start: offset + line.indexOf(yearFirst.groups.y!) }, line);
    }
  }
  const figures = FIGURES.exec(line);
  if (figures?.groups) {
    // Day first is the world's usual order; a number above 12 settles it; the other reading is
    // kept for the text's own dates to choose ("08-05-2025" beside "Thursday (May 8)").
    const [a, b] = [Number(figures.groups.a), Number(figures.groups.b)];
    const year = figures.groups.y!.length === 2 ? 2000 + Number(figures.groups.y) : Number(figures.groups.y);
    const dayFirst = { type: 'calendar', year, month: b, day: a } as Dateline['spec'];
    const monthFirst = { type: 'calendar', year, month: a, day: b } as Dateline['spec'];
    const [spec, other] = validDay(dayFirst) ? [dayFirst, a !== b && validDay(monthFirst) ? monthFirst : undefined] : [monthFirst, undefined];
    if (validDay(spec!)) {
      const start = offset + line.indexOf(figures.groups.a!, figures.groups.word ? line.toLowerCase().indexOf(figures.groups.word.toLowerCase()) + figures.groups.word.length : 0);
      return withClock({ kind: figures.groups.word ? 'updated-line' : 'dateline', spec: spec!, ...(other ? { otherReading: other } : {}), text: line.trim(), start }, line);
    }
  }
  return undefined;
}

/** Words a page's stamp may carry besides its date and clock: the site's section ("World", "News"). */
const STAMP_WORDS = 2;
/**
 * A line that is a page's stamp by its make-up alone: a date in full and a clock time, with at most
 * a weekday and a word or two of the site's section besides ("World Monday 23/October/2023 11:54 AM",
 * "News Tuesday 14/March/2017 10:02 AM").
 */
function isClockedStamp(line: string): boolean {
  const found = findTimeExpressions(line).all;
  const full = found.some((e) => e.spec.type === 'calendar' && e.spec.year !== undefined && e.spec.day !== undefined);
  const clock = found.some((e) => e.spec.type === 'calendar' && e.spec.time !== undefined && e.spec.month === undefined);
  if (!full || !clock) return false;
  let rest = line;
  for (const e of [...found].sort((a, b) => b.start - a.start)) rest = rest.slice(0, e.start) + ' ' + rest.slice(e.end);
  return rest.split(/[\s|·•,/-]+/).filter((w) => /\p{L}/u.test(w)).length <= STAMP_WORDS;
}

/**
 * A page's own stamp wherever the stamp word stands on a short line that is not a sentence:
 * "Page last updated at 06:10 GMT, Friday, 12 March 2021", "Posted by our blogger, 12 March
 * 2021". Its first day given in full is the day of publication (a "Published" date comes before
 * an "Updated" one). Or a date given in full alone on its line, with a weekday or clock time.
 */
function stampLine(line: string, offset: number): Dateline | undefined {
  if (line.trim().length > STAMP_LINE_LENGTH || (SENTENCE_END.test(line) && !PAGE_SENTENCE.test(line))) return undefined;
  const kind = STAMP_ANYWHERE.test(line) || DATE_LABEL.test(line) || isByline(line) ? 'updated-line' : DATE_FIRST.test(line) || isClockedStamp(line) ? 'dateline' : undefined;
  if (!kind) return undefined;
  const found = findTimeExpressions(line).all.find((e) => e.spec.type === 'calendar' && e.spec.year !== undefined && e.spec.month !== undefined && e.spec.day !== undefined);
  return found ? withClock({ kind, spec: found.spec as Dateline['spec'], text: found.text, start: offset + found.start }, line) : undefined;
}

/**
 * The day a report prints of itself: near its top, a wire dateline, an "Updated"/"Published"
 * line, or a date alone on a line under the headline; failing those, a stamp line or a date in
 * full alone on a line at its foot ("Page last updated at …", "12 March 2021"), where pasted
 * pages often leave them.
 * @example findDateline('BANGKOK, March 3 (Reuters) - Troops…')?.spec // { type: 'calendar', month: 3, day: 3 }
 */
export function findDateline(body: string): Dateline | undefined {
  const lines = body.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const top = topDateline(lines.slice(0, TOP_LINES));
  if (top) return top;
  const bottom = lines
    .map((line, i) => ({ line, i }))
    .filter(({ line, i }) => i >= TOP_LINES && line.trim() !== '')
    .slice(-BOTTOM_LINES)
    .reverse();
  for (const { line, i } of bottom) {
    const found = figuresDay(line, starts[i]!) ?? stampLine(line, starts[i]!);
    if (found) return found;
  }
  return undefined;
}

/** The first of a report's top lines that states its day. */
function topDateline(lines: readonly string[]): Dateline | undefined {
  let offset = 0;
  for (const line of lines) {
    const figures = figuresDay(line, offset);
    if (figures) return figures;
    for (const [kind, pattern] of [['dateline', DATELINE], ['dateline', DATELINE_STOP], ['updated-line', UPDATED], ['dateline', DATE_FIRST], ['dateline', DATE_DASH]] as const) {
      const m = pattern.exec(line);
      if (!m?.groups?.date) continue;
      const found = dayIn(m.groups.date);
      if (found) {
        const at = offset + (m.indices?.groups?.date?.[0] ?? line.indexOf(m.groups.date)) + found.offset;
        return withClock({ kind, spec: found.spec, text: found.text, start: at }, line);
      }
    }
    const stamped = stampLine(line, offset);
    if (stamped) return stamped;
    offset += line.length + 1;
  }
  return undefined;
}
