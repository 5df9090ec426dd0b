import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';
import { datelineEnd } from '../sentences/datelineEnd.ts';
import { isHeading } from '../sentences/isHeading.ts';
import { readStamp } from './readStamp.ts';
import { tenseAround } from './tenseAround.ts';
import type { TimeSpec } from './timeSpec.ts';

/** The day by its date on which a report's lede tells its own news. */
export interface LedeNewsDay {
  month: number;
  day: number;
  /** When the lede writes it ("on 14 March 2031"); else the reader finds it. */
  year?: number;
  /** Offset of the date in the article body. */
  start: number;
  /**
   * A wire's lede, filed under its place, with nothing in the text told of the past on a later
   * day: its day is the report's own (or the day before it appeared). Else the lede only says its
   * news follows something older ("days after Arland took the islands"): the report appeared on
   * or soon after the day, which breaks ties among the days its weekdays allow, and decides none.
   */
  filed: boolean;
}

/** "days after", "a week after", "shortly after": a lede that tells its news as following something older. */
const FOLLOWS_OLDER = /\b(?:days|hours|weeks|a day|a week|shortly|soon|just|only)\s+after\b/i;

/** "last week", "last month", "two years ago": a period wholly before the report's week, counted from its day. */
const isPastPeriod = (spec: TimeSpec) => spec.type === 'relative' && spec.from === undefined && spec.unit !== 'day' && spec.unit !== 'weekend' && spec.shift < 0;

/** How many days either side of the lede's day a date without its year is read as near it, to tell whether it lies after it. */
const NEAR_DAYS = 183;

/**
 * The day and month on which a report's lede tells its news, when it dates it so and by nothing
 * that counts from the report's own day ("KELVASK (wire) - Borea sent six ships into the strait on
 * Sept. 14, days after Arland took the islands"): a report tells first what happened last, so it
 * appeared on that day or soon after, and the weekdays it goes on to name lie in the week before
 * (the purchase "on Tuesday" is the recap of what led to the patrol, not news after it). Not when
 * the lede also names a weekday or a day counted from its own ("on Tuesday", "yesterday"): its date
 * is then background to news told by them. Only for a wire's report, filed under its place, with
 * no later day told of the past (`filed`: a later date makes the lede's where a longer story
 * began), or for a lede that says its news follows something older. The lede is the first
 * sentence after any headline that tells something, a date or a happening, and is no stamp.
 * @example ledeNewsDay(analyseArticle(article('a.txt', 'KELVASK - Borean ships sailed into the strait on March 14.'), lexicon)) // { month: 3, day: 14, start: 49, filed: true }
 */
export function ledeNewsDay(analysis: ArticleAnalysis): LedeNewsDay | undefined {
  const lede = analysis.sentences.find(
    (s) => !isHeading(s.span.text) && s.dates.length + s.triggers.length > 0 && /\p{Ll}/u.test(s.span.text) && readStamp(s.span.text, 'line') === undefined,
  );
  // A date with its weekday beside it ("Sunday, March 14") is a date; a weekday alone counts from the report's day.
  // A past week, month or year ("over last week's collision") is background too coarse to date the news.
  if (!lede || lede.dates.some((t) => !isPastPeriod(t.spec) && (t.spec.type !== 'calendar' || t.spec.yearShift !== undefined || (t.spec.weekday !== undefined && t.spec.day === undefined)))) return undefined;
  // A wire's report, filed under its place ("KELVASK (wire) -", on the lede or a line of its own
  // above it), leads with the news of its day: an analysis may open on the background, unless it
  // says its news follows older news.
  const wire = analysis.sentences.some((s) => s.index <= lede.index && datelineEnd(s.span.text) > 0);
  const followsOlder = FOLLOWS_OLDER.test(lede.span.text);
  if (!wire && !followsOlder) return undefined;
  // The dates of its news: those anchoring a happening told as done; and a date with its weekday
  // in a clause of the past, whatever it anchors ("stopped issuing visas on Sunday, March 14, days
  // after police entered it to arrest a man": the purpose is no plan, and the stop no act the lexicon reads).
  const told = lede.anchors.filter((a) => a.tense === 'past' && !a.trigger.happening.background && a.trigger.happening.modality === undefined).map((a) => a.time);
  const weekdayDated = lede.dates.filter((t) => t.spec.type === 'calendar' && t.spec.weekday !== undefined && tenseAround(lede.span.text, t) === 'past');
  const news = [...told, ...weekdayDated]
    .flatMap((time) => {
      const spec = time.spec;
      return spec.type === 'calendar' && spec.month !== undefined && spec.day !== undefined && spec.period === undefined && spec.hint !== 'future'
        ? [{ month: spec.month, day: spec.day, ...(spec.year !== undefined ? { year: spec.year } : {}), start: lede.span.start + time.start }]
        : [];
    })
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.month - b.month || a.day - b.day)
    .at(-1);
  if (!news) return undefined;
  // Days counted on one calendar, the lede's year or a leap year's when it gives none.
  const year = news.year ?? 2000;
  const at = (d: { year?: number; month: number; day: number }) => Date.UTC(d.year ?? year, d.month - 1, d.day);
  const ledeAt = at(news);
  const later = analysis.sentences.some((s) =>
    s.anchors.some((a) => {
      const spec = a.time.spec;
      if (a.tense !== 'past' || spec.type !== 'calendar' || spec.month === undefined || spec.day === undefined || spec.yearShift !== undefined) return false;
      // A date without its year is read in the year that puts it nearest the lede's.
      const candidates = spec.year !== undefined ? [at({ year: spec.year, month: spec.month, day: spec.day })] : [-1, 0, 1].map((y) => at({ year: year + y, month: spec.month!, day: spec.day! }));
      return candidates.some((c) => c > ledeAt && (spec.year !== undefined || c - ledeAt <= NEAR_DAYS * 86_400_000));
    }),
  );
  const filed = wire && !later;
  return filed || followsOlder ? { ...news, filed } : undefined;
}
