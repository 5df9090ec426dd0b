/** A stretch of an article body, by character offsets `[start, end)` into the body. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// The Unicode sentence boundaries (ICU, through Intl.Segmenter) stop after every full stop that
// a capital or a figure follows, so an abbreviation would end a sentence: "on Dec. 7", "Mr. Hun".
// These never end one; a single initial or a dotted abbreviation ("U.S.", "a.m.") does only when
// a capitalised word that is not a date follows.
const NEVER_LAST = /(?:^|[\s(“"'])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Gov|Sen|Rep|Prof|Rev|Pres|Amb|Jr|Sr|No|Nos|vs|approx|est|Inc|Corp|Co|Ltd|Bros|Mt|Ft)\.$/;
const MAYBE_LAST = /(?:^|[\s(“"'])(?:\p{Lu}|\p{L}(?:\.\p{L})+)\.$/u;
/** A clock's "a.m." or "p.m.", which the zone of the time may follow. */
const CLOCK = /(?:^|\s)[ap]\.m\.$/i;
// "at 9 a.m. Kyiv time", "3:30 a.m. Eastern Time", "10 p.m. GMT": the zone goes with the clock.
const ZONE = /^(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,2}[Tt]ime\b|(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b)/u;
// "At 9:44 a.m. Borean cutter 5201 fired its water cannon": a clock time that opens a sentence is no sentence of its own.
const CLOCK_ONLY = /^\s*(?:at|by|around|about|after|before|until|from|shortly\s+(?:after|before))\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.\s*$/i;
// "Arland Guards Miss N. Borean Boats": the rest of a line that ends with no closing mark is a
// headline's, which an initial does not cut in two.
const HEADLINE_REST = /[\p{L}\d]\s*(?:\n|$)/u;
// "spokesman A.K. Orvan said", "T. W. Ferrin said": two initials before a capitalised name are a
// person's and end no sentence; a country's, a city's or an era's ("U.S.", "D.C.") still may.
const INITIALS = /(?:^|[\s(“"'’])(\p{Lu})\.\s?(\p{Lu})\.$/u;
const LONE_INITIAL = /(?:^|[\s(“"'’])(\p{Lu})\.$/u;
const NEXT_INITIAL = /^(\p{Lu})\.\s+\p{Lu}\p{Ll}/u;
const NOT_INITIALS = new Set(['US', 'UK', 'UN', 'EU', 'DC', 'AD', 'BC', 'NY', 'LA']);
const NAME_NEXT = /^(?!(?:The|A|An|He|She|It|They|We|In|On|At|But|And|This|That|These|Those|Its|His|Her|Their|There|Then)\b)\p{Lu}\p{Ll}+\b/u;
/** Whether a break after `previous` falls inside a person's initials: "A.K. | Orvan", "T. | W. Ferrin". */
function inInitials(previous: string, after: string): boolean {
  if (/\bthe\s+\S+$/i.test(previous)) return false;
  const pair = INITIALS.exec(previous);
  if (pair) return !NOT_INITIALS.has(`${pair[1]}${pair[2]}`) && NAME_NEXT.test(after);
  const lone = LONE_INITIAL.exec(previous);
  const next = NEXT_INITIAL.exec(after);
  return !!lone && !!next && !NOT_INITIALS.has(`${lone[1]}${next[1]}`);
}
// "Posted November. 14, 2031": a month name with a stray full stop, then its day and year, is one
// date; no sentence opens on a day of the month and a year.
const MONTH_LAST = /(?:^|\s)(?:January|February|March|April|May|June|July|August|September|October|November|December)\.$/;
const DAY_AND_YEAR = /^\d{1,2},?\s+\d{4}\b/;
const CONTINUES = /^(?:[\p{Ll}\d(,;:]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*\b)/u;
/**
 * The longest sentence kept whole, in characters. Text without sentence breaks (a list of
 * numbers, a scraped table) is cut at the last space before it, so that reading a sentence,
 * whose cost grows faster than its length, stays bounded and an article is read in linear time.
 */
export const MAX_SENTENCE = 1000;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Cuts a run of text at spaces into pieces of at most MAX_SENTENCE characters. */
function* bounded(text: string, start: number): Generator<[number, number]> {
  let from = start;
  const end = start + text.length;
  while (end - from > MAX_SENTENCE) {
    const window = text.slice(from - start, from - start + MAX_SENTENCE);
    const space = window.search(/\s\S*$/);
    const cut = from + (space > 0 ? space : MAX_SENTENCE);
    yield [from, cut];
    from = cut;
  }
  yield [from, end];
}

/**
 * The sentences of a text with their offsets. Lines are split first: a headline has no full stop.
 * Abbreviations such as "Dec." and "U.S." stay inside their sentence.
 * @example splitSentences('Talks began. They ended.').map((s) => s.text) // ['Talks began.', 'They ended.']
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number) => {
    for (const [a, b] of bounded(text.slice(from, to), from)) {
      const raw = text.slice(a, b);
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = a + raw.length - raw.trimStart().length;
      spans.push({ start, end: start + trimmed.length, text: trimmed });
    }
  };
  // The text is segmented once, not line by line: each call to `segment` holds a copy of ICU's
  // break iterator outside the JavaScript heap until a full collection, some 4 KB a line (60 MB
  // for 1 MB of dated lines). A line break always ends a Unicode sentence, so the segments are
  // those of each line, the last one with the break itself; a segment that opens a line starts
  // the line's sentences afresh.
  let pending: number | undefined;
  let last = 0;
  for (const { segment, index: start } of segmenter.segment(text)) {
    if (start === 0 || text[start - 1] === '\n') {
      if (pending !== undefined) push(pending, Math.max(last, pending));
      pending = undefined;
    }
    const next = segment.trimEnd();
    // The few characters before the break tell whether it ends on an abbreviation.
    const previous = text.slice(Math.max(pending ?? start, start - 12), start).trimEnd();
    const joins =
      pending !== undefined &&
      (NEVER_LAST.test(previous) || (MONTH_LAST.test(previous) && DAY_AND_YEAR.test(segment)) || inInitials(previous, text.slice(start, start + 40)) || (MAYBE_LAST.test(previous) && (CONTINUES.test(segment) || (HEADLINE_REST.test(segment) && !/\n./u.test(segment.trimEnd())))) || (CLOCK.test(previous) && (ZONE.test(segment) || CLOCK_ONLY.test(text.slice(pending, start)))));
    if (pending !== undefined && !joins) push(pending, start);
    if (!joins) pending = start;
    last = start + next.length;
  }
  if (pending !== undefined) push(pending, Math.max(last, pending));
  return spans;
}
