import { DateTime, FixedOffsetZone } from 'luxon';
import type { PublishedFrom } from '../../../../src/lib/eventSchema.ts';
import { lineColumn } from '../../../../src/lib/lineColumn.ts';
import type { Problem } from '../../../../src/lib/problem.ts';
import type { Anchor, ArticleAnalysis, Trigger } from '../sentences/analyseArticle.ts';
import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import { isHeading } from '../sentences/isHeading.ts';
import { bareWeekday } from './bareWeekday.ts';
import { dayFromUrl } from './dayFromUrl.ts';
import { daysFromRun } from './daysFromRun.ts';
import { daysAgo } from './daysAgo.ts';
import { findDateline, type Dateline } from './findDateline.ts';
import { findNamedToday } from './findNamedToday.ts';
import { ledeDaysAfter } from './ledeDaysAfter.ts';
import { ledeNewsDay } from './ledeNewsDay.ts';
import { storyAge } from './storyAge.ts';
import { elapsedAfter } from './elapsedAfter.ts';
import { readStamp } from './readStamp.ts';
import { isExactDay } from './isExactDay.ts';
import { pastWeekdays } from './pastWeekdays.ts';
import { hoursAfter } from './hoursAfter.ts';
import { resolveTime } from './resolveTime.ts';
import { placesOf } from './placesOf.ts';
import { retoldFloor, weekdaysAgree } from './retoldFloor.ts';
import { namesEventByYear } from './namesEventByYear.ts';
import { tenseAround } from './tenseAround.ts';
import { yearsSince } from './yearsMarked.ts';
import { VIOLENT_KINDS } from '../happenings/violentKinds.ts';
import { TAKEN_TYPES } from '../happenings/takenTypes.ts';
import { RECURRING_KINDS } from '../happenings/recurringKinds.ts';

/** When an article was published, whether the text only implies it, and what said so. */
export interface Publication {
  published: string;
  inferred: boolean;
  from: PublishedFrom;
  /**
   * Only a lower bound read from dates without their year, the year taken from the run's other
   * reports: it places the text's dates, but is no day to date the article's undated news by.
   */
  floorOnly?: true;
  /**
   * The last day the article may have appeared on, when the text allows a stretch of days from
   * `published` and nothing in it chooses among them: what counts from the day of publication is
   * placed only as finely as every day of the stretch agrees.
   */
  until?: string;
}

interface Window {
  from: DateTime;
  to: DateTime;
  weight: number;
  /** A full date's lower bound ("in December 2018"): it narrows what pairings allow, and dates nothing alone. */
  bound?: true;
}

/** A day-precise, resolved happening in an article whose date is known, to pair weekdays with. */
interface KnownDay {
  day: DateTime;
  anchor: Pick<Anchor, 'trigger' | 'type' | 'who' | 'told'>;
  /** The places its sentence names, as the gazetteer names them. */
  places: ReadonlySet<string>;
  /**
   * Told undated as the article's own news, so of its day or the one before: the article gives
   * both, each a guess. Not the article's own words for a day.
   */
  reported?: true;
}

/** How many days after a dated report of the run an undated one that shares its news may be placed by its weekdays alone: a weekday further on is as likely one before that report. */
const BESIDE_RUN = 2;

/** How far back a year is looked for, before today or the earliest day the run's articles state. */
const YEARS_BACK = 30;

/** The years, latest first, a date without one may fall in: back from today, and back past the run's days. */
const yearsBack = (now: DateTime, runDays: readonly DateTime[]): number[] => {
  const first = Math.min(now.year - YEARS_BACK, ...runDays.map((d) => d.year - 1));
  return Array.from({ length: now.year - first + 1 }, (_, i) => now.year - i);
};
/** What each year after the latest one a run recalls takes from a reading's weight: enough to break a tie between years a weekday allows, never to outweigh a pairing. */
const RECALL_DECAY = 0.001;
/** How close two readings' weights are to be a tie. */
const TIED = 0.05;
/**
 * How many years before the latest year a run recalls of the past a reading of its weekdays may
 * still put a report: a run may span the turn of a year, and its later reports recall the earlier
 * year. Further back, the reading is of another year's calendar, and dates nothing.
 */
const RECALL_SLACK = 1;
/** How far back from today a report's day is as likely as any: a page pasted today is most often of the past year. */
const FRESH_DAYS = 365;
/** How far back from today the latest year a weekday allows may lie and still be taken for a page's year with nothing else to tell. */
const RECENT_DAYS = 2 * FRESH_DAYS;

/** The latest year, up to today's, that the run's texts name of the past ("in 2014", "the armistice of 1994", "a survey in July 2008"), if any; not one that names an event as a noun's modifier ("a 1990 coup"). */
function recalledYear(analyses: readonly ArticleAnalysis[], now: DateTime): number | undefined {
  const years = analyses.flatMap((a) =>
    a.sentences.flatMap((s) => s.dates.flatMap((t) => (t.spec.type === 'calendar' && t.spec.year !== undefined && t.spec.year <= now.year && tenseAround(s.span.text, t) !== 'future' && !namesEventByYear(s.span.text, t) ? [t.spec.year] : []))),
  );
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** The weight left to a reading of the text's dates in a year far from the run's other articles. */
const FAR_FROM_RUN = 0.05;
/** What a place two reports share adds to the weight of a weekday paired with another report's day. */
const SAME_PLACE = 2;
/** How many sentences apart a weekday and a date may be and still be paired. */
const PAIRING = 8;
/** What a date printed with its weekday ("Friday, December 15") weighs: the text's own word for its day, it outweighs a few weekdays paired with another report's. */
const OWN_WEEKDAY_DATE = 5;
/** A report says "on Wednesday" of a day at most this many days before or after it appears. */
const WEEK = 6;

/** A calendar day with its year, month and day, from an expression's spec; undefined otherwise. */
const fullDay = (spec: Anchor['time']['spec'], zone: string): DateTime | undefined => {
  if (spec.type !== 'calendar' || spec.year === undefined || spec.month === undefined || spec.day === undefined) return undefined;
  const day: DateTime = DateTime.fromObject({ year: spec.year, month: spec.month, day: spec.day }, { zone });
  return day.isValid ? day : undefined;
};

/**
 * The year of a dateline written without one ("BANGKOK, March 3 (Reuters) -"): the weekday
 * beside it when given; else the first year, up to today, in which the day is not before the
 * latest date the text states in full (a report appears after what it reports); else the year
 * nearest the days of the other articles; else the latest year up to today.
 */
function datelineDay(dateline: Dateline, analysis: ArticleAnalysis, now: DateTime, runDays: readonly DateTime[]): { day: DateTime; inferred: boolean } | undefined {
  const zone = now.zoneName ?? 'UTC';
  const other = dateline.otherReading;
  if (other) {
    // A date in figures that reads both ways: the reading nearer the days and months the text
    // itself names ("Thursday (May 8)" beside "08-05-2025"), else the day-first one.
    const at = (r: Dateline['spec']) => DateTime.fromObject({ year: r.year!, month: r.month, day: r.day }, { zone });
    const named = analysis.sentences.flatMap((s) =>
      s.times.flatMap((t) => (t.spec.type === 'calendar' && t.spec.month !== undefined && s.span.start + t.start !== dateline.start ? [t.spec] : [])),
    );
    const distance = (r: Dateline['spec']) =>
      Math.min(Infinity, ...named.map((n) => Math.abs(at(r).diff(DateTime.fromObject({ year: n.year ?? r.year!, month: n.month!, day: n.day ?? 15 }, { zone }), 'days').days)));
    const spec = distance(other) < distance(dateline.spec) ? other : dateline.spec;
    return at(spec).isValid ? { day: at(spec), inferred: spec === other } : undefined;
  }
  const { spec, clock } = dateline;
  const on = (year: number) => DateTime.fromObject({ year, month: spec.month, day: spec.day }, { zone });
  if (spec.year !== undefined) {
    if (!on(spec.year).isValid) return undefined;
    // "Last updated at 22:30 GMT" on 17 March is 18 March where the conflict is, east of Greenwich:
    // its relative words ("early on Tuesday", "today") count from that zone's day. Only when the
    // text names that day's weekday, though: a page stamped "09 May 2031 20:23 (UTC +04:00)" that
    // tells its news "on Friday", the 9th, was written on the day it prints, whatever the hour east of it.
    const stamped = clock && DateTime.fromObject({ year: spec.year, month: spec.month, day: spec.day, hour: clock.hour, minute: clock.minute }, { zone: FixedOffsetZone.instance(clock.offsetMinutes) });
    const local = stamped?.isValid ? stamped.setZone(zone).startOf('day') : undefined;
    const livesIn = (day: DateTime) => day.hasSame(on(spec.year!), 'day') || pastWeekdays(analysis).includes(day.weekday);
    return { day: local && livesIn(local) ? local : on(spec.year), inferred: false };
  }
  const years = yearsBack(now, runDays).filter((y) => on(y).isValid && on(y) <= now);
  if (spec.weekday !== undefined) {
    const year = years.find((y) => on(y).weekday === spec.weekday);
    if (year !== undefined) return { day: on(year), inferred: true };
  }
  // What the text dates in full of the past: a measure "from Jan. 1, 2016" that a decree sets is
  // ahead of the report, and says nothing of its year.
  // A month told of the past with its year ("the ridge has been disputed since July 2008") bounds it as well.
  const stated = [...statedDays(analysis, now), ...statedMonths(analysis, now)].filter((d) => d.toMillis() !== on(d.year).toMillis());
  const latest = stated.length > 0 ? (DateTime.max(...stated) as DateTime) : undefined;
  const after = latest ? [...years].reverse().find((y) => on(y) >= latest) : undefined;
  // Nothing in the text: the year that puts the day nearest the days of the articles it is
  // read with (a folder of seeds reports one conflict), else the latest.
  const fromRun = daysFromRun(runDays);
  const nearest = (y: number) => fromRun(on(y));
  const beside = runDays.length > 0 ? [...years].sort((a, b) => nearest(a) - nearest(b))[0] : undefined;
  // A wire lede tells what happened the day the report was filed, or the day before ("KHARTOUM,
  // Dec 17 – … toured the border on Thursday"): among the years that put the day within a season
  // of the run's days, and not before what the text dates in full, the one in which the
  // dateline's day is that weekday, else the day after it, beats mere nearness.
  const weekday = ledeWeekday(analysis, dateline.start);
  if (weekday !== undefined && runDays.length > 0) {
    const near = years.filter((y) => nearest(y) <= SEASON_DAYS && (!latest || on(y) >= latest));
    for (const gap of [0, 1]) {
      const fits = near.filter((y) => (on(y).weekday - weekday + 7) % 7 === gap).sort((a, b) => nearest(a) - nearest(b));
      if (fits.length > 0) return { day: on(fits[0]!), inferred: true };
    }
    // A run that spans years ("ARLANDIA CITY, April 23" beside reports of an October years before),
    // the text bounding the year from below ("disputed since July 2008"): the nearest year after that
    // bound, within a few years of the run, in which the lede's weekday is the dateline's day.
    if (latest) {
      const fits = years.filter((y) => on(y) >= latest && nearest(y) <= RUN_YEARS * 366 && on(y).weekday === weekday).sort((a, b) => nearest(a) - nearest(b));
      if (fits.length > 0) return { day: on(fits[0]!), inferred: true };
    }
  }
  const year = after ?? beside ?? years[0];
  return year === undefined ? undefined : { day: on(year), inferred: true };
}

/** How many years a dateline's day may lie from the run's days when the text bounds its year from below and its lede's weekday chooses it. */
const RUN_YEARS = 5;

/** How far, in days, a dateline's year may put its day from the nearest of the run's days for its lede's weekday to choose it. */
const SEASON_DAYS = 92;

/** The weekday the sentence of a dateline names of the past ("toured the border on Thursday"), if any. */
function ledeWeekday(analysis: ArticleAnalysis, datelineStart: number): number | undefined {
  const lede = analysis.sentences.find((s) => datelineStart >= s.span.start && datelineStart < s.span.end);
  if (!lede) return undefined;
  const future = new Set(lede.anchors.filter((a) => a.tense === 'future').map((a) => a.time.start));
  const time = lede.times.find((t) => t.spec.type === 'weekday' && t.spec.hint !== 'future' && t.spec.week === undefined && t.spec.from === undefined && !future.has(t.start));
  return time?.spec.type === 'weekday' ? time.spec.weekday : undefined;
}

/** The parts of a day that lie late in it: a report of them often appears the next day. Not the afternoon: a report naming it was mostly filed that evening. */
const LATE_PARTS: ReadonlySet<string> = new Set(['EV', 'NI']);

/** The weekdays an article tells of the past late in the day ("Tuesday night", "on Tuesday evening", "late on Tuesday"). */
function lateWeekdays(analysis: ArticleAnalysis): Set<number> {
  return new Set(
    analysis.sentences.flatMap((s) =>
      s.dates.flatMap((t) => {
        const weekday = bareWeekday(t.spec);
        const late = (t.spec.type === 'weekday' && LATE_PARTS.has(t.spec.time?.partOfDay ?? '')) || /^late\b/i.test(t.text);
        return weekday !== undefined && late && tenseAround(s.span.text, t) !== 'future' ? [weekday] : [];
      }),
    ),
  );
}

/** Whether one score comes before another, the first figure first. */
const isBefore = (a: readonly number[], b: readonly number[]) => {
  const i = a.findIndex((v, j) => v !== b[j]);
  return i >= 0 && a[i]! < b[i]!;
};

/**
 * The weekday the lede names and does not speak of as ahead ("Ondria was tense on Sunday", "an
 * uneasy calm held on Sunday": a lede tells its news, so a weekday there without a mark of the
 * future is of the past or the day itself), if any: the lede is
 * the first sentence after any headline that tells something, a date or a happening, and is no
 * stamp (a byline, a page's stamp and a line in capitals tell nothing of the news).
 */
function ledeNewsWeekday(analysis: ArticleAnalysis): number | undefined {
  const time = ledePastDates(analysis).find((t) => bareWeekday(t.spec) !== undefined);
  return time && bareWeekday(time.spec);
}

/** The lede, as `ledeNewsWeekday` finds it. */
const ledeOf = (analysis: ArticleAnalysis) =>
  analysis.sentences.find((s) => !isHeading(s.span.text) && s.dates.length + s.triggers.length > 0 && /\p{Ll}/u.test(s.span.text) && readStamp(s.span.text, 'line') === undefined);

/** The dates the lede does not speak of as ahead. */
function ledePastDates(analysis: ArticleAnalysis): ArticleAnalysis['sentences'][number]['dates'] {
  const lede = ledeOf(analysis);
  return lede?.dates.filter((t) => tenseAround(lede.span.text, t) !== 'future') ?? [];
}

/**
 * The day the lede dates its news on by day and month (`ledeNewsDay`), within a week before
 * `start`, in the year that puts it there: the report appeared on it or soon after, and a weekday
 * its body recaps ("the row flared anew on Tuesday") is the older news, no reason to put the report
 * a week on.
 */
function ledeNewsBefore(analysis: ArticleAnalysis, start: DateTime): DateTime | undefined {
  const news = ledeNewsDay(analysis);
  if (!news) return undefined;
  const on = (year: number) => DateTime.fromObject({ year, month: news.month, day: news.day }, { zone: start.zone });
  const day = on(news.year ?? (on(start.year) <= start ? start.year : start.year - 1));
  return day.isValid && day <= start && start.diff(day, 'days').days <= WEEK ? day : undefined;
}

/** "today", "yesterday", "tomorrow": a day that a report's own day places exactly. */
const isNearDay = (a: Anchor) => a.time.spec.type === 'relative' && a.time.spec.unit === 'day' && a.time.spec.from === undefined && a.time.spec.part === undefined && Math.abs(a.time.spec.shift) <= 1;
/** "last week", "earlier this week": a week counted back from the report's own, told of the past. */
const isPastWeek = (a: Anchor) =>
  a.time.spec.type === 'relative' && a.time.spec.unit === 'week' && a.time.spec.from === undefined && (a.time.spec.shift === -1 || (a.time.spec.shift === 0 && a.time.spec.part === 'earlier')) && a.tense !== 'future';
/** "on Tuesday": a weekday named bare, which the report's own week places (not "the previous Tuesday"). */
const isWeekday = (a: Anchor) => bareWeekday(a.time.spec) !== undefined;
/** "last Wednesday": the latest Wednesday before the day of publication, as a weekday told of the past is. */
const isLastWeekday = (a: Anchor) => a.time.spec.type === 'weekday' && a.time.spec.hint === 'past' && a.time.spec.week === undefined && a.time.spec.from === undefined;
const isMonthDay = (a: Anchor) => a.time.spec.type === 'calendar' && a.time.spec.year === undefined && a.time.spec.day !== undefined;
const weekdayOf = (a: Anchor) => (a.time.spec.type === 'weekday' ? a.time.spec.weekday : 0);
const fold = (s: string | undefined) => s?.toLowerCase().replace(/s$/, '');
// One side's abduction is the other side's arrest: reports from either side name one taking of
// people with different words, and so with different kinds.
const TAKEN: ReadonlySet<string> = TAKEN_TYPES;
// A capture is often told by the violence that made it ("fired on the boats and seized them"):
// another report may date it as either. Weak, so that it only decides when nothing else does.
const VIOLENCE: ReadonlySet<string> = VIOLENT_KINDS;
const CAPTURE_BY_FORCE = 0.25;
const HARM_BY_FORCE = 0.25;
// Two speakers' sayings on one weekday are no evidence at all: with no other, a weak weight still
// decided, and moved a report that gives its own dates to another report's Sunday months before.
const SAID_BY_ANOTHER = 0;
/** Who an anchor's saying is by, as its words: "the foreign ministry", "a Qatari official". */
const speakerWords = (a: Pick<Anchor, 'trigger'>) => fold((a.trigger.happening.speaker ?? a.trigger.happening.told?.by)?.text);
/** How far two anchors may tell one happening: 1 for the same kind or one act named from either side, less for kin, 0 for none. */
const sameHappening = (a: Pick<Anchor, 'trigger' | 'type'>, b: Pick<Anchor, 'trigger' | 'type'>): number => {
  // Somebody says something most days: two sayings are one happening only when one speaker says them.
  if (a.trigger.value === b.trigger.value && SPEECH_KINDS.has(a.trigger.value)) return speakerWords(a) === speakerWords(b) ? 1 : SAID_BY_ANOTHER;
  if (a.trigger.value === b.trigger.value || (TAKEN.has(a.type ?? '') && TAKEN.has(b.type ?? ''))) return 1;
  const capture = (x: typeof a, y: typeof a) => x.type === 'arrest' && VIOLENCE.has(y.trigger.value);
  // "Nine people were killed on Wednesday" beside "shelled the resort on Wednesday": the deaths,
  // told without the act, are the harm of the strike another report names.
  // So is a building levelled or torched, told without the blast another report names ("levelled the office" beside "was blown up on Tuesday").
  const harm = (x: typeof a, y: typeof a) => ((x.trigger.value === 'fighting' && x.type === undefined) || x.type === 'property-destruction') && y.trigger.value === 'strike';
  return capture(a, b) || capture(b, a) ? CAPTURE_BY_FORCE : harm(a, b) || harm(b, a) ? HARM_BY_FORCE : 0;
};

/** Whether two anchors name their happening alike: by the same words, or with one doer both name. */
const alikeTold = (a: Pick<Anchor, 'trigger' | 'who'>, b: Pick<Anchor, 'trigger' | 'who'>) =>
  fold(a.trigger.text) === fold(b.trigger.text) || (a.who !== undefined && fold(a.who) === fold(b.who));

/** Words of a doer that name it, not its determiners: "a Russian patrol boat" → russian, patrol, boat. */
const doerWords = (t: Trigger) => new Set((fold(t.happening.agent?.text) ?? '').split(/[^\p{L}]+/u).filter((w) => w.length > 3));
/** Two triggers whose doers share a word ("a Russian patrol" beside "a Russian patrol boat"): one act, named from the same side. */
const sameDoer = (a: Trigger, b: Trigger) => {
  const words = doerWords(a);
  return [...doerWords(b)].some((w) => words.has(w));
};

/**
 * What a weekday weighs paired with the day another report gives one happening: how far the two
 * tell one happening, halved when they name it differently, and more for a place they share.
 */
const pairedWeight = (known: Pick<Anchor, 'trigger' | 'who'>, told: Pick<Anchor, 'trigger' | 'who'>, kin: number, samePlace: boolean): number => {
  const alike = fold(known.who) === fold(told.who) || fold(known.trigger.text) === fold(told.trigger.text);
  return kin * (alike ? 1 : 0.5) + (samePlace ? kin * SAME_PLACE : 0);
};

/**
 * "Arland decided on Monday that its border posts will be closed for a month": a step a decision
 * says will be taken is dated by the decision, and may be taken any day after; it is no day of the
 * act another report tells done ("the posts were also shut on Monday for an afternoon"), whose
 * weekday it would place a week late.
 */
const DECIDED_THAT = /\bdecided\s+(?:[\p{L}\p{N}'-]+\s+){0,3}?that\s/iu;
const WILL = /\b(?:will|shall)\b/i;
/** Whether the clause that ends a text, up to its last comma or stop, tells a step decided on as one that will be taken. */
const isDecidedStep = (text: string) => {
  const clause = text.slice(Math.max(...[',', ';', ':', '.'].map((c) => text.lastIndexOf(c))) + 1);
  const decided = DECIDED_THAT.exec(clause);
  return decided !== null && WILL.test(clause.slice(decided.index + decided[0].length));
};

/** Violence goes on day after day: a clash told undated is no mark of one day another report gives. */
const RECURRING: ReadonlySet<string> = RECURRING_KINDS;

/** What a day and month another undated report gives a happening weighs against a day a dated report gives it: its year is only the weekday's. */
const UNDATED_BESIDE = 0.5;

/** What a happening another report tells undated weighs against one it dates: it gives two days, and may be older news. */
const REPORTED = 0.5;

/** A happening a sentence tells undated as the article's own news: done, told by its verb, not background, hedged or a saying. */
const isOwnNews = (t: Anchor['trigger']) =>
  t.type !== undefined && !SPEECH_KINDS.has(t.value) && !RECURRING.has(t.value) && !t.happening.background && !t.happening.modality && t.happening.tense === 'past' && t.happening.pos === 'verb';

/** The days of publication a weekday mention allows, once the day it names is known. */
function windowFor(anchor: Pick<Anchor, 'tense'> & Partial<Pick<Anchor, 'time'>>, day: DateTime, weight: number): Window {
  // "last Wednesday" is never the day itself: on a Wednesday it is the one a week before.
  if (anchor.time?.spec.type === 'weekday' && anchor.time.spec.hint === 'past') return { from: day.plus({ days: 1 }), to: day.plus({ days: WEEK + 1 }), weight };
  return anchor.tense === 'future'
    ? { from: day.minus({ days: WEEK }), to: day.minus({ days: 1 }), weight }
    : { from: day, to: day.plus({ days: WEEK }), weight };
}

/** The latest stretch of days that the heaviest total of windows covers, up to `now`. */
function bestStretch(windows: Window[], now: DateTime): { from: DateTime; to: DateTime } | undefined {
  const edges = windows
    .filter((w) => w.from <= now)
    .flatMap((w) => [
      { at: w.from.toMillis(), delta: w.weight },
      { at: DateTime.min(w.to, now).plus({ days: 1 }).toMillis(), delta: -w.weight },
    ])
    .sort((a, b) => a.at - b.at || a.delta - b.delta);
  let weight = 0;
  let best = 0;
  let bestAt: number | undefined;
  for (const edge of edges) {
    weight += edge.delta;
    // `>=` keeps the latest stretch among equally heavy ones: the most recent year wins a tie.
    if (weight > 1e-9 && weight >= best - 1e-9) {
      if (weight > best + 1e-9 || bestAt === undefined || edge.at > bestAt) bestAt = edge.at;
      best = Math.max(best, weight);
    }
  }
  if (bestAt === undefined) return undefined;
  // The stretch lasts until the total next changes.
  const next = edges.find((e) => e.at > bestAt!);
  const from = DateTime.fromMillis(bestAt, { zone: now.zone });
  const to = next ? DateTime.fromMillis(next.at, { zone: now.zone }).minus({ days: 1 }) : now;
  return { from, to: DateTime.min(to, now) };
}

/**
 * Works out when each article appeared, from the first of these that holds:
 * 1. front matter, or else `given` (a maintainer's edit to data/events.json), taken as stated;
 * 2. a dateline ("BANGKOK, March 3 (Reuters) -", "PHNOM PENH, 14 April —"), or, where the page
 *    prints no year, the day in the front matter's `url` ("…/2024/03/14/…");
 * 3. an "Updated:" or "Published" line, at the top or the foot of the page;
 * 4. a relative day the report names by its date ("today (6 February)", "yesterday (5 February)");
 * 5. the text's own dates: a weekday and a date said of the same happening ("talks on Wednesday"
 *    that "opened on March 3") fix the year, the latest one up to `now` in which that date
 *    falls on that weekday; the happening may be told by another article whose date is known;
 *    the article is taken to appear on the first day its weekday mentions allow; a full date with
 *    its year bounds the day from below;
 * 6. the latest day, in full, of a happening the text reports in the past: only a lower bound.
 * An article none of these pins down is returned as a problem, for the caller to report.
 * @example inferPublication(analyses, new Map(), now).publications.get('a.txt') // { published: '2025-12-24', inferred: true, from: 'text' }
 */
export function inferPublication(
  analyses: readonly ArticleAnalysis[],
  given: ReadonlyMap<string, string>,
  now: DateTime,
): { publications: Map<string, Publication>; problems: Problem[] } {
  const zone = now.zone;
  const publications = new Map<string, Publication>();
  const datelines = new Map<ArticleAnalysis, Dateline>();
  for (const analysis of analyses) {
    const { article } = analysis;
    if (article.meta.published) publications.set(article.name, { published: article.meta.published, inferred: false, from: 'front-matter' });
    else if (given.has(article.name)) publications.set(article.name, { published: given.get(article.name)!, inferred: false, from: 'maintainer' });
    else {
      const dateline = findDateline(article.body, analysis.furniture);
      // The page's address ("…/2024/03/14/…") gives its day when no stamp with a year does.
      const fromUrl = dateline?.spec.year === undefined && article.meta.url ? dayFromUrl(article.meta.url, now.toISODate()!) : undefined;
      if (fromUrl) publications.set(article.name, { published: fromUrl, inferred: false, from: 'url' });
      else if (dateline) datelines.set(analysis, dateline);
    }
  }
  // The days stated outright, first: a dateline without its year looks to them.
  const stated = () => [...publications.values()].filter((p) => !p.inferred).map((p) => DateTime.fromISO(p.published, { zone }));
  for (const withYear of [true, false]) {
    const runDays = stated();
    for (const [analysis, dateline] of datelines) {
      if ((dateline.spec.year !== undefined) !== withYear) continue;
      const day = datelineDay(dateline, analysis, now, runDays);
      if (day) publications.set(analysis.article.name, { published: day.day.toISODate()!, inferred: day.inferred, from: dateline.kind });
    }
  }
  // "today (6 February)": the report names its own day, wanting only the year, which is found as a
  // dateline's is.
  for (const analysis of analyses) {
    if (publications.has(analysis.article.name)) continue;
    const named = findNamedToday(analysis);
    if (!named) continue;
    const spec = { type: 'calendar', month: named.month, day: named.day } as Dateline['spec'];
    const day = datelineDay({ kind: 'dateline', spec, text: '', start: named.start }, analysis, now, stated());
    if (day) publications.set(analysis.article.name, { published: day.day.plus({ days: named.toPublication }).toISODate()!, inferred: true, from: 'text' });
  }
  // The years of the run's stated days: the text's own dates are read in them. A reading that
  // lands elsewhere only breaks ties, and one that no reading in them backs up is not taken.
  // A dateline's year read from the run counts too: "KHARTOUM, Dec 17" read as 2020 beside reports
  // of 2021 and 2022 puts the run's reports from 2020 on.
  const runYears = [...stated().map((d) => d.year), ...[...publications.values()].filter((p) => p.from === 'dateline').map((p) => Number(p.published.slice(0, 4)))];
  const nearRun = (day: DateTime) => runYears.length === 0 || (day.year >= Math.min(...runYears) && day.year <= Math.max(...runYears));
  // A run that states no year of its own still names years of the past ("the armistice of 1994", "a
  // drone downed over the pass in 2014"): its news is of that latest year or after. A report pasted
  // today is most often of the past year, and a reading in it keeps its weight; when the weekdays
  // allow none so fresh, the page is an old one, and as a report recalls what is recent, of the
  // years they allow the first from the recalled year on is taken, not the latest. A reading more
  // than a year before the recalled year is no reading: with nothing else, the article is refused,
  // not dated years before the past it recalls, and the run's other reports with it.
  const recalled = runYears.length === 0 ? recalledYear(analyses, now) : undefined;
  const byRecalled = (w: Window): Window => {
    if (recalled === undefined) return w;
    if (w.from.year < recalled - RECALL_SLACK) return { ...w, weight: 0 };
    if (w.from.year < recalled) return { ...w, weight: w.weight * FAR_FROM_RUN };
    return now.diff(w.from, 'days').days <= FRESH_DAYS ? w : { ...w, weight: w.weight * (1 - RECALL_DECAY * Math.min(w.from.year - recalled, YEARS_BACK)) };
  };

  /**
   * Whether a reading of a run that names no day and no year of the past, over two years before
   * today, is matched by one as heavy in another year: a weekday falls on a day and month every five
   * to eleven years, and only taking the latest breaks that tie, which holds for a page pasted soon
   * after it appeared, not for one years old. The report is left undated rather than dated years off.
   */
  const tiedInAnotherYear = (windows: readonly Window[], day: DateTime): boolean => {
    if (runYears.length > 0 || recalled !== undefined || now.diff(day, 'days').days <= RECENT_DAYS) return false;
    const weightAt = (d: DateTime) => windows.reduce((n, w) => (w.from <= d && w.to >= d ? n + w.weight : n), 0);
    const here = weightAt(day);
    return windows.some((w) => !w.bound && w.from <= now && Math.abs(w.from.diff(day, 'days').days) > FRESH_DAYS / 2 && weightAt(w.from) >= here * (1 - TIED));
  };

  // The months each article recalls with their years, and the latest of them, read once per article:
  // they bound every yearless day it tells, and asking again for each would scan it once per day.
  const monthsCache = new Map<ArticleAnalysis, { months: DateTime[]; latest?: DateTime }>();
  const monthsOf = (analysis: ArticleAnalysis) => {
    let known = monthsCache.get(analysis);
    if (!known) {
      const months = recalledMonths(analysis, now);
      known = months.length > 0 ? { months, latest: DateTime.max(...months) as DateTime } : { months };
      monthsCache.set(analysis, known);
    }
    return known;
  };

  // Each day an article dates, read in the zone once: a DateTime is immutable, and working out a
  // zone's offset for each of thousands of anchors of one day took seconds on a long article.
  const daysRead = new Map<string, DateTime>();
  const dayRead = (iso: string) => daysRead.get(iso) ?? daysRead.set(iso, DateTime.fromISO(iso, { zone })).get(iso)!;
  const knownCache = new Map<ArticleAnalysis, KnownDay[]>();
  const knownDays = (analysis: ArticleAnalysis): KnownDay[] => {
    const published = publications.get(analysis.article.name);
    if (!published) return [];
    if (knownCache.has(analysis)) return knownCache.get(analysis)!;
    const p = DateTime.fromISO(published.published, { zone });
    const days: KnownDay[] = analysis.sentences.flatMap((s) =>
      s.anchors.flatMap((anchor) => {
        if (anchor.time.spec.type !== 'weekday' && !isMonthDay(anchor) && !isNearDay(anchor)) return [];
        if (isDecidedStep(s.span.text.slice(0, anchor.trigger.end))) return [];
        // A day known only from below places no weekday and no "yesterday"; a day and month it does.
        if (published.from === 'latest-happening' && !isMonthDay(anchor)) return [];
        const time = resolveTime(anchor.time.spec, p, anchor.tense);
        return isExactDay(time) ? [{ day: dayRead(time.date), anchor, places: placesOf(s) }] : [];
      }),
    );
    knownCache.set(analysis, days);
    return days;
  };
  // What a report of a known day tells undated as its news happened that day or the day before:
  // "migrants threw stones at the guards", in a report of 16 November, beside another report's
  // "on Tuesday". A guess, taken only for an article nothing else dates; a day only bounded from
  // below dates no news.
  // The days and months an article tells of the past with no weekday ("cut relations on June 5"),
  // with their sentences' places: read once per article, not once per weekday another report tells.
  const monthDaysCache = new Map<ArticleAnalysis, { anchor: Anchor; places: ReadonlySet<string> }[]>();
  const pastMonthDays = (analysis: ArticleAnalysis) => {
    let days = monthDaysCache.get(analysis);
    if (!days) {
      days = analysis.sentences.flatMap((s) =>
        s.anchors.filter((a) => a.tense !== 'future' && isMonthDay(a) && !(a.time.spec.type === 'calendar' && a.time.spec.weekday !== undefined)).map((anchor) => ({ anchor, places: placesOf(s) })),
      );
      monthDaysCache.set(analysis, days);
    }
    return days;
  };
  const reportedCache = new Map<ArticleAnalysis, KnownDay[]>();
  const reportedDays = (analysis: ArticleAnalysis): KnownDay[] => {
    const published = publications.get(analysis.article.name);
    if (!published || published.from === 'latest-happening') return [];
    if (reportedCache.has(analysis)) return reportedCache.get(analysis)!;
    const p = DateTime.fromISO(published.published, { zone });
    const days = analysis.sentences.flatMap((s) => {
      const anchored = new Set(s.anchors.map((a) => a.trigger));
      return s.triggers
        .filter((t) => !anchored.has(t) && isOwnNews(t))
        .flatMap((trigger) => [p, p.minus({ days: 1 })].map((day): KnownDay => ({ day, anchor: { trigger, ...(trigger.type ? { type: trigger.type } : {}), told: false }, places: placesOf(s), reported: true })));
    });
    reportedCache.set(analysis, days);
    return days;
  };
  // The years, up to `now`, in which a month and day fall on a weekday: asked for each pair of a
  // weekday and a date, so worked out once for each.
  const yearsCache = new Map<string, DateTime[]>();
  const daysOnWeekday = (month: number, dayNo: number, weekday: number) => {
    const key = `${month}-${dayNo}-${weekday}`;
    if (!yearsCache.has(key)) {
      const days: DateTime[] = [];
      for (const year of [now.year + 1, ...yearsBack(now, stated())]) {
        const day = DateTime.fromObject({ year, month, day: dayNo }, { zone });
        if (day.isValid && day.weekday === weekday) days.push(day);
      }
      yearsCache.set(key, days);
    }
    return yearsCache.get(key)!;
  };

  const windowsFor = (analysis: ArticleAnalysis, withReported: boolean): Window[] => {
    const dated = analysis.sentences.flatMap((s) => s.anchors.map((anchor) => ({ anchor, sentence: s.index, at: s })));
    const windows: Window[] = [];
    // A date given with its weekday and no year ("Thursday, April 29") is a pair in itself, whether
    // or not the sentence ties it to a happening; told of the future, it comes after the report.
    for (const s of analysis.sentences) {
      for (const time of s.times) {
        const spec = time.spec;
        if (spec.type !== 'calendar' || spec.year !== undefined || spec.weekday === undefined || spec.month === undefined || spec.day === undefined) continue;
        // Tied to no happening, its words tell which side of the report it lies on: "the market
        // would reopen on Friday, Oct. 13" is ahead of it, as a plan told by its verb is.
        const anchor = s.anchors.find((a) => a.time.start === time.start) ?? { tense: tenseAround(s.span.text, time) === 'future' ? ('future' as const) : ('past' as const) };
        for (const day of daysOnWeekday(spec.month, spec.day, spec.weekday)) windows.push(windowFor(anchor, day, OWN_WEEKDAY_DATE));
      }
    }
    const weekdays = dated.filter((d) => isWeekday(d.anchor) || isLastWeekday(d.anchor));
    const runUnprinted = stated().length === 0;
    const placesAt = new Map(analysis.sentences.map((s) => [s.index, placesOf(s)]));
    /**
     * The days other articles give a happening this one tells at `sentence`, with how alike the
     * two are and whether they name a place in common ("ambushed near Jebel Abu Tuyour" beside an
     * attack at Jabal Abu Tiour: one place makes one happening likelier than a like word does).
     */
    function* toldElsewhere(anchor: Anchor, sentence: number) {
      const here = placesAt.get(sentence)!;
      for (const other of analyses) {
        if (other === analysis) continue;
        for (const known of withReported ? [...knownDays(other), ...reportedDays(other)] : knownDays(other)) {
          const kin = sameHappening(known.anchor, anchor);
          if (kin > 0) yield { known, kin, samePlace: [...known.places].some((p) => here.has(p)) };
        }
      }
    }
    const monthDays = dated.filter((d) => isMonthDay(d.anchor));
    // A weekday and a date a few sentences apart may be said of one happening; further apart they
    // weigh little, and pairing every weekday with every date would grow with the square of the text.
    const byIndex = new Map<number, typeof monthDays>();
    for (const d of monthDays) byIndex.set(d.sentence, [...(byIndex.get(d.sentence) ?? []), d]);
    for (const w of weekdays) {
      for (let sentence = w.sentence - PAIRING; sentence <= w.sentence + PAIRING; sentence++) {
        for (const d of byIndex.get(sentence) ?? []) {
          // "began on Wednesday, March 3" carries its own weekday, and pairs with no other: a
          // "Monday" beside it is another day of the happening, not March 3 in a year of Mondays.
          if (w.anchor.trigger.value !== d.anchor.trigger.value || (d.anchor.time.spec.type === 'calendar' && d.anchor.time.spec.weekday !== undefined)) continue;
          const gap = Math.abs(w.sentence - d.sentence);
          const weight = gap === 0 ? 2 : 1 / (1 + gap);
          const spec = d.anchor.time.spec as { month: number; day: number };
          for (const day of daysOnWeekday(spec.month, spec.day, weekdayOf(w.anchor))) windows.push(windowFor(w.anchor, day, weight));
        }
      }
      for (const { known, kin, samePlace } of toldElsewhere(w.anchor, w.sentence)) {
        // What another report tells undated is done: no plan of this one's ("will meet on Wednesday").
        if (known.day.weekday !== weekdayOf(w.anchor) || (known.reported && w.anchor.tense === 'future')) continue;
        windows.push(windowFor(w.anchor, known.day, pairedWeight(known.anchor, w.anchor, kin, samePlace) * (known.reported ? REPORTED : 1)));
      }
      // "told reporters on Wednesday, hours after a patrol fired on a trawler": what follows the
      // words happened the weekday's own day, so another report's day for it (a Wednesday's
      // shooting) places the weekday. Only one named alike, by one doer or at one place: violence
      // goes on day after day.
      const after = w.anchor.tense === 'future' ? undefined : hoursAfter(w.at.span.text, w.anchor.time.end);
      for (const trigger of after === undefined ? [] : w.at.triggers.filter((t) => t.start >= after && t !== w.anchor.trigger)) {
        const told = { trigger, ...(trigger.type ? { type: trigger.type } : {}), tense: 'past' } as Anchor;
        for (const { known, kin, samePlace } of toldElsewhere(told, w.sentence)) {
          if (known.anchor.told || known.day.weekday !== weekdayOf(w.anchor) || !(samePlace || alikeTold(known.anchor, told) || sameDoer(known.anchor.trigger, trigger))) continue;
          windows.push(windowFor(w.anchor, known.day, pairedWeight(known.anchor, told, kin, samePlace) * (known.reported ? REPORTED : 1)));
        }
      }
      // "severed ties early on Monday" beside another undated report's "cut relations on June 5":
      // one happening, so the day and month is a Monday, in the years that make it one. Only in a
      // run that prints no day: where one does, the pairings with its reports come first.
      if (w.anchor.tense === 'future' || !runUnprinted) continue;
      const here = placesAt.get(w.sentence)!;
      for (const other of analyses) {
        if (other === analysis || publications.has(other.article.name)) continue;
        for (const { anchor: a, places } of pastMonthDays(other)) {
          const kin = sameHappening(a, w.anchor);
          if (kin === 0) continue;
          const samePlace = [...places].some((p) => here.has(p));
          const spec = a.time.spec as { month: number; day: number };
          const weight = pairedWeight(a, w.anchor, kin, samePlace) * UNDATED_BESIDE;
          for (const day of daysOnWeekday(spec.month, spec.day, weekdayOf(w.anchor))) windows.push(windowFor(w.anchor, day, weight));
        }
      }
    }
    // "Last week the lower house passed the bill", beside another report that dates the passing:
    // the report appeared in the week after that day's, or, for "earlier this week", later in the
    // same week. A week is a wider window than a weekday's, so it weighs half as much.
    for (const { anchor, sentence } of dated.filter((d) => isPastWeek(d.anchor))) {
      for (const { known, kin, samePlace } of toldElsewhere(anchor, sentence)) {
        // Fighting goes on day after day, and its words (an ambush, a raid, a killing, deaths) name
        // any of it: "last week's ambush" is no mark of the week of any clash another report dates,
        // only of one it names alike or at a place in common. Else the report moved to the week
        // after a later raid, six days after it appeared. A strike is one side's act, and kept.
        if (anchor.trigger.value === 'fighting' && !samePlace && !alikeTold(known.anchor, anchor)) continue;
        const weight = ((kin * (samePlace ? 1 + SAME_PLACE : 1)) / 2) * (known.reported ? REPORTED : 1);
        const spec = anchor.time.spec as { shift: number };
        const week = known.day.startOf('week').plus({ weeks: -spec.shift });
        windows.push({ from: spec.shift === 0 ? known.day : week, to: week.endOf('week').startOf('day'), weight });
      }
    }
    // A full date with its year bounds the publication from below, weakly; only beside the text's
    // own relative words ("on Monday", "yesterday") does it say when the text was written.
    // Years counted back ("lost their lives twenty years ago") say the text was written long after
    // what it recalls, not near it.
    const relative = dated.some((d) => d.anchor.time.spec.type === 'weekday' || (d.anchor.time.spec.type === 'relative' && d.anchor.time.spec.unit !== 'year'));
    for (const { anchor } of relative ? dated : []) {
      const spec = anchor.time.spec;
      if (spec.type === 'calendar' && spec.year !== undefined && spec.month !== undefined && anchor.tense !== 'future') {
        const day = DateTime.fromObject({ year: spec.year, month: spec.month, day: spec.day ?? 1 }, { zone });
        if (day.isValid) windows.push({ from: spec.day === undefined ? day.endOf('month').startOf('day') : day, to: day.plus({ days: 31 }), weight: 0.1, bound: true });
      }
    }
    return windows.map((w) => (nearRun(w.from) ? byRecalled(w) : { ...w, weight: w.weight * FAR_FROM_RUN }));
  };

  /**
   * A report that says "on Saturday" of the past was written on or after that Saturday. Of the
   * days from `start` to a week later, those on which the weekday of the lede's news is the day
   * itself or the one before, when there are any; of them, the one on which the weekdays the
   * article speaks of in the past, each the latest of its name, lie closest together (a report's
   * days cluster in the week before it: "on Tuesday" beside "on Wednesday" and "on Thursday" is the
   * day before them, not six days after); then the one the weekday of the lede's news lies nearest
   * before; then the one on which fewest of them fall before `start`; then the first.
   */
  const afterWeekdays = (analysis: ArticleAnalysis, start: DateTime, span = WEEK) => {
    // The weekday the lede tells its news on ("Ondria was tense on Sunday"): the report
    // appeared that day or soon after, whatever older days it goes on to recap.
    const lede = ledeNewsWeekday(analysis);
    // The lede's weekday clusters with the others even when its happening is told by a noun ("the
    // attack on Thursday"), of no tense: else "on Friday, Arland paraded captives" after a lede's
    // Thursday attack put the report on the next Thursday, six days after the Friday it tells.
    const weekdays = [...new Set([...pastWeekdays(analysis), ...(lede === undefined ? [] : [lede])])];
    const ledeDay = ledeNewsBefore(analysis, start);
    // A day the article tells of late ("Tuesday night", "late on Tuesday") has mostly ended when
    // it is written: a report naming the evening of its latest day more often appeared the day after.
    const late = lateWeekdays(analysis);
    // "Fighters struck the wall, a day after troops moved into the zone": a lede that names no
    // weekday of its own and sets its news days after something has its news no earlier than that
    // many days after the weekdays the article names (the move, told "on Friday" below it).
    // The opening is read whether or not the lexicon reads an act in it.
    const opening = analysis.sentences.find((s) => !isHeading(s.span.text) && /\p{Ll}/u.test(s.span.text) && readStamp(s.span.text, 'line') === undefined);
    const gap = lede === undefined ? ledeDaysAfter(opening?.span.text ?? '') : undefined;
    // The days and months the text states and does not speak of as ahead ("went on through Monday,
    // April 4"): a weekday that falls on one of them before `start` is where the text itself puts it.
    const stated = new Set(notAhead(analysis).flatMap(({ spec }) => (spec.type === 'calendar' && spec.month !== undefined && spec.day !== undefined ? [`${spec.month}-${spec.day}`] : [])));
    const statedOn = (day: DateTime) => stated.has(`${day.month}-${day.day}`);
    let best = start;
    let bestScore = [Infinity, Infinity, Infinity, Infinity, Infinity, Infinity];
    for (let day = start; day <= now && day.diff(start, 'days').days <= span; day = day.plus({ days: 1 })) {
      const back = weekdays.map((w) => (day.weekday - w + 7) % 7);
      const sinceStart = day.diff(start, 'days').days;
      // The lede's news is of the report's day or the one before: a day that puts it further back
      // comes last, whatever the weekdays of the body's recap ("on Friday launched three rockets").
      const ledeBack = lede === undefined || ledeDay ? 0 : (day.weekday - lede + 7) % 7;
      const score = [
        ledeBack > 1 ? 1 : 0,
        gap !== undefined && back.length > 0 && Math.max(...back) < gap ? 1 : 0,
        back.length > 0 ? Math.max(...back) - Math.min(...back) : 0,
        late.has(day.weekday) ? 1 : 0,
        ledeDay ? day.diff(ledeDay, 'days').days : lede === undefined ? 0 : (day.weekday - lede + 7) % 7,
        back.filter((b) => b > sinceStart && !statedOn(day.minus({ days: b }))).length,
      ];
      if (isBefore(score, bestScore)) [best, bestScore] = [day, score];
    }
    return best;
  };

  // "Borea sent six ships into the strait on Sept. 14": a lede that dates its own news, and names
  // no day counted from the report's, tells the day the report was written; its year is found as
  // a dateline's is, when the run prints any day to find it by. The report appeared that day or
  // the next, and the weekdays it names lie before it, not after.
  for (const analysis of analyses) {
    if (publications.has(analysis.article.name)) continue;
    const news = ledeNewsDay(analysis);
    // Without its year, and no day of the run printed to read it in, the date is no day at all.
    if (!news?.filed || (news.year === undefined && stated().length === 0)) continue;
    const spec = { type: 'calendar', ...(news.year !== undefined ? { year: news.year } : {}), month: news.month, day: news.day } as Dateline['spec'];
    const day = datelineDay({ kind: 'dateline', spec, text: '', start: news.start }, analysis, now, stated());
    if (day) publications.set(analysis.article.name, { published: afterWeekdays(analysis, day.day, 1).toISODate()!, inferred: true, from: 'text' });
  }

  // Articles pinned down now may pin down others through the happenings they share.
  // The days an article's own yearless dates bound it by, from below, when nothing else dates it:
  // a pairing for it must not start before them.
  const floors = new Map<ArticleAnalysis, Publication>();
  // The days, in the week before a day and month an article tells of ahead, that its weekdays give it when nothing else does.
  const beforeAhead = new Map<ArticleAnalysis, Publication>();
  // The day an article's weekdays give in the first week after a day and month it recalls without
  // its year: taken only when the run's pairing, bounded by that day, places it nowhere.
  const firstWeek = new Map<ArticleAnalysis, Publication>();
  const pairAcrossRun = (withReported: boolean) => {
    // The stated days change only when a date is read from a text, never by a pairing: each
    // article's own bounds are worked out once a call, not once a round.
    const runStated = stated();
    const ownCache = new Map<ArticleAnalysis, DateTime[]>();
    for (let progress = true; progress; ) {
      progress = false;
      for (const analysis of analyses) {
        if (publications.has(analysis.article.name)) continue;
        const bound = floors.get(analysis);
        // A day and month on which the text tells a happening of the past ("Borea shelled Ondria on
        // March 26"), in the year nearest the run's stated days, bounds it as well: a weekday paired
        // before it is paired with an older happening of its kind. Only a happening's day: "the
        // election of May 3" may lie ahead of the report.
        if (!ownCache.has(analysis))
          ownCache.set(
            analysis,
            runStated.length > 0
              ? analysis.sentences
                  .flatMap((s) => s.anchors)
                  .filter((a) => a.tense === 'past' && isMonthDay(a))
                  .flatMap((a) => {
                    const spec = a.time.spec as { month: number; day: number; weekday?: number };
                    return pastNear(spec.month, spec.day, runStated, now, spec.weekday, monthsOf(analysis).latest) ?? [];
                  })
              : [],
          );
        const own = [...ownCache.get(analysis)!, ...monthsOf(analysis).months];
        const bounds = [...(bound ? [DateTime.fromISO(bound.published, { zone })] : []), ...own];
        const floor = bounds.length > 0 ? (DateTime.max(...bounds) as DateTime) : undefined;
        // A pairing that puts the weekday before the bound is with another, older happening.
        // A report whose own recalled day would otherwise fix its week is paired only within a
        // season of that day: further on, the run's news is another happening of the kind.
        const ceiling = firstWeek.has(analysis) && floor ? floor.plus({ days: SEASON_DAYS }) : undefined;
        const windows = windowsFor(analysis, withReported).filter((w) => (!floor || w.from >= floor) && (!ceiling || w.from <= ceiling));
        // Only a weekday paired with a date dates the article: a full date's lower bound ("which the
        // envoy visited in December 2018") alone would put the report in the month after a recalled
        // day, years before its news, and the rest of the run with it.
        const best = bestStretch(windows, now);
        const heaviest = best && !tiedInAnotherYear(windows, best.from) ? best : undefined;
        const stretch = heaviest && windows.some((w) => !w.bound && w.from <= heaviest.from && w.to >= heaviest.from) ? heaviest : undefined;
        const byWeekdays = stretch && nearRun(stretch.from) ? afterWeekdays(analysis, stretch.from) : undefined;
        // The day the weekdays give, when the text dates a happening of the past by it, may still be
        // a week on from it, when the text counts a week back ("seized a week ago").
        const day = byWeekdays && datesDay(analysis, byWeekdays) ? (agoAgreeing(analysis, byWeekdays, now) ?? byWeekdays) : byWeekdays;
        if (day && stretch) {
          // With no weekday of its own to choose among them, the article may have appeared on any
          // day of the stretch ("last week" beside the day another report gives): its first is
          // taken, and the stretch kept, so that what counts from it is placed no finer than it allows.
          const last = DateTime.min(stretch.to, stretch.from.plus({ days: WEEK }));
          const open = pastWeekdays(analysis).length === 0 && last > day;
          publications.set(analysis.article.name, { published: day.toISODate()!, inferred: true, from: 'text', ...(open ? { until: last.toISODate()! } : {}) });
          progress = true;
        }
      }
    }
  };
  pairAcrossRun(false);

  /**
   * A report that names its days only by weekday, and whose lede tells as its news an act a dated
   * report of the run tells too ("Borea's ships left the strait on Saturday" beside a report of
   * Wednesday that tells the ships leaving), appeared just after the first such report, when its
   * weekdays, read from the day before that report's on, allow it (BESIDE_RUN). Only one act named
   * by the same word counts (a clash goes on for days, a saying is any day's), and only a day the
   * page states (never one inferred or bounded from below). A guess, so it is the last.
   */
  const placeBesideRun = () => {
    // Each dated report's acts as kind and word, gathered once, not once per undated report.
    const actKey = (t: Trigger) => `${t.value}\u0000${fold(t.text)}`;
    const dated = analyses.flatMap((other) => {
      const p = publications.get(other.article.name);
      // A strike the dated report dates itself ("deadly strikes in January and in December") or
      // tells as background is older news of a campaign, not the strike of its own day.
      const own = (s: ArticleAnalysis['sentences'][number]) => {
        const anchored = new Set(s.anchors.map((a) => a.trigger));
        return s.triggers.filter((t) => t.value !== 'strike' || (!anchored.has(t) && !t.happening.background));
      };
      return p && !p.inferred ? [{ acts: new Set(other.sentences.flatMap((s) => own(s).map(actKey))), day: DateTime.fromISO(p.published, { zone }) }] : [];
    });
    for (const analysis of analyses) {
      if (publications.has(analysis.article.name) || pastWeekdays(analysis).length === 0) continue;
      const lede = ledeOf(analysis);
      // A strike is one side's act at one target, not a round that goes on: named by the same word
      // in a dated report that tells it undated as its news, it is one act, as a seizure is.
      const news = (lede?.triggers ?? []).filter((t) => t.type !== undefined && !SPEECH_KINDS.has(t.value) && (!RECURRING.has(t.value) || t.value === 'strike') && !t.happening.modality);
      if (news.length === 0) continue;
      const keys = news.map(actKey);
      const told = dated.filter(({ acts }) => keys.some((k) => acts.has(k)));
      if (told.length === 0) continue;
      const first = DateTime.min(...told.map((t) => t.day)) as DateTime;
      const day = afterWeekdays(analysis, first.minus({ days: 1 }));
      if (day <= now && day.diff(first, 'days').days <= BESIDE_RUN) publications.set(analysis.article.name, { published: day.toISODate()!, inferred: true, from: 'text' });
    }
  };

  // Last, the latest day a happening reported in the past is given in full: the article
  // appeared on it or later. Failing that, a day and month reported in the past without a year,
  // in a run whose other articles state their days, in the year that puts it nearest those days
  // (a folder of seeds reports one conflict). Either is only a lower bound, and marked so.
  // The run's days: stated, and else inferred, since a dateline's year read from the run or a day
  // paired with another report still says when the run's reports appeared. A lower bound does not.
  const runDays = stated().length > 0 ? stated() : [...publications.values()].filter((p) => p.from !== 'latest-happening').map((p) => DateTime.fromISO(p.published, { zone }));
  // The year a day and month take depends on nothing else, so each is worked out once per run.
  const nearestCache = new Map<string, DateTime | undefined>();
  const fromRunDays = daysFromRun(runDays);
  const nearestToRun = (month: number, dayNo: number, weekday?: number): DateTime | undefined => {
    const key = `${month}-${dayNo}-${weekday ?? ''}`;
    if (!nearestCache.has(key)) {
      const valid = yearsBack(now, runDays)
        .map((year) => DateTime.fromObject({ year, month, day: dayNo }, { zone }))
        .filter((d) => d.isValid && d <= now);
      // A day printed with its weekday: only the years that give it that weekday (see pastNear).
      const onWeekday = valid.filter((d) => d.weekday === weekday);
      const candidates = onWeekday.length > 0 ? onWeekday : valid;
      nearestCache.set(key, candidates.length > 0 ? candidates.reduce((a, b) => (fromRunDays(b) < fromRunDays(a) ? b : a)) : undefined);
    }
    return nearestCache.get(key);
  };
  /** The year of a day and month the text tells of the past, read beside the run's days (see pastNear). */
  const pastNearRun = (month: number, dayNo: number, weekday?: number, notBefore?: DateTime): DateTime | undefined => pastNear(month, dayNo, runDays, now, weekday, notBefore);
  // The days the dated articles give each kind of happening in their own words, by kind and type,
  // gathered once so that each undated article looks up its own happenings alone.
  const runDaysOf = new Map<string, { day: DateTime; source: ArticleAnalysis }[]>();
  for (const other of analyses) {
    for (const known of knownDays(other)) {
      if (known.anchor.told || known.anchor.trigger.type === undefined) continue;
      const key = `${known.anchor.trigger.value}|${known.anchor.trigger.type}`;
      (runDaysOf.get(key) ?? runDaysOf.set(key, []).get(key)!).push({ day: known.day, source: other });
    }
  }
  // In day order, so that each undated article finds its latest day by a binary search, not by
  // walking every other article's days of that kind (which grew with the square of the reports).
  for (const days of runDaysOf.values()) days.sort((a, b) => a.day.toMillis() - b.day.toMillis());
  /**
   * For each kind of its own news the article tells without a day, the first day after `floor`,
   * within a season of it, that another article dates one of that kind in its own words (the days
   * the article dates itself may be the recap of what led to its news, weeks before): "the three
   * states recalled their envoys", told undated, beside a report that they did so on Sunday. The
   * article appeared on the latest of those days or later; else on `floor` or later.
   */
  const laterByRun = (analysis: ArticleAnalysis, floor: DateTime): DateTime => {
    const anchored = new Set(analysis.sentences.flatMap((s) => s.anchors.map((a) => a.trigger)));
    const undated = analysis.sentences
      .flatMap((s) => s.triggers)
      .filter((t) => !anchored.has(t) && t.type !== undefined && !RECURRING.has(t.value) && !t.happening.background && !t.happening.modality && t.happening.tense === 'past' && t.happening.pos === 'verb');
    let latest = floor;
    for (const key of new Set(undated.map((t) => `${t.value}|${t.type}`))) {
      const days = runDaysOf.get(key) ?? [];
      // Past the last day within a season of `floor`.
      let end = 0;
      for (let high = days.length; end < high; ) {
        const middle = (end + high) >> 1;
        if (days[middle]!.day.diff(floor, 'days').days <= SEASON_DAYS) end = middle + 1;
        else high = middle;
      }
      // Of the days other articles give the kind after `floor`, the article's may be any: only the
      // first bounds it. The latest put a report of a purchase "on Tuesday" after the protests of
      // the following weekend that another report dates.
      const first = days.slice(0, end).find((d) => d.source !== analysis && d.day > floor);
      if (first && first.day > latest) latest = first.day;
    }
    return latest;
  };
  const runPrinted = stated().length > 0;
  // The days the run's texts state in full of the past: with no day of the run known, they are
  // what a day and month without a year is read beside.
  const runFull = analyses.flatMap((a) => statedDays(a, now));
  for (const analysis of analyses) {
    if (publications.has(analysis.article.name)) continue;
    const past = analysis.sentences.flatMap((s) => s.anchors).filter((a) => a.tense === 'past');
    const full = past.map((a) => fullDay(a.time.spec, now.zoneName ?? 'UTC')).filter((d): d is DateTime => d !== undefined && d <= now);
    // A day and month told of the past without its year ("wrote to the UN on November 5") lies in
    // the year that keeps it beside the days the text states in full ("killed on November 1,
    // 2021"), else beside the run's days, else beside the days the run's texts state in full: the
    // latest of them all, not only of those printed with a year, bounds the report.
    const around = full.length > 0 ? full : runDays.length > 0 ? runDays : runFull;
    const yearless =
      around.length === 0
        ? []
        : past.filter(isMonthDay).flatMap((a) => {
            const spec = a.time.spec as { month: number; day: number; weekday?: number };
            return pastNear(spec.month, spec.day, around, now, spec.weekday, monthsOf(analysis).latest) ?? [];
          });
    const told = [...full, ...yearless];
    // No happening the lexicon knows is dated in full: a day the text states in full of something
    // else ("warning shots fired on 14 March 2024", "a letter dated 3 May 2021") bounds it as well,
    // unless the text looks ahead to it ("the deadline of 20 March 2024 will…").
    // Failing those, in a run of dated reports, a day and month the text states of anything in the
    // past ("talks that had opened on 5 March"), in the year nearest the run's days; failing that, a
    // month so stated ("in March"), which bounds the report only by its first day, and is kept as a
    // month, so that no day of it is taken for the report's.
    const stated = told.length > 0 ? told : statedDays(analysis, now);
    if (stated.length === 0 && runDays.length > 0) {
      const yearless = pastYearless(analysis, 'day').flatMap((d) => pastNearRun(d.month, d.day!, d.weekday, monthsOf(analysis).latest) ?? []);
      const months = pastYearless(analysis, 'month').flatMap((d) => pastNearRun(d.month, MID_MONTH)?.startOf('month') ?? []);
      // "a siege now in its third week": the report was written that long
      // after the first day it dates, where the story began; its weekdays then place it in that week.
      // Only in a run that prints its days: the years of days read from nothing are no ground to count on.
      const age = runPrinted ? storyAge(analysis) : undefined;
      // "warned on Monday, two weeks after the pilgrims came", their visit dated below only by its day
      // and month: the opening counts its news from the latest such day, as it does from a day
      // dated in full, and the weekdays place it in the days after that count.
      const elapsed = runPrinted && !age ? elapsedAfter(analysis) : undefined;
      if ((age || elapsed) && yearless.length > 0) {
        const aged = age
          ? (DateTime.min(...yearless) as DateTime).plus({ [`${age.unit}s`]: age.nth - 1 })
          : (DateTime.max(...yearless) as DateTime).plus({ [`${elapsed!.unit}s`]: elapsed!.count });
        const bound = DateTime.max(aged, ...yearless) as DateTime;
        if (bound <= now) {
          publications.set(
            analysis.article.name,
            pastWeekdays(analysis).length > 0 ? { published: afterWeekdays(analysis, bound).toISODate()!, inferred: true, from: 'text' } : { published: bound.toISODate()!, inferred: true, from: 'latest-happening', floorOnly: true },
          );
          continue;
        }
      }
      // Kept apart until the pairing with the run's undated news has had its turn (below).
      if (yearless.length > 0) floors.set(analysis, { published: (DateTime.max(...yearless) as DateTime).toISODate()!, inferred: true, from: 'latest-happening', floorOnly: true });
      else if (months.length > 0) floors.set(analysis, { published: (DateTime.max(...months) as DateTime).toFormat('yyyy-MM'), inferred: true, from: 'latest-happening', floorOnly: true });
      else if (runPrinted && pastWeekdays(analysis).length > 0) {
        // Nothing told of the past by its date, only by weekdays, and a day and month ahead ("is to
        // open fully from June 20"), in a run of reports whose days are printed (its year is theirs):
        // the report appeared in the week before it, on the day its weekdays cluster before. A
        // guess, taken last.
        const ahead = aheadYearless(analysis).flatMap((d) => nearestToRun(d.month, d.day, d.weekday) ?? []);
        if (ahead.length > 0) {
          const first = DateTime.min(...ahead) as DateTime;
          beforeAhead.set(analysis, { published: afterWeekdays(analysis, first.minus({ days: WEEK + 1 })).toISODate()!, inferred: true, from: 'text' });
        }
      }
      continue;
    }
    const days = stated;
    if (days.length === 0) continue;
    // "on the first anniversary of the war that began on August 8": the report appeared that
    // many years after the day it marks, not in the days after it.
    // The day marked is the first dated after the words that mark it, not another the sentence names.
    const marked = analysis.sentences.flatMap((s) => {
      const since = yearsSince(s.span.text);
      if (since === undefined) return [];
      const first = s.times.filter((t) => t.start >= since.end).sort((a, b) => a.start - b.start)[0];
      // "marking twenty years since the stand-off", the stand-off dated only by the article's
      // recap of it: when every day the article states lies within one year (the episode marked,
      // no news of another year), the report appeared that many years after the recap's last day.
      if (first === undefined) {
        const [earliest, latest] = [DateTime.min(...days) as DateTime, DateTime.max(...days) as DateTime];
        const then = newsDayNear(analysis, latest.plus({ years: since.years }));
        return latest.diff(earliest, 'years').years < 1 && then <= now ? [then] : [];
      }
      const spec = first.spec;
      if (spec?.type !== 'calendar' || spec.month === undefined || spec.day === undefined) return [];
      const day = spec.year !== undefined ? fullDay(spec, now.zoneName ?? 'UTC') : runDays.length > 0 ? nearestToRun(spec.month, spec.day, spec.weekday) : undefined;
      const then = day?.plus({ years: since.years });
      return then && then <= now ? [then] : [];
    });
    const floor = DateTime.max(...days, ...marked) as DateTime;
    const latest = laterByRun(analysis, floor);
    // "accused each other on Friday" in a report whose latest day is Friday 16 September: the
    // weekday it names is that day, so the report is of that week, and its other weekdays count
    // from there ("the clashes began on Wednesday") as they would from a stated day. A weekday
    // told of the past that is not that day's lies after it ("clashed again on Thursday", the
    // latest date a Friday): the report appeared on the first day its weekdays allow from there,
    // not on the day of its recap.
    const weekdaysAfter = pastWeekdays(analysis).length > 0;
    const counted = weekdaysAfter ? agoAgreeing(analysis, latest, now) : undefined;
    // "The Halvane crossing shut on June 4", a day and month recalled without its year, below a lede
    // that sets its news "three months after" the closing: the weekdays count from that far on, not
    // from the first week after the recalled day, which is background as often as the news's week.
    const recalledOnly = full.length === 0 && marked.length === 0;
    const onlyRecalled = recalledOnly && +latest === +floor;
    // "…, ending a nine-day stand-off at sea", the detention recalled as "on May 3": the
    // report's story began on the first day it recalls, and the report is that old, whatever
    // later day the run's other reports give what it leaves undated.
    const age = recalledOnly ? storyAge(analysis) : undefined;
    const elapsed = onlyRecalled && !age ? elapsedAfter(analysis) : undefined;
    const aged = age
      ? (DateTime.min(...days) as DateTime).plus({ [`${age.unit}s`]: age.nth - 1 })
      : elapsed ? floor.plus({ [`${elapsed.unit}s`]: elapsed.count }) : undefined;
    const from = aged && aged <= now && aged >= floor ? aged : latest;
    // Failing such a count, the recalled day bounds the report, but the week after it is only the
    // last guess: the run's pairing, which may place the weekdays weeks on, comes first.
    if (onlyRecalled && weekdaysAfter && !counted && !aged) {
      floors.set(analysis, { published: floor.toISODate()!, inferred: true, from: 'latest-happening', floorOnly: true });
      firstWeek.set(analysis, { published: afterWeekdays(analysis, floor).toISODate()!, inferred: true, from: 'text' });
      continue;
    }
    publications.set(
      analysis.article.name,
      counted
        ? { published: counted.toISODate()!, inferred: true, from: 'text' }
        : weekdaysAfter
          ? { published: afterWeekdays(analysis, from).toISODate()!, inferred: true, from: 'text' }
          : { published: (toldLate(analysis, latest) && latest < now ? latest.plus({ days: 1 }) : latest).toISODate()!, inferred: true, from: 'latest-happening' },
    );
  }

  // An article that states no day at all, in a run of dated reports: its weekdays paired with
  // what those reports tell undated as their own news. A guess, so it comes last.
  pairAcrossRun(true);
  for (const [analysis, bound] of floors) if (!publications.has(analysis.article.name)) publications.set(analysis.article.name, firstWeek.get(analysis) ?? bound);
  for (const [analysis, before] of beforeAhead) if (!publications.has(analysis.article.name)) publications.set(analysis.article.name, before);
  // In a run that prints no day, the reports just placed from below by their own days and months
  // ("the camp was cleared on November 18") give those days to the weekdays of the reports still
  // undated ("police cleared the camp on Thursday"), as a report of a known day does.
  if (stated().length === 0) pairAcrossRun(true);
  placeBesideRun();
  // The happenings an article dates in full ("on 12 March 2026"), which knownDays leaves to the text;
  // read once per article, as knownDays is, since every undated report below asks for them again.
  const fullDaysRead = new Map<ArticleAnalysis, ReturnType<typeof knownDays>>();
  const fullDays = (o: ArticleAnalysis) => {
    let days = fullDaysRead.get(o);
    if (!days) {
      days = o.sentences.flatMap((s) =>
        s.anchors.flatMap((anchor) => {
          const day = fullDay(anchor.time.spec, now.zoneName ?? 'UTC');
          return day ? [{ day, anchor, places: placesOf(s) }] : [];
        }),
      );
      fullDaysRead.set(o, days);
    }
    return days;
  };
  // Last, a report told only by weekdays that retells undated what a report of stated day dates
  // (see retoldFloor): its weekdays are the first after that day. A floor they do not agree with is
  // kept for the warning.
  const unagreed = new Map<ArticleAnalysis, DateTime>();
  for (const analysis of analyses) {
    if (publications.has(analysis.article.name) || pastWeekdays(analysis).length === 0) continue;
    const dated = analyses
      .filter((o) => o !== analysis && publications.has(o.article.name) && !publications.get(o.article.name)!.floorOnly && publications.get(o.article.name)!.from !== 'latest-happening')
      .flatMap((o) => [...knownDays(o), ...fullDays(o)]);
    const floor = retoldFloor(analysis, dated, sameHappening);
    const day = floor && afterWeekdays(analysis, floor);
    if (floor && day && day <= now && weekdaysAgree(day, floor, pastWeekdays(analysis))) publications.set(analysis.article.name, { published: day.toISODate()!, inferred: true, from: 'text' });
    else if (floor) unagreed.set(analysis, floor);
  }

  const problems: Problem[] = analyses.filter((a) => !publications.has(a.article.name)).map((a) => unpinned(a, runDays.length > 0, unagreed.get(a)));
  return { publications, problems };
}

/** Words just before a date that set it late in its day: "late on", "the night of". */
const LATE_BEFORE = /\b(?:late\s+on|(?:night|evening)\s+of)\s+(?:the\s+)?$/i;

/**
 * Whether the text tells of a day late in it ("agreed late on January 7", "on the night of 7
 * January"): a report whose latest day that is, and no weekday, appeared after it, as one naming
 * the evening of its latest weekday does.
 */
const toldLate = (analysis: ArticleAnalysis, day: DateTime) =>
  analysis.sentences.some((s) =>
    s.dates.some((t) => {
      const spec = t.spec;
      if (spec.type !== 'calendar' || spec.month !== day.month || spec.day !== day.day || (spec.year ?? day.year) !== day.year) return false;
      const late = LATE_PARTS.has(spec.time?.partOfDay ?? '') || /^late\b/i.test(t.text) || LATE_BEFORE.test(s.span.text.slice(0, t.start)) || /^\s+(?:night|evening)\b/i.test(s.span.text.slice(t.end));
      return late && tenseAround(s.span.text, t) !== 'future';
    }),
  );

/** Whether the text dates a happening of the past by a day's day and month ("seized on Sept. 5"). */
const datesDay = (analysis: ArticleAnalysis, day: DateTime) =>
  analysis.sentences.some((s) => s.anchors.some((a) => a.tense === 'past' && a.time.spec.type === 'calendar' && a.time.spec.month === day.month && a.time.spec.day === day.day && (a.time.spec.year ?? day.year) === day.year));

/**
 * "Five ministers on Friday urged the release of a customs officer seized a week ago", in a report
 * whose latest date, the seizure's, is itself a Friday: the report is of the Friday a week on,
 * not of its recap's day. The day after `latest`, within a day of one counted back from it ("a
 * week ago", "three days ago"), that is the weekday of the lede's news; none when they do not agree.
 */
function agoAgreeing(analysis: ArticleAnalysis, latest: DateTime, now: DateTime): DateTime | undefined {
  const lede = ledeNewsWeekday(analysis);
  if (lede === undefined) return undefined;
  for (const back of daysAgo(analysis).sort((a, b) => a - b)) {
    const days = [back - 1, back, back + 1].map((off) => latest.plus({ days: off }));
    const day = days.find((d) => d > latest && d <= now && d.weekday === lede);
    if (day) return day;
  }
  return undefined;
}

/**
 * The first days of the months, with their years, on which the text tells a happening of the past
 * ("Borea freed the two guards late in May 2019"): the report is of that month or later, whatever
 * weekday another report gives its news. A day in full counts by its month.
 */
function recalledMonths(analysis: ArticleAnalysis, now: DateTime): DateTime[] {
  return analysis.sentences
    .flatMap((s) => s.anchors)
    .flatMap((a) => {
      const spec = a.time.spec;
      if (a.tense !== 'past' || spec.type !== 'calendar' || spec.year === undefined || spec.month === undefined) return [];
      const month = DateTime.fromObject({ year: spec.year, month: spec.month, day: 1 }, { zone: now.zone });
      return month.isValid && month <= now ? [month] : [];
    });
}

/** The first days of the months, with their years, up to `now`, that a text states of anything and does not speak of as ahead of it ("the ridge has been disputed since July 2008"). */
function statedMonths(analysis: ArticleAnalysis, now: DateTime): DateTime[] {
  return notAhead(analysis).flatMap(({ spec }) => {
    if (spec.type !== 'calendar' || spec.year === undefined || spec.month === undefined) return [];
    const month = DateTime.fromObject({ year: spec.year, month: spec.month, day: 1 }, { zone: now.zone });
    return month.isValid && month <= now ? [month] : [];
  });
}

/** The dates a text states that it does not speak of as ahead of it, by their anchors' tense or the words around them. */
function notAhead(analysis: ArticleAnalysis) {
  return analysis.sentences.flatMap((s) => {
    const ahead = new Set(s.anchors.filter((a) => a.tense === 'future').map((a) => a.time.start));
    return s.dates.filter((t) => !ahead.has(t.start) && tenseAround(s.span.text, t) !== 'future');
  });
}

/** The days, up to `now`, that a text states in full and does not speak of as ahead of it. */
function statedDays(analysis: ArticleAnalysis, now: DateTime): DateTime[] {
  return notAhead(analysis)
    .flatMap((t) => fullDay(t.spec, now.zoneName ?? 'UTC') ?? [])
    .filter((d) => d <= now);
}

/**
 * The year of a day and month the text tells of the past, with nothing else to date the text: the
 * nearest the run's days among those that do not put it after them (a report tells what came
 * before it, and appears near the run's other reports); else none. A text that tells a month of
 * the past with its year ("freed late in May 2019") gives its yearless days as the
 * later ones: none is put before that month (`notBefore`), even past the run's days.
 */
function pastNear(month: number, dayNo: number, runDays: readonly DateTime[], now: DateTime, weekday?: number, notBefore?: DateTime): DateTime | undefined {
  const last = (DateTime.max(...runDays) as DateTime).plus({ days: SAME_MONTH });
  const distance = daysFromRun(runDays);
  const valid = yearsBack(now, runDays)
    .map((year) => DateTime.fromObject({ year, month, day: dayNo }, { zone: now.zone }))
    .filter((d) => d.isValid && d <= now);
  const after = notBefore ? valid.filter((d) => d >= notBefore) : [];
  let candidates = after.length > 0 ? (after.some((d) => d <= last) ? after.filter((d) => d <= last) : after) : valid.filter((d) => d <= last);
  // "Wednesday, March 3": a day printed with its weekday falls only in the years that give it that
  // weekday, whatever year lies nearest (a misprinted weekday, fitting none, is left out).
  const onWeekday = candidates.filter((d) => d.weekday === weekday);
  if (onWeekday.length > 0) candidates = onWeekday;
  return candidates.length > 0 ? candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a)) : undefined;
}

/** How far after the run's latest day a date told of the past may lie: a report may appear a few weeks after the others. */
const SAME_MONTH = 31;

/** The day a month is placed by when its year is chosen: its middle, so that no end of it decides. */
const MID_MONTH = 15;

/**
 * The days and months without a year (and counted from no other: not "June last year") that the
 * text states, each with whether it speaks of it as ahead of it ("is to open fully from June 20").
 */
function yearlessDates(analysis: ArticleAnalysis): { month: number; day?: number; weekday?: number; ahead: boolean }[] {
  return analysis.sentences.flatMap((s) => {
    const aheadAt = new Set(s.anchors.filter((a) => a.tense === 'future').map((a) => a.time.start));
    return s.dates.flatMap((t) => {
      const spec = t.spec;
      if (spec.type !== 'calendar' || spec.year !== undefined || spec.yearShift !== undefined || spec.month === undefined || spec.period !== undefined) return [];
      const ahead = spec.hint === 'future' || aheadAt.has(t.start) || tenseAround(s.span.text, t) === 'future';
      return [{ month: spec.month, ...(spec.day !== undefined ? { day: spec.day } : {}), ...(spec.day !== undefined && spec.weekday !== undefined ? { weekday: spec.weekday } : {}), ahead }];
    });
  });
}

/** The yearless days (`day`) or months alone (`month`) the text does not speak of as ahead of it. */
const pastYearless = (analysis: ArticleAnalysis, precision: 'day' | 'month') =>
  yearlessDates(analysis).filter((d) => !d.ahead && (d.day !== undefined) === (precision === 'day'));

/** The yearless days the text speaks of as ahead of it: "from June 20". */
const aheadYearless = (analysis: ArticleAnalysis) => yearlessDates(analysis).flatMap((d) => (d.ahead && d.day !== undefined ? [{ month: d.month, day: d.day, ...(d.weekday !== undefined ? { weekday: d.weekday } : {}) }] : []));

/** Days either side of an anniversary a report marking it may appear on. */
const ANNIVERSARY_DAYS = 3;

/**
 * The day an anniversary report tells its news on: the weekday it names ("a statement issued at
 * 10:45 am on Thursday"), the one of that name nearest the anniversary, when one lies within a
 * few days of it; else the anniversary itself. The recap's last day is only where the episode
 * ended, and the report's own weekday says which day of that week it was written.
 */
function newsDayNear(analysis: ArticleAnalysis, anniversary: DateTime): DateTime {
  const named = analysis.sentences.flatMap((s) => s.dates).find((d) => d.spec.type === 'weekday' && d.spec.hint === undefined && d.spec.week === undefined);
  if (named?.spec.type !== 'weekday') return anniversary;
  const weekday = named.spec.weekday;
  const offsets = Array.from({ length: 2 * ANNIVERSARY_DAYS + 1 }, (_, i) => i - ANNIVERSARY_DAYS).sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  const offset = offsets.find((o) => anniversary.plus({ days: o }).weekday === weekday);
  return offset === undefined ? anniversary : anniversary.plus({ days: offset });
}

/**
 * The problem of an article nothing dates: where its first date that counts from the day of
 * publication stands ("on Thursday", "last week"), so that a maintainer sees why it needs one, and
 * the day a happening it retells bounds it from, when its weekdays would not follow that day.
 */
function unpinned(analysis: ArticleAnalysis, runDated: boolean, retold?: DateTime): Problem {
  const { article } = analysis;
  // A date with its year ("in 2012") places itself; the others count from the day of publication.
  const relative = (t: Anchor['time']) => !(t.spec.type === 'calendar' && t.spec.year !== undefined);
  const dates = analysis.sentences.flatMap((s) => s.dates.filter(relative).map((t) => ({ t, at: s.span.start + t.start })));
  const first = dates[0];
  const where = first ? lineColumn(article.body, first.at) : { line: 1, column: 1 };
  const others = dates.length - 1;
  const counted = others === 0 ? 'counts' : `and ${others} other date${others === 1 ? '' : 's'} count`;
  return {
    code: 'publication-unknown',
    file: article.name,
    line: article.bodyLine + where.line - 1,
    column: where.column,
    message: first
      ? `expected a publication date, found none: "${first.t.text}" ${counted} from the day the article appeared, which nothing in it gives${runDated ? ', nor any dated article of the run through a happening they share' : ''}${retold ? `; it retells a happening another report dates ${retold.toISODate()}, but its weekdays do not all fall in the week from that day` : ''}`
      : 'expected a publication date, found none: the text does not pin one down',
    // An article pasted with a title or url already has front matter: the day goes into it.
    hint: article.bodyLine > 1 ? 'add `published: YYYY-MM-DD` to its front matter' : 'add front matter with `published: YYYY-MM-DD` at the top of the article',
  };
}
