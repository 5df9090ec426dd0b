import { DAY_MS } from '../../../../src/lib/dayMs.ts';
import { isFurniture, pageFurniture } from '../sentences/pageFurniture.ts';
import type { Span } from '../sentences/splitSentences.ts';
import { readStamp, type Stamp } from './readStamp.ts';

/**
 * Where a report states its own day: the stamp's date (its year may be missing: "ARLANDIA CITY,
 * March 14 (AW) -"), the other reading of a date in figures, its zoned clock time, and the offset
 * of its words in the body.
 */
export type Dateline = Omit<Stamp, 'worded'> & { kind: 'dateline' | 'updated-line' };

/**
 * How many lines, not counting blank ones, from the top a page's stamp or a dateline may stand on:
 * a pasted page may open on its site's menu, a line a word, before the headline.
 */
const TOP_LINES = 30;
/** How many lines, not counting blank ones, from the bottom a page's footer stamp may stand on, below tags and links. */
const BOTTOM_LINES = 12;
/**
 * How many lines of text the top of a page holds before its stamp is looked for no further: a
 * headline or subtitle that ends as a sentence, a caption, then the lede. A stamp below them is in
 * the body, no longer the page's.
 */
const TOP_TEXT_LINES = 3;
// A line of the text, not of the page's furniture: it ends as a sentence does and has a few words,
// or it is a paragraph long. A copyright line ends as a sentence and is furniture.
const SENTENCE_END = /[.!?]["'”’)]?\s*$/u;
const COPYRIGHT = /©|\(c\)|\bcopyright\b|\brights\s+reserved\b/iu;
const isText = (line: string) => {
  const words = line.trim().split(/\s+/).length;
  return ((SENTENCE_END.test(line) && words >= 3) || words >= 20) && !COPYRIGHT.test(line);
};
// Where the opening of a lede may end a wire dateline: a dash or a colon set off by a space, the
// agency's brackets or slashes, or a full stop ("PLACE, March 14 (Agency) -", "PLACE, 18 Oct. Troops",
// "PLACE, June 9. /Agency/. Text", "Thursday March 5, 2020 - Text").
const LEDE_END = /\s+(?:--|[-–—])\s|:\s|\)\s|\/\.?\s|\.\s/gu;
/** The longest opening of a lede read as its dateline. */
const LEDE_LENGTH = 60;

/**
 * A dateline that opens a lede: the words before the first of its ends that read as a stamp
 * whose date may lack its year ("ARLANDIA CITY, March 14 (AW) - Troops…", "Oct. 9 -- The two sides…").
 */
function ledeStamp(line: string): Stamp | undefined {
  for (const end of line.matchAll(LEDE_END)) {
    if (end.index > LEDE_LENGTH) break;
    const stamp = readStamp(line.slice(0, end.index + (/^[)/.]/.test(end[0]) ? 1 : 0)), 'lede');
    if (stamp) return stamp;
  }
  return undefined;
}

/** A stamp as the report's day, at its place in the body. */
const dateline = ({ worded: _, ...stamp }: Stamp, kind: Dateline['kind'], offset: number): Dateline => ({ ...stamp, kind, start: offset + stamp.start });

/** A whole line read as the page's stamp. */
function lineDateline(line: string, offset: number): Dateline | undefined {
  const stamp = readStamp(line, 'line');
  return stamp && dateline(stamp, stamp.worded ? 'updated-line' : 'dateline', offset);
}

/**
 * The day a report prints of itself: near its top, a line that is the page's stamp ("Updated:
 * March 14, 2024 at 2:05 p.m. ET", "By Jane Roe | 14 March 2024", "Thursday, 14 March 2024, 14:05") or a
 * wire dateline opening the lede ("ARLANDIA CITY, March 14 (AW) -"); failing those, a stamp line
 * among the last lines, where pasted pages often leave it ("Page last updated at …", "12 March
 * 2021", above "Tags:" and "Share"). What makes a stamp is `readStamp`'s one rule: a date, and
 * nothing else but the furniture of stamps. Lines of `furniture` (a linked story's stamp) are
 * skipped; an article already read passes the lines its reading found.
 * @example findDateline('ARLANDIA CITY, March 14 (AW) - Troops…')?.spec // { type: 'calendar', month: 3, day: 14 }
 */
export function findDateline(body: string, furniture: readonly Span[] = pageFurniture(body)): Dateline | undefined {
  const found = pageStamps(body, furniture);
  const first = found[0];
  if (first && first.spec.year !== undefined) return firstPublished(body, first, found.slice(1));
  if (!first) return first;
  // A wire dateline gives no year; a stamp of the same page that gives one dates the same report.
  const year = found.slice(1).map((other) => yearFor(first.spec, other.spec)).find((y) => y !== undefined);
  return year === undefined ? first : { ...first, spec: { ...first.spec, year } };
}

// A stamp that says it is an update: "Last update: …", "Updated …", "Modified …".
const UPDATE = /\b(?:updated?|modified|edited|revised)\b/i;

/** The line of the body a stamp stands on. */
const lineAt = (body: string, at: number) => body.slice(body.lastIndexOf('\n', at - 1) + 1, body.indexOf('\n', at) < 0 ? body.length : body.indexOf('\n', at));

const dayOf = (spec: Dateline['spec']) => Date.UTC(spec.year!, spec.month - 1, spec.day);

/**
 * "Last update: May 14, 2031" over a by-line "By Mira Quell January 30, 2023": a page that prints
 * when it was updated and, on another line, an earlier day with no word of updating gives the day
 * it was written and published in that earlier day; the update only edited it.
 */
function firstPublished(body: string, first: Dateline, others: readonly Dateline[]): Dateline {
  if (!UPDATE.test(lineAt(body, first.start))) return first;
  return others.find((d) => d.spec.year !== undefined && dayOf(d.spec) < dayOf(first.spec) && !UPDATE.test(lineAt(body, d.start))) ?? first;
}

/** How many days a page's stamp may lie from its dateline and still date the same report: a zone, a late update. */
const SAME_REPORT_DAYS = 2;

/**
 * The year in which a yearless day lies within `SAME_REPORT_DAYS` of a stamp's day, when the
 * stamp gives its year ("March 14" beside "Published 15 March 2024": 2024; "December 31" beside
 * "1 January 2025": 2024).
 */
function yearFor(day: Dateline['spec'], stamp: Dateline['spec']): number | undefined {
  if (stamp.year === undefined) return undefined;
  const at = Date.UTC(stamp.year, stamp.month - 1, stamp.day);
  return [stamp.year - 1, stamp.year, stamp.year + 1].find((y) => Math.abs(Date.UTC(y, day.month - 1, day.day) - at) <= SAME_REPORT_DAYS * DAY_MS);
}

/**
 * Every stamp the page prints of itself, in the order `findDateline` prefers them: down its top,
 * until the text has begun, then up its foot, until the text's last paragraph.
 */
function pageStamps(body: string, furniture: readonly Span[]): Dateline[] {
  const lines: { line: string; offset: number }[] = [];
  // A story the page links to, with its own day ("Border clash ends | 4 March 2024"), is not this one.
  for (let i = 0, at = 0, all = body.split('\n'); i < all.length; at += all[i]!.length + 1, i++) {
    if (all[i]!.trim() !== '' && !isFurniture({ start: at, end: at + all[i]!.length }, furniture)) lines.push({ line: all[i]!, offset: at });
  }
  const found: Dateline[] = [];
  let text = 0;
  let top = 0;
  for (const { line, offset } of lines.slice(0, TOP_LINES)) {
    top++;
    const stamp = lineDateline(line, offset) ?? ledeDateline(line, offset);
    if (stamp) found.push(stamp);
    if (isText(line) && ++text >= TOP_TEXT_LINES) break;
  }
  for (const { line, offset } of lines.slice(top).slice(-BOTTOM_LINES).reverse()) {
    const stamp = lineDateline(line, offset);
    if (stamp) found.push(stamp);
    // The last paragraph of the text: a stamp above it is the body's, not the page's.
    if (isText(line)) break;
  }
  return found;
}

/** A wire dateline at the opening of a line, as the report's day. */
function ledeDateline(line: string, offset: number): Dateline | undefined {
  const stamp = ledeStamp(line);
  return stamp && dateline(stamp, 'dateline', offset);
}

/**
 * The wire dateline that opens the lede of a page that also prints a stamp of its own
 * ("Saturday, 15 March 2024" over "VELMORA, March 14 (AW) -"), its year taken from the stamp
 * (without one, the day is returned without its year, for the caller to take from the page's day):
 * the day the story was filed, which its "today" and weekdays count from, where the page's stamp
 * is the day it was printed or posted.
 * @example findLedeDateline('Saturday, 15 March 2024\n\nVELMORA, March 14 (AW) - Troops…')?.spec // { type: 'calendar', year: 2024, month: 3, day: 14 }
 */
export function findLedeDateline(body: string, furniture: readonly Span[] = pageFurniture(body)): Dateline | undefined {
  const found = pageStamps(body, furniture);
  const lede = found.find((d) => d.kind === 'dateline' && /\S/.test(body.slice(d.start + d.text.length, d.start + d.text.length + 12)) && isLede(body, d.start));
  if (!lede || lede.spec.year !== undefined) return lede;
  const year = found.filter((d) => d !== lede).map((other) => yearFor(lede.spec, other.spec)).find((y) => y !== undefined);
  // With no stamp to take a year from, the yearless day is returned: a page day given from outside
  // the text (front matter) supplies the year.
  return year === undefined ? lede : { ...lede, spec: { ...lede.spec, year } };
}

/** A stamp that opens a line running on into text, as a lede's dateline does. */
function isLede(body: string, start: number): boolean {
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = body.indexOf('\n', start);
  const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd);
  return ledeStamp(line) !== undefined && isText(line);
}
