import { inWordsSaid, isNamingYear } from '../sentences/inWordsSaid.ts';
import type { TimeExpression } from '../time/findTimeExpressions.ts';
import { DateTime } from 'luxon';
import type { ArticleAnalysis, SentenceAnalysis, Trigger } from '../sentences/analyseArticle.ts';
import { isSetAfter } from '../sentences/isSetAfter.ts';
import { isSetAtThatTime } from './isSetAtThatTime.ts';
import { opensClause } from '../sentences/opensClause.ts';
import { daySpan } from '../../../../src/lib/partialDate.ts';
import { isExactDay } from '../time/isExactDay.ts';
import { resolveSpan } from '../time/resolveSpan.ts';
import { isWithinWeek } from '../time/isWithinWeek.ts';
import { nightOf, tellsOfNight } from '../time/nightOf.ts';
import { resolveTime, type ResolvedTime } from '../time/resolveTime.ts';
import type { TimeSpec } from '../time/timeSpec.ts';
import { isNamingClause } from '../sentences/isNamingClause.ts';
import { findOffsets } from '../time/findOffsets.ts';
import { sequelOpening } from '../time/sequelDays.ts';
import { sayingBefore } from '../sentences/sayingBefore.ts';
import { isCountedFrom } from '../sentences/isCountedFrom.ts';
import { occasionOfSaying } from './occasionOfSaying.ts';
import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import { daysAfter, daysBetween } from '../time/dayArithmetic.ts';
import { isHeading } from '../sentences/isHeading.ts';
import { readStamp } from '../time/readStamp.ts';
import { MONTH_NAMES } from '../time/calendarNames.ts';
import { RECURRING_KINDS } from '../happenings/recurringKinds.ts';
import { VIOLENT_KINDS } from '../happenings/violentKinds.ts';
import { DEFINITE_DETERMINERS } from '../sentences/definiteDeterminers.ts';
import { isToldAsNew, NOUN_PHRASE_CHARS } from '../sentences/isToldAsNew.ts';

/** A happening its sentence does not date, with the day the article's discourse gives it. */
export interface ContextTime {
  sentence: SentenceAnalysis;
  trigger: Trigger;
  time: ResolvedTime;
  /** Named as something already known ("the truce", "its offensive"), or going on as the report is written: it can only be a happening another report dates. */
  anaphoric: boolean;
  /** Counted from the day of the news it is told beside ("a day after Arland closed the border, Borea …"): dated to its own day all the same. */
  counted?: boolean;
}

// "helped the guards beat back an attack": an act fended off is the other side's, not done by
// whom the words name before it.
const REPELLED = /\b(?:fend(?:s|ed|ing)?|fought|fight(?:s|ing)?|ward(?:s|ed|ing)?)\s+off\b|\b(?:repel|repell(?:ed|ing)|repels|repulsed?|repulsing|beat(?:en|ing)?\s+back|foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?)\b/i;
// A telling verb in the simple present.
const PRESENT_TELLING = /^(?:says|tells|claims|insists|maintains|contends|argues)$/i;
// The auxiliary of a present perfect right before a verb of telling: "have said", "has long said".
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:long|also|repeatedly|previously|always)\s+)?$/i;
// Violence and flight told in the present perfect ("shelling has killed scores", "thousands have
// fled") sum up the round under way; they are of it, not a new one.
const ROUNDS: ReadonlySet<string> = RECURRING_KINDS;
const VIOLENT: ReadonlySet<string> = VIOLENT_KINDS;
/** Days before publication a happening may lie and still be an article's news. */
const NEWS_DAYS = 3;
/** Days before publication an older round may lie and still lend its day to the sentences that go on to
 * tell it; a sentence whose own days all lie further back is a recap of their time. */
const STORY_DAYS = 14;
/** Days before publication a day a sentence after the lede recalls alone must lie for the undated
 * sentences after it in its paragraph to be its background: a week (at two weeks, a crew "detained
 * on May 3 … Borea charged them with spying", told eleven days on, was news of the day). */
const RECAP_DAYS = 7;
/** The last day of a span of days, which the story goes on from; any other time as it is. */
const lastDayOf = (time: ResolvedTime | undefined): ResolvedTime | undefined =>
  time && !time.approximate && time.endDate?.length === 10 && time.date.length === 10 ? { date: time.endDate, approximate: false } : time;
/** A stretch a saying is dated in that began further back than this ("earlier this year") is not the news day's. */
const WEEK_DAYS = 7;
/** Sentences back a sentence opening "three days later" may find the day it counts from. */
const SEQUEL_SENTENCES = 2;
/** Sentences after an undated lead the first day of the article may lie in and still be the lead's. */
const LEAD_SENTENCES = 2;
/**
 * Sentences after the lede that go on with its news: a report's top tells the day's news, its
 * lower part where the sides stand (on the development set three found fewer of the day's
 * sayings; with no limit, standing charges and denials further down were dated as news).
 */
const LEDE_NEWS_SENTENCES = 5;
// A clause hung on a noun or set as a reason or a time ("…, which Borea denies", "as it presses
// its claim"): a stance or a setting, not the news.
const RELATIVE_BEFORE = /\b(?:which|who|whom|that|as|while|because|since)\s+(?:\S+\s+){0,3}$/i;
// "This time, the measures go further": an opening that turns from a background back to the news.
const BACK_TO_NEWS = /^\s*(?:this\s+time|now|since\s+then|these\s+days)\b/i;
// "… blames the attack on the group and has accused …": a saying in the simple present, then a
// perfect joined to it by "and", in one clause (no semicolon or quotation between).
const PRESENT_SAYING_AND_PERFECT = /^[^;"“]*\b(?:says|accuses|blames|calls|denies|rejects|claims|insists|maintains|regards|considers|condemns)\b[^;"“]*\band\s+(?:(?:has|have)\s+(?:\p{L}+ly\s+)?)?$/iu;
/** Words inside a quotation are the speaker's, told with their own saying. */
const OPEN_QUOTE = /["“]/;
// "The border had been quiet on Sunday": a state a day had, not a scene the story goes on from.
const STILL = /\b(?:is|are|was|were|been|remained|stayed|seemed)\s+(?:\w+ly\s+)?(?:quiet|calm|tense|peaceful|normal|silent|still|stable|uneventful)\b/i;
const EARLIER = /\b(?:previously|earlier|formerly|once|in the past|before that|long)\b/i;
// A happening its clause tells as lasting weeks, months or years ("had kept to a ceasefire for four
// months", "quarrels have long weighed", "over the past few months", "has sent warships in recent
// weeks") is a state of no one day: not
// the news of the day it is told on, unless someone tells it.
const STANDING = /\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:(?:a|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|few|several|many)\s+)?(?:months|years|decades)\b|\b(?:has|have|had)\s+long\b|\bin\s+recent\s+(?:weeks|months|years)\b|\b(?:for|over)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+)?weeks\b|\b(?:repeatedly|time\s+and\s+again|in\s+the\s+past|on\s+(?:several|many|numerous)\s+occasions)\b/i;
// Words that tell a happening as the next step of the one before: it shares that one's day.
// "The ministry also called in the envoy": a sentence that adds, by its subject, one more act to
// the one before, with no day of its own, is of the day that sentence named.
const ALSO = /^[^,;:"“”]{0,60}?\b(?:also|likewise)\s+(?!(?:said|says|told|noted|stressed|warned)\b)[a-z]+ed\b/;
const NEXT = /\b(?:then|afterwards|after that|moments later|minutes later|soon after)\b/i;
// "Earlier, mortar bombs had fallen on the base": a bare "Earlier," opening a sentence with no date
// of its own steps back within the day the sentence before names, not to some day before the news.
const EARLIER_OPENING = /^\s*Earlier\s*,/;
// "only days ago", "a few days earlier", "just days before": before the telling, on a day the words do not give.
// "days before the vote" counts from the vote, not from the telling: "before" only when nothing follows it.
const DAYS_BEFORE = /\b(?:(?:only|just|mere|barely|a\s+few|several|some)\s+)?days\s+(?:ago|earlier|before(?=\s*[,.;:]))\b/i;
/** Days back a happening told as "days ago" may lie: within the week before the telling. */
const DAYS_AGO_WINDOW = 7;
// A definite subject of a passive: "the drone was", "the boats were".
const KNOWN_SUBJECT = /\b(?:the|its|their)\s+[\p{L}-]+\s+(?:was|were)\s+$/iu;
// "rejected the charge", "denied the accusation": what answers the words the sentence before told.
const THE_CHARGE = /\b(?:the|this|that|these|those)\s+(?:charges?|accusations?|allegations?|claims?)\b/i;
/** Sentences back the act a reaction names may have been dated. */
const ACT_SENTENCES = 2;
// "Later", "afterwards": a reaction told after the act it answers, on a later day than the act's.
const LATER = /\b(?:later|afterwards|subsequently)\b/i;
// The past perfect with no day of its own, told by no one, is before the story's time, on a day the
// article does not give ("Borea had recalled its ambassador"): it may only join a happening
// others date, unless the sentence sets it in the story's own sequence
// ("residents had first thrown stones", "hours before, troops had moved in").
const SUBORDINATE = /\b(?:that|who|which|whom|whose|where|because|since|as|while|when)\b/i;
/** A "when" clause hung on a past perfect before it, with no full stop between: "had been on their way … when". */
const WHEN_OF_PERFECT = /\bhad\s+(?:\p{L}+ly\s+)?(?:been|\p{L}+ed|\p{L}+en)\b[^.;:!?]*\bwhen\s+[^.;:!?]*$/iu;
/** "had already" before a happening in its own clause: "had already decided in principle to impose sanctions". */
const HAD_ALREADY = /\bhad\s+already\b[^.;:!?]*$/i;
/** A conjunct verb in the perfect with no subject of its own: "… and have accused". */
const CONJUNCT_PERFECT = /(?:^|[\s,])and\s+(?:has|have|had)\s+(?:\p{L}+ly\s+)?$/u;
// "had denounced the seizure and warned of consequences": a verb joined by "and" to a past perfect,
// with no subject of its own, shares its "had" — a recap too. Not across a clause of its own
// ("had said that troops crossed and shelled") or a break ("and then, on Tuesday, warned").
const JOINED_TO_PAST_PERFECT = /\bhad\s+(?:\p{L}+ly\s+)?(?!(?:to|a|an|the|no|its|their|his|her|some|any)\b)\p{L}+\b([^.;:!?"“”]*?),?\s+and\s+(?:\p{L}+ly\s+)?$/iu;
const CLAUSE_BETWEEN = /\b(?:that|who|which|whom|whose|where|when|while|because|since|as|and)\b/i;
/** A verb in the simple past joined by "and" to a past perfect of the same subject: "had denounced … and warned". */
const joinedToPastPerfect = (h: { tense?: string; perfect?: string; pos?: string }, before: string) => {
  if (h.tense !== 'past' || h.perfect !== undefined || h.pos !== 'verb') return false;
  const m = JOINED_TO_PAST_PERFECT.exec(before);
  return m !== null && !CLAUSE_BETWEEN.test(m[1]!);
};
const SEQUENCE = /\b(?:first|then|before|after|shortly|moments?|minutes|hours|by the time|until)\b/i;
// A definite noun phrase names what the reader already knows of: "the truce", "their offensive".
const PAST_FRAME = /^(?:said|told|reported|added|stated|wrote|confirmed|announced|according)\b/i;
const PARTICLE = /\s(?:down|up|out|off|back|over)$/i;
const DEFINITE = DEFINITE_DETERMINERS;

// "…, the army said, charging the other side with breaking the truce": a bare participle set off
// by a comma after a main clause told in the past is of that past, not a standing present.
const PARTICIPLE = /^\p{L}+ing\b/iu;
const AFTER_COMMA = /,\s*(?:\p{L}+ly\s+)?$/u;
/** "by" right after a verb told in the past, opening the means of it: "responded by". */
const BY_MEANS = /\b\p{L}{3,}ed\s+by\s+$/iu;
const ANNOUNCING = /^(?:announcing|declaring|saying|stating|confirming|adding)\b/i;
/** A headline saying set off by commas right before: ", Arland says, ". */
const SAYS_BEFORE = sayingBefore('says');
/** A main clause told in the past: a verb in -ed, or a common irregular past ("went further, calling …", "spoke to reporters, accusing …"). */
const PAST_MAIN = /\b(?:said|told|reported|stated|added|announced|wrote|confirmed|claimed|went|made|took|gave|held|met|sent|spoke|came|struck|drew|kept|sought|brought|began|broke|chose|\p{L}{3,}ed)\b/iu;

type Anchor = SentenceAnalysis['anchors'][number];


/** A noun phrase set after a comma, led by "a" or "an": "…, a decision left to the council". */
const SUMS_UP = /,\s+(?:a|an)\s+(?:\p{L}+\s+)?$/u;
/** A filing that holds the words a speaker is told to have said: "In its application to the court, …". */
const FILED_IN = /\b[Ii]n\s+(?:its|his|her|their)\s+(?:application|complaint|lawsuit|petition|filing|submission|indictment)\b[^.;]*$/u;

/** Words that tell a happening as repeated: "has again shelled", "have attacked once more", "struck anew". */
const AGAIN = /\b(?:again|once\s+more|anew)\b/i;

/** A relative pronoun, or "first" of a sequence's start ("negotiators first sat down on Monday"): a
 * day named after one is of the clause it opens, or of a scene the news goes on from, a setting. A
 * comma or semicolon between closes that clause ("the pass, which is the highest, lay under snow on
 * Monday": the day is the main clause's). */
const RELATIVE_PRONOUN = /\b(?:which|who|whom|whose|that|first)\b[^,;]*$/i;

/** Words that tell a sentence's day as ahead: "due to run out on Thursday", "will meet on Friday". */
const AHEAD = /\b(?:will|would|shall|due|expected|set|scheduled|planned|plans?|to be|to meet|is to|are to|until)\b/i;

/** "today", "yesterday": the reporter's words for the news day, counted from the day of publication. */
const isNewsDayWord = (spec: TimeSpec) => spec.type === 'relative' && spec.unit === 'day' && spec.from === undefined && (spec.shift === 0 || spec.shift === -1);


/**
 * Dates the happenings an article reports without a date of their own, as a reader does: one told
 * in the simple or past perfect past ("residents had first thrown stones", "the minister called
 * the attack an act of war") happened on the article's news day (the latest day of the news it
 * has dated or said it was told so far, or, before any, the first it dates); one in the present
 * or present perfect ("has offered to help") is news of the day of publication. Recaps, tolls,
 * what is planned or possible, and headings date nothing; a happening named as known ("the
 * truce") or going on as the report is written is marked anaphoric. When the day of publication
 * is not known, only the article's own dates place anything.
 * @example contextTimes(analysis, published)[0].time.date // '2025-05-07'
 */
export function contextTimes(
  analysis: ArticleAnalysis,
  published: DateTime,
  {
    publishedKnown = true,
    timeOf = (anchor) => resolveTime(anchor.time.spec, published, anchor.tense),
  }: { publishedKnown?: boolean; timeOf?: (anchor: Anchor) => ResolvedTime | undefined } = {},
): ContextTime[] {
  const today: ResolvedTime = { date: published.toISODate()!, approximate: false };
  /** A month or a year that ended before the month of publication began. */
  const gone = (time: ResolvedTime | undefined) => time !== undefined && publishedKnown && daySpan(time.endDate ?? time.date).last < `${today.date.slice(0, 7)}-01`;
  // (The first day is read before the type guards, which narrow what fails them to nothing.)
  const longStretch = (time: ResolvedTime | undefined) => {
    const first = time && daySpan(time.date).first;
    return first !== undefined && publishedKnown && !isExactDay(time) && !isWithinWeek(time) && daysBetween(first, today.date) > WEEK_DAYS;
  };
  // A day more than a few days before publication is a recap ("captured the oilfield 10 days ago"): it
  // does not move the story's news day back.
  const recent = (time: ResolvedTime) => !publishedKnown || daysBetween(time.date, today.date) <= NEWS_DAYS;
  /** The latest of some times that is a day of the past, recent enough to be the article's news. */
  const latestDay = (times: readonly (ResolvedTime | undefined)[]): ResolvedTime | undefined =>
    times.reduce<ResolvedTime | undefined>((day, time) => (isExactDay(time) && time.date <= today.date && recent(time) && (!day || time.date > day.date) ? time : day), undefined);
  // An article of unknown day cannot count "on Wednesday" from it: only a date in full places anything.
  const placeable = (spec: TimeSpec) => publishedKnown || (spec.type === 'calendar' && spec.year !== undefined);
  /** The day of a sentence's own news, when it dates any; the day news was told ("said today") is one too. */
  // "Three officers are free again after a court ordered their release on Monday", published on
  // Tuesday: a sentence whose every happening is told as a setting, on a day before publication,
  // dates its news by the setting's day, which is what the next sentences go on telling.
  const allSetting = (sentence: SentenceAnalysis) => sentence.triggers.length > 0 && sentence.triggers.every((t) => t.happening.background);
  const settingDays = (sentence: SentenceAnalysis) =>
    allSetting(sentence) ? sentence.anchors.filter((a) => !a.borrowed && a.tense !== 'future').map(timeOf).filter((t) => t !== undefined && t.date < today.date) : [];
  // A span of days ("during the night of September 9 to 10") leaves the story at its last day:
  // what is told next ("Arland then asked for talks") came after it.
  const newsOf = (sentence: SentenceAnalysis): ResolvedTime | undefined =>
    latestDay([
      ...settingDays(sentence),
      ...sentence.anchors.filter((a) => !a.trigger.happening.background && !a.borrowed && a.tense !== 'future').map((a) => lastDayOf(timeOf(a))),
      ...sentence.tellings.filter((t) => placeable(t.spec)).map((t) => resolveTime(t.spec, published, 'past')),
    ]);
  /** The latest recent day a sentence names in the past, whatever it dates: "video shows a boat ramming a tug on Sunday". */
  const dayNamed = (sentence: SentenceAnalysis): ResolvedTime | undefined =>
    latestDay(sentence.dates.filter((t) => placeable(t.spec)).map((t) => lastDayOf(resolveSpan(t, published, 'past'))));
  // "The stand-off came to a peaceful end yesterday", "officers took off before dawn today": a
  // sentence that tells, in the past, of what happened "today" or "yesterday", the reporter's own
  // words for the news day, sets the story's day though no happening of ours is dated by it: what
  // the next sentences leave undated is of that day. A weekday is not enough ("negotiators first
  // sat down on Saturday" sets a scene); told ahead, it sets nothing. Beside happenings told only as
  // its setting, the word is the day of the sentence's news when it stands outside the setting
  // ("After the border attack, Arland today laid the evidence before the envoy"), and the
  // setting's own when within it ("home again after a court ordered their release today").
  const storyDay = (sentence: SentenceAnalysis): ResolvedTime | undefined =>
    sentence.triggers.every((t) => t.happening.background) && !AHEAD.test(sentence.span.text) && !isHeading(sentence.span.text)
      ? latestDay(
          sentence.dates
            .filter((t) => publishedKnown && isNewsDayWord(t.spec) && (sentence.triggers.length === 0 || !inSetting(sentence.span.text, t.start)))
            .map((t) => resolveTime(t.spec, published, 'past')),
        )
      : undefined;
  const days = analysis.sentences.map((s) => newsOf(s) ?? storyDay(s));
  /**
   * The day a lede sets its story on though it dates none of our happenings ("Snow lay deep on the
   * pass on Monday, and the road stayed empty"): the latest recent day it
   * names, outside a relative clause ("clashes which killed four yesterday" names the setting's
   * day, not the news's). As TimeML anchors a report's undated events to the time its opening sets.
   */
  const ledeDay = (sentence: SentenceAnalysis): ResolvedTime | undefined =>
    latestDay(sentence.dates.filter((t) => placeable(t.spec) && !RELATIVE_PRONOUN.test(sentence.span.text.slice(0, t.start))).map((t) => lastDayOf(resolveSpan(t, published, 'past'))));
  /** The latest exact day of the past the nearest of some sentences names, however old: what "three days later" counts from. */
  const lastDayNamed = (sentences: readonly SentenceAnalysis[]): ResolvedTime | undefined => {
    for (const s of sentences) {
      const named = s.dates
        .filter((t) => placeable(t.spec))
        .map((t) => resolveTime(t.spec, published, 'past'))
        .filter((t): t is ResolvedTime => isExactDay(t) && t!.date <= today.date)
        .sort((a, b) => b.date.localeCompare(a.date))[0];
      if (named) return named;
    }
    return undefined;
  };
  /** The latest exact day of the past a sentence says its news was told on, however old: "said on Jan. 31". */
  const latestTold = (sentence: SentenceAnalysis): ResolvedTime | undefined =>
    sentence.tellings
      .filter((t) => placeable(t.spec))
      .map((t) => resolveTime(t.spec, published, 'past'))
      .filter((t): t is ResolvedTime => isExactDay(t) && t!.date <= today.date)
      .sort((a, b) => b.date.localeCompare(a.date))[0];
  /** Whether a time lies before the news window: more than a few days before publication. */
  const daysOld = (time: ResolvedTime) => daysBetween(daySpan(time.endDate ?? time.date).last, today.date);
  const beforeNews = (time: ResolvedTime | undefined) => time !== undefined && daysOld(time) > NEWS_DAYS;
  /** Whether a time lies before the story's window: further back than an older round still lends its day. */
  const olderThanStory = (time: ResolvedTime | undefined) => time !== undefined && daysOld(time) > STORY_DAYS;
  /**
   * Where a sentence sets itself in an earlier time: the first past date before the news window
   * that it names ("In May 2019 the two armies clashed and each side blamed the other"), when it
   * names no day of the news nor a day of telling. What it leaves undated after that date is of
   * that time, not of the news day. A happening's date that falls before the news window is of the
   * past whatever the tense of the words that date it ("meant to take hold on October 10"), and
   * so is any date with its year; "set for Wednesday", which falls ahead, is not.
   */
  // A date inside the words a saying states ("demanded that Arland leave by March 30"), or a year
  // that names a thing ("a violation of the 1994 accord"), sets the sentence at no earlier time.
  const saidIn = (sentence: SentenceAnalysis, t: TimeExpression) =>
    isNamingYear(sentence.span.text, t) || sentence.triggers.some((s) => SPEECH_KINDS.has(s.value) && inWordsSaid(sentence.span.text, s.end, t));
  const earlierFrom = (sentence: SentenceAnalysis): number | undefined => {
    if (!publishedKnown || sentence.tellings.length > 0 || dayNamed(sentence)) return undefined;
    const past = [
      ...sentence.anchors.filter((a) => !a.rescheduled && beforeNews(timeOf(a)) && !saidIn(sentence, a.time)).map((a) => a.time.start),
      ...sentence.dates.filter((t) => t.spec.type === 'calendar' && t.spec.year !== undefined && beforeNews(resolveTime(t.spec, published, 'past')) && !saidIn(sentence, t)).map((t) => t.start),
    ];
    return past.length > 0 ? Math.min(...past) : undefined;
  };
  /**
   * The day of the violence a sentence dates itself, when it lies before the news window: "On
   * Wednesday gunmen raided the town" in a weekly paper. The sentences right after it that go on to
   * tell its harm ("Three people died and shops were looted") are of that day, not of the day of
   * publication, though the day is too old to be the article's news.
   */
  const olderRound = (sentence: SentenceAnalysis): ResolvedTime | undefined => {
    if (!publishedKnown) return undefined;
    const own = sentence.anchors.filter((a) => ROUNDS.has(a.trigger.value) && !a.trigger.happening.background && !a.borrowed && !a.told && a.tense === 'past').map(timeOf);
    return own.find((t) => isExactDay(t) && t!.date < today.date && !recent(t!) && daysBetween(t!.date, today.date) <= STORY_DAYS);
  };
  /**
   * "Arland sent troops in after war broke out in the north in November last year": a happening
   * told as coming after a setting dated before the news window is of that earlier time, on a day
   * the sentence does not give, not news of the day.
   */
  const setAfter = (sentence: SentenceAnalysis, trigger: Trigger) =>
    publishedKnown &&
    sentence.dates.some((t) => placeable(t.spec) && isSetAfter(sentence.span.text, trigger.clause.end, t.start) && beforeNews(resolveTime(t.spec, published, 'past')));
  /**
   * "The resupply run began on Saturday morning", "three men crossed on Tuesday and were tracked
   * down on Wednesday": a sentence that tells nothing of ours but goes back from the news day to a recent day of the story,
   * told after a lede dated by its telling ("…, officials said on Thursday"), sets the scene for
   * the violence the sentences after it tell undated ("At 9:44 a.m. a cutter fired its water cannon").
   */
  const sceneOf = (sentence: SentenceAnalysis, news: ResolvedTime | undefined): ResolvedTime | undefined => {
    // A sentence that dates a happening of its own is that happening's, not a scene's.
    if (!publishedKnown || !news || !isExactDay(news) || sentence.anchors.length > 0 || sentence.triggers.length > 0 || STILL.test(sentence.span.text)) return undefined;
    const day = dayNamed(sentence);
    return day && isExactDay(day) && day.date < news.date && daysBetween(day.date, today.date) <= STORY_DAYS ? day : undefined;
  };
  const entries = entryStamps(analysis, published);
  // The day of the live entry the sentence is in: its news present is of that day.
  let entryDay: ResolvedTime | undefined;
  let round: ResolvedTime | undefined;
  // Whether the sentences just before tell an older story step by step ("Twelve days later, on
  // 26 February 2019, …"), with no date or telling of the news since.
  let pastScene = false;
  // Whether the sentences just before, in the same paragraph, are a background of old days ("The
  // shift comes after two months at sea. Borea sent its ship out on 10 August … Ondria held drills
  // of its own."): from a sentence whose only dates are days weeks before the news, the undated
  // sentences after it in its paragraph tell that background, until a paragraph or a date ends it.
  // (A lede on an old day is the news: only a sentence after it opens a background.)
  let recapScene = false;
  // The days the last sentence's reaction was given, for an answer to it in the next.
  let reaction: { sentence: number; time: ResolvedTime } | undefined;
  let latest: ResolvedTime | undefined;
  const found: ContextTime[] = [];
  // The lede: the first sentence of the body, after any headline.
  const lede = analysis.sentences.findIndex((s) => !isHeading(s.span.text));
  analysis.sentences.forEach((sentence, i) => {
    // Where this sentence's times begin in `found`: what an offset counts from is looked up among them alone.
    const ownFrom = found.length;
    // Whether a teller stands set off by commas inside the sentence: read once, not once a trigger.
    const tellerAside = TELLER_ASIDE.test(sentence.span.text);
    // A lead often dates its news only in a sentence right after it: before any date, the first
    // one a few sentences ahead. One further on tells another story ("Last Thursday, Borea seized a
    // tanker" after a lead on what Arland said today), and the lead is of the day of publication.
    latest ??= days.slice(i, i + 1 + LEAD_SENTENCES).find((d) => d !== undefined);
    // With none, a day the lede names outside any happening's date is the story's: what the next
    // sentences tell undated is of it, not of the day of publication (which may come a day later).
    if (i === lede && publishedKnown && !AHEAD.test(sentence.span.text)) latest ??= ledeDay(sentence);
    // A live blog's entry is of the day its stamp gives, earlier or later than the entry above it.
    // Stamps of the page's own day, before any of another day, leave the story where the lede puts
    // it: they may be the page's, and its day is the story's unless the lede says otherwise.
    const stamped = entries.get(i);
    if (stamped && (!publishedKnown || recent(stamped)) && (entryDay !== undefined || stamped.date !== today.date)) latest = entryDay = stamped;
    // A recap of an earlier day does not move the story back: its news day is the latest it reached.
    const own = days[i];
    const newsBefore = latest;
    if (own && (!latest || own.date > latest.date)) latest = own;
    // Where the sentence's date opens a later clause ("Arland closed the border, and on Tuesday
    // Borea recalled its envoy"), what comes before that clause is not of its day.
    const fronted = sentence.anchors
      .filter((a) => !a.borrowed && opensClause(sentence.span.text, a.trigger.clause.start, a.time.start))
      .map((a) => a.trigger.clause.start);
    if (isHeading(sentence.span.text)) return;
    // The postponement of a happening put off until a new date is news of its own day.
    // Something said that its own words place in a month or year gone by ("In May of that
    // year a minister accused the other side of raids") is a recap of that time: no day of the news either.
    // So is one its words place in a stretch that the news day lies in and that began over a week
    // before it ("said earlier this year"): told of some day of it, not of the news day.
    const dated = new Set(sentence.anchors.filter((a) => !a.rescheduled && (!SPEECH_KINDS.has(a.trigger.value) || isWithinWeek(timeOf(a)) || gone(timeOf(a)) || longStretch(timeOf(a)))).map((a) => a.trigger));
    const setFrom = earlierFrom(sentence);
    // "Arland sent the survey ship into waters Borea claims on August 10, four days after …", weeks
    // after: a sentence whose only dates are days of the month weeks before the news, which date
    // none of its acts, is a recap of that time; its acts in the simple past are not the news day's.
    const calendarDays = publishedKnown ? sentence.dates.filter((t) => !saidIn(sentence, t)).map((t) => (t.spec.type === 'calendar' ? resolveTime(t.spec, published, 'past') : undefined)) : [];
    const onlyOldDays = calendarDays.length > 0 && calendarDays.every(olderThanStory);
    const recapOfDays = onlyOldDays && sentence.tellings.length === 0 && sentence.anchors.length === 0;
    // "That year, gunmen raided a bank", "The envoy said then that …": a sentence set at a time
    // named before, by a word pointing back to it, tells of that time, not the news day.
    const atThatTime = isSetAtThatTime(sentence.span.text);
    const inSequence = SEQUENCE.test(sentence.span.text);
    // "The Boreans then fired on the other boats": what follows on from the sentence before
    // happened on the day that sentence names, though it dated no happening.
    const earlierThatDay = i > 0 && sentence.dates.length === 0 && EARLIER_OPENING.test(sentence.span.text) ? dayNamed(analysis.sentences[i - 1]!) : undefined;
    const following = i > 0 && (NEXT.test(sentence.span.text) || (sentence.dates.length === 0 && sentence.tellings.length === 0 && ALSO.test(sentence.span.text))) ? dayNamed(analysis.sentences[i - 1]!) : undefined;
    // "Three days later Brazil's foreign minister said …", "The next day Borea …": a sentence opening
    // so lies that many days from the last day the sentences just before it named, however old.
    const opening = i > 0 ? sequelOpening(sentence.span.text) : undefined;
    const sequel = opening?.days;
    const sequelFrom = sequel === undefined ? undefined : lastDayNamed(analysis.sentences.slice(Math.max(0, i - SEQUEL_SENTENCES), i).reverse());
    const sequelDay = sequelFrom && daysAfter(sequelFrom.date, sequel!) <= today.date ? { date: daysAfter(sequelFrom.date, sequel!), approximate: false } : undefined;
    // The older round the sentence before told, which this one, with no day or telling of its own, may go on with.
    const story = sentence.dates.length === 0 && sentence.tellings.length === 0 ? round : undefined;
    // A sentence that dates nothing and tells nothing of ours keeps the scene set before it.
    round = olderRound(sentence) ?? sceneOf(sentence, newsBefore) ?? (sentence.triggers.length === 0 ? story : undefined);
    // "How it began: on 3 March 2029 … Nine days later … Borea tried to hit back the next day. In
    // the clash that followed, a Borean officer was taken": a sentence counted from a
    // day before the news window tells an older story, and the sentences after it that name no day
    // and no telling go on with it, on days they do not give. (A lone recap dated by its year does
    // not carry: the sentence after it is often back at the news.)
    const inPast = sentence.dates.length === 0 && sentence.tellings.length === 0 && pastScene;
    // "Borea tried to hit back the next day": a sentence dated only by a day it counts from
    // an older one ("the next day", "that day") tells that older story, as an opening that counts does.
    // Not one told in the past perfect ("Borea had called for talks just the day before"): an
    // aside set before the story's time, after which the simple past is back at the news.
    const aside = sentence.triggers.length > 0 && sentence.triggers.every((t) => t.happening.perfect === 'past');
    const countedOn = !aside && sentence.dates.length > 0 && sentence.dates.every((d) => d.referred && beforeNews(resolveTime(d.spec, published, 'past')));
    pastScene = (sequelDay !== undefined && beforeNews(sequelDay)) || inPast || countedOn;
    const sameParagraph = i > 0 && !/\n\s*\n/.test(analysis.article.body.slice(analysis.sentences[i - 1]!.span.end, sentence.span.start));
    const inRecap = recapScene && sameParagraph && sentence.dates.length === 0 && sentence.tellings.length === 0 && opening === undefined && following === undefined && !BACK_TO_NEWS.test(sentence.span.text);
    recapScene = inRecap || (i > lede && calendarDays.length > 0 && calendarDays.every((time) => time !== undefined && daysOld(time) > RECAP_DAYS) && calendarDays.every((time) => isExactDay(time)));
    let goesOn = false;
    let reacted: ResolvedTime | undefined;
    // The day the sentence's news was told on, when it names one ("said on Thursday").
    const toldOn = latestTold(sentence);
    // A live blog's entry ("14:05 — Borea says …"): read once a sentence, not once a trigger.
    const entryLine = ENTRY_STAMP.test(sentence.span.text);
    for (const trigger of sentence.triggers) {
      const told = trigger.happening;
      const before = sentence.span.text.slice(0, trigger.start);
      const participle = isParticipleOfPast(trigger, before);
      // Hung on a main clause the sentence dates ("seized the boats in November, accusing them of
      // …"), it is of that day, not the news's; hung on words of the same speaker ("blamed a group,
      // calling it …"), it is those words.
      const onSaying = isOnSaying(trigger, before);
      if (participle && !onSaying && sentence.triggers.some((t) => t.end <= trigger.start && (SPEECH_KINDS.has(t.value) || sentence.anchors.some((a) => a.trigger === t && !a.borrowed)))) continue;
      const h = onSaying ? { ...told, tense: 'present' as const, perfect: undefined } : participle ? { ...told, tense: 'past' as const } : joinedToPastPerfect(told, before) ? { ...told, perfect: 'past' as const } : told;
      // A plan put off is a postponement that happened, however planned it was, and one told as the
      // setting of the news ("spoke at 5 pm, after the call planned for noon was put off") too.
      const postponed = sentence.about.get(trigger)?.phase === 'postpone';
      // Harm counted is dated by the violence that caused it; harm whose doer the report itself
      // names ("gunmen killed five villagers") is that attack, dated as any act is (triggersOf
      // typed it). Told by a source, it stays the source's charge.
      const toll = h.casualty && (trigger.type === undefined || h.told !== undefined);
      if (dated.has(trigger) || (setFrom !== undefined && trigger.start > setFrom) || setAfter(sentence, trigger) || (h.background && !postponed) || toll || (h.modality !== undefined && !postponed) || h.tense === 'future') continue;
      if (inPast && h.tense === 'past' && h.perfect === undefined) continue;
      if (recapOfDays && h.tense === 'past' && h.perfect === undefined) continue;
      if (inRecap && (h.tense === 'past' || h.tense === undefined) && h.perfect === undefined && h.told === undefined) continue;
      if (atThatTime) continue;
      // "had earlier appealed to": told as earlier than the news, with no day to place it.
      // The opening's own words ("A day earlier, …", "Two days earlier …") place the sentence, and
      // tell no recap of what follows them.
      if (!earlierThatDay && EARLIER.test(sentence.span.text.slice(Math.max(0, trigger.clause.start, sequelDay ? opening!.end : 0), trigger.start))) continue;
      // Told by someone, or hung on another clause, it is their words of the day ("answered that the other side had been making accusations for two months").
      // "have said repeatedly that …": the words right after a verb may tell it as standing, though its clause ends at the verb.
      const standingEnd = Math.max(trigger.clause.end, trigger.end + (/^(?:\s+[\p{L}-]+){0,3}/u.exec(sentence.span.text.slice(trigger.end))?.[0].length ?? 0));
      // "have in the past rejected the charges and have accused Arland of …": a verb that shares the
      // subject of the clause before it (no subject of its own) shares that clause's standing words.
      const conjunct = CONJUNCT_PERFECT.test(sentence.span.text.slice(Math.max(0, trigger.clause.start - 6), trigger.start));
      const standingFrom = conjunct ? 0 : Math.max(0, trigger.clause.start);
      if (h.told === undefined && (conjunct || !SUBORDINATE.test(before)) && STANDING.test(sentence.span.text.slice(standingFrom, standingEnd))) continue;
      // Reported speech shifts the simple past back ("officials said 137,000 had been evacuated",
      // "answered that X had been making accusations"), and a clause hung on another ("villagers who
      // had fled") is dated with it: only a past perfect that is its sentence's own telling is background.
      // "The trucks had been on their way to Velmora when they were attacked": a "when" clause set
      // at the time of a past perfect is before the story's time too, however it is told.
      // A teller set off by commas inside the sentence ("the fighting had grown worse, the mayor
      // said, and villagers had fled") makes it reported speech too, which shifts the past back.
      const earlier = (h.perfect === 'past' && h.told === undefined && !SUBORDINATE.test(before) && !inSequence && sequelDay === undefined && !tellerAside && earlierThatDay === undefined) ||
        (h.perfect === undefined && h.tense === 'past' && WHEN_OF_PERFECT.test(before)) ||
        // "Ondria's airline had already said its flights would be rerouted", "…but that the council
        // had already decided to impose sanctions": "already" with a past perfect sets what its
        // clause tells before the story's time, by its own word, told or not.
        HAD_ALREADY.test(sentence.span.text.slice(Math.max(0, trigger.clause.start), trigger.end));
      const toldByParticiple = isToldByParticiple(h, sentence.span.text);
      // "Arland expects an apology, a guard commander said": a present inside words whose teller,
      // named after them, gave them in the past is what they said that day, not where a side
      // stands. (A teller named first, "said it regrets", often sums up a standing view.)
      const toldInPast = h.told !== undefined && h.told.frame.start >= trigger.end && PAST_FRAME.test(h.told.frame.text) && !RELATIVE_BEFORE.test(before);
      const now = !toldByParticiple && !(SPEECH_KINDS.has(trigger.value) && toldInPast) && (h.perfect === 'present' || (h.tense === 'present' && h.perfect === undefined));
      // "Arland accuses Borea of backing the attackers; Velmora denies it", far down a report: a
      // standing position, not the day's news.
      // A named act of speech as a lede, or in the few sentences that go on with the lede's news
      // ("The envoy asks that the prisoners be freed", "Arland blames Borea for the strike"), or any
      // as a live entry, in the news present ("Borea accuses Arland of shelling villages.", "14:05 —
      // Borea says …"), is the day's news; a bare "says" often sums up where the sides stand ("each
      // side says the pass is its own"), and so does a relative clause ("…, which Borea denies").
      // After the lede, only words that tell of an act ("blames Borea for the strike", "asks that
      // they be released"): a charge of standing conduct ("accuses Borea of backing the rebels")
      // names none.
      const tellsAct = sentence.happenings.some((x) => x.kind !== undefined && x.trigger.start >= trigger.end);
      const ledeNews = i === lede || (i > lede && i - lede <= LEDE_NEWS_SENTENCES && tellsAct && !RELATIVE_BEFORE.test(before) && !OPEN_QUOTE.test(before));
      const entry = entryLine || (ledeNews && !/^says$/i.test(trigger.text));
      if (SPEECH_KINDS.has(trigger.value) && h.tense === 'present' && h.perfect === undefined && !onSaying && !toldInPast && !(entry && isNewsPresent(h, trigger.text, before))) continue;
      // "Borea says Arlandese troops opened fire on its posts", "Borea has said …", after the lede: a
      // charge told in the present or its perfect is where its teller stands, though the act it tells
      // is past; only the lede or a live entry tells it as the day's news.
      if (trigger.happening.rule === 'told-accusation' && (PRESENT_TELLING.test(trigger.text) || /\b(?:has|have)\s+$/i.test(before)) && i !== lede && !entryLine) continue;
      // An article of unknown day places only what its own dates place.
      if (!publishedKnown && (now || !latest)) continue;
      // What goes on as the report is written ("they are bombing at random", "keeps shelling") is
      // the round already reported, not a new one.
      // A present told in the past ("officials said shelling killed…") is that past.
      const toldBefore = h.told !== undefined && (PAST_FRAME.test(h.told.frame.text) || toldByParticiple);
      // "Arland shells Borean villages.", "Borea frees 22 prisoners.": a verb of the third person in
      // the simple present is the news present of a lede or a live blog's entry, news of the day;
      // "are bombing", "keep shelling", "are still deployed" and a noun go on as it is written.
      const newsPresent = (i === lede || entryLine) && isNewsPresent(h, trigger.text, before);
      // "Arlandese artillery has shelled Sevrin", as a lede: the news of the day, in the perfect.
      const ledePerfect = i === lede && h.perfect === 'present' && h.pos === 'verb';
      // "Borean artillery has again shelled Sevrin": a round the clause tells as repeated is a new
      // one, the day's news, not the round already reported going on.
      const again = AGAIN.test(sentence.span.text.slice(Math.max(0, trigger.clause.start), Math.max(trigger.end, trigger.clause.end)));
      const ongoing = (!SPEECH_KINDS.has(trigger.value) && h.tense === 'present' && h.perfect === undefined && !toldBefore && !newsPresent) || (ROUNDS.has(trigger.value) && h.perfect === 'present' && !ledePerfect && !again);
      const named = isNamedAsKnown(h, before, SPEECH_KINDS.has(trigger.value)) && !onlyInHeadline(analysis, i, trigger);
      // "In its application to the court, Arland called the downing an act of aggression": words of a
      // filing its owner lodged before, on a day the article does not give, not said that day.
      const filed = SPEECH_KINDS.has(trigger.value) && FILED_IN.test(before);
      // "UN inspectors may not enter Borea until …, a decision left to the security council": a noun
      // set after a comma at the end of what it sums up names that, not a happening of its own.
      const summing = h.pos === 'noun' && !SPEECH_KINDS.has(trigger.value) && SUMS_UP.test(before) && !/[,;]/.test(sentence.span.text.slice(trigger.end));
      // Putting off "the meeting" is news of its own, however known the meeting is.
      // "The government said the drone was destroyed by a hostile act": a known thing's fate, told
      // again as someone's account, is the happening the article already dated.
      const retold = h.told !== undefined && h.pos === 'verb' && h.perfect === undefined && KNOWN_SUBJECT.test(before) && latest !== undefined;
      // "The rebels who captured the city have declared a truce": a relative clause before the
      // sentence's news names its subject by what it did before, a happening others date.
      const naming = h.pos === 'verb' && isNamingClause(before) && sentence.triggers.some((t) => t.start >= trigger.end && !t.happening.background);
      const ahead = newsBefore !== undefined && fronted.some((start) => trigger.end <= start);
      // "Three people died and shops were looted": harm told in the simple past by no one, after an
      // older round; or sourced after it ("they opened fire, the statement said"), which goes on with
      // the account, where a teller put first ("Borea said …") starts an account of its own.
      const ofRound = story !== undefined && ROUNDS.has(trigger.value) && h.tense === 'past' && h.perfect === undefined && (h.told === undefined || h.told.frame.start > trigger.end) && !now;
      // "At 9:44 a.m. the cutter fired its water cannon": what goes on telling the round of the scene
      // set just before is that round's own report, though it names its weapon as known.
      // "Arland's border service said Borean troops had fired on villages": an act one side charges
      // the other with, told with no day of its own, is what that charge says (its accusation is
      // the day's news): it may join the round others date, but is no event of the day of telling.
      const accused = !SPEECH_KINDS.has(trigger.value) && h.told !== undefined && h.agent !== undefined && sentence.triggers.some((t) => t.value === 'accusation' && t.happening.rule === 'told-accusation' && t.start === h.told!.frame.start && t.happening.addressee !== undefined && t.happening.addressee.start < h.agent!.end && h.agent!.start < t.happening.addressee.end);
      // "Arland accused Borea on Tuesday of abducting two farmers": the act a charge names as what it
      // is made of, with no day of its own, is what the charge says, not an act of the day it is made.
      // So is an act with no doer of its own that follows the side a telling charges ("said Borea had
      // broken the truce within hours with firing"): the charged side's act, told as the charge.
      const charged = !SPEECH_KINDS.has(trigger.value) && h.told !== undefined && sentence.triggers.some((t) => t.value === 'accusation' && t.type !== 'denial' && t.start === h.told!.frame.start &&
        (t.happening.rule !== 'told-accusation' || (h.agent === undefined && t.happening.addressee !== undefined && t.happening.addressee.end <= trigger.start && !REPELLED.test(sentence.span.text.slice(t.happening.addressee.end, trigger.start)))));
      // "Borea has rejected the charge", below the lede's news: an answer in the present perfect to a
      // charge the article named is where that side stands, given on a day the words do not say; it
      // may join the answer another report dates, never stand alone on the day of publication.
      const standingAnswer = SPEECH_KINDS.has(trigger.value) && h.perfect === 'present' && h.told === undefined && !ledeNews && !entry && THE_CHARGE.test(sentence.span.text.slice(trigger.start, Math.max(trigger.end, trigger.clause.end)));
      // "Arland blames the attack on a Borean group and has accused Borea of sheltering it": a
      // perfect saying joined to a standing present one of the same subject, with no day in the
      // sentence, stands where that one stands; it may join a saying another report dates.
      const standingConjunct = SPEECH_KINDS.has(trigger.value) && h.perfect === 'present' && i !== lede && !entryLine && sentence.dates.length === 0 &&
        PRESENT_SAYING_AND_PERFECT.test(sentence.span.text.slice(0, trigger.start));
      // "called off a visit that had been set for Wednesday", told on Saturday: a plan called off
      // before the day it was due, gone more than a day before the news, was called off on a day the report does not give; it
      // may join the postponement another report dates, never stand at the news day.
      const calledOffBefore = postponed && publishedKnown && sentence.anchors.some((a) => a.trigger === trigger && a.due && (() => {
        const due = timeOf(a);
        // The news day the sentence is read at, unless that is only the plan's own day.
        const news = latest && latest.date !== due?.date ? latest : today;
        return due !== undefined && daySpan(due.endDate ?? due.date).last < daysAfter(news.date, -1);
      })());
      // "Borea's president had condemned the boarding and warned of a response": words joined by
      // "and" to a statement in the past perfect share its "had", and are a recap of it as it is
      // (buildMentions), though a sequence word ("before the tanker was released") keeps the clause in
      // the story's time.
      const recalledSaying = trigger.value === 'statement' && h.perfect === 'past' && told.perfect === undefined &&
        sentence.triggers.some((t) => t.end <= trigger.start && t.value === 'statement' && t.happening.perfect === 'past');
      // "Their statement said Borean troops had fired on villages", "two of the injured said
      // Borean police had shot at them from the bank", "Ferrin said Borean guards had entered Arlandese
      // ground": violence a named side's forces had done, told in the past perfect by someone who is
      // not of that side, is that teller's account of it, an earlier round; it may join the round
      // others date, but makes no event of the day of telling (the charge, where one is read, is
      // that day's news). A side's own account of its forces' acts, or a named person's whose side
      // the article does not say ("an army spokesman wrote that the army had targeted …"), stays
      // news of the day.
      const doerSide = VIOLENT.has(trigger.value) && h.told !== undefined && h.perfect === 'past' && h.told.frame.start < trigger.start ? sentence.about.get(trigger)?.agent : undefined;
      const tellerSide = doerSide === undefined ? undefined : sentence.tellersAt?.filter((t) => t.start <= h.told!.frame.end).at(-1)?.name;
      const toldOfOther = doerSide !== undefined && (tellerSide === undefined || (tellerSide !== doerSide && sentence.actors.includes(tellerSide)));
      // "The border service says it detained him two kilometres inside Borea", below the lede: an act a
      // teller tells in the present, in the simple past, with no day of its own, is that teller's
      // standing account of an earlier round, no act of the day it is reported.
      // So is one told under the present perfect of telling ("Arlandese officials have said the
      // convoy ran into an ambush"): the telling has no day either, and stands as the present does.
      // A noun there ("an ambush") has no tense of its own and is told as the verbs are.
      const standingAccount = !SPEECH_KINDS.has(trigger.value) && h.told !== undefined && h.perfect === undefined && h.told.frame.start < trigger.start && i !== lede && !entryLine &&
        ((h.tense === 'past' && PRESENT_TELLING.test(h.told.frame.text)) ||
          ((h.tense === 'past' || (h.tense === undefined && h.pos === 'noun')) && PAST_FRAME.test(h.told.frame.text) && PERFECT_BEFORE.test(sentence.span.text.slice(0, h.told.frame.start))));
      const anaphoric = calledOffBefore || (!postponed && (ongoing || (named && !ofRound) || earlier || retold || naming || filed || summing || accused || charged || standingAnswer || standingConjunct || recalledSaying || toldOfOther || standingAccount));
      if (ofRound) goesOn = true;
      const base = now ? (entryDay ?? today) : ((toldByParticiple ? own : undefined) ?? sequelDay ?? earlierThatDay ?? following ?? (ofRound ? story : undefined) ?? (ahead ? newsBefore : latest) ?? today);
      // "The president condemned the shooting": a reaction that names the act it answers ("the
      // shooting", "the killings") is told of after it; the act's day, which the story reached,
      // is not its own. With no day of its own, it lies between the act and the report.
      // "The attack follows a report, only days ago, that rebels had seized four soldiers": a recap
      // of the days before the telling, not of its day; with no day of its own, it lies in that week.
      // "Two days earlier Borea …": an opening that counts the days gives the day itself.
      if (!now && sequelDay === undefined && isToldAsDaysAgo(sentence.span.text, trigger)) {
        const telling = latest && latest.date < today.date && isExactDay(latest) ? latest : today;
        found.push({ sentence, trigger, time: daysBefore(telling), anaphoric: true });
        continue;
      }
      const act = SPEECH_KINDS.has(trigger.value) && !now && base === latest && isExactDay(base)
        ? sentence.triggers.find((t) => t !== trigger && ROUNDS.has(t.value) && t.happening.pos === 'noun' && t.happening.determiner !== undefined && DEFINITE.has(t.happening.determiner))
        : undefined;
      // The act's own day, when the sentence just before dated one of its kind earlier than the news
      // day ("…follows the killing of three soldiers in an ambush on Sunday. The ministry blamed a
      // group, calling the killings …"): the reaction lies from that day to the news day.
      const actDay = act && latestDay(analysis.sentences.slice(Math.max(0, i - ACT_SENTENCES), i).flatMap((s) => s.anchors.filter((a) => a.trigger.value === act.value && !a.borrowed && !a.told && a.tense !== 'future').map(timeOf)));
      const earlierAct = actDay !== undefined && actDay.date < base.date;
      const answers = act !== undefined && (earlierAct || base.date < today.date);
      // "The militia rejected the charge": an answer to the charge the sentence before told is of its days.
      const answersCharge = SPEECH_KINDS.has(trigger.value) && !now && base === latest && reaction?.sentence === i - 1 && THE_CHARGE.test(sentence.span.text) ? reaction.time : undefined;
      const time = answers
        ? reactionWindow(earlierAct ? actDay : base, earlierAct ? base : today, LATER.test(sentence.span.text))
        : (answersCharge ?? base);
      if (answers && time !== base) reacted = time;
      // "Shelling went on overnight": the night into the day of publication, or, when the story has
      // reached an earlier day, the night after it (nightOf says why one day).
      const night = tellsOfNight(sentence.span.text.slice(trigger.clause.start, trigger.clause.end)) && isExactDay(time);
      const nightDay = night ? nightOf(time.date, time.date === today.date ? 'telling' : 'story') : undefined;
      // "On Friday Ferrin met Orvan. Ferrin warned that …": words with no time of their own, right
      // after an occasion their speaker took part in, were said there (occasionOfSaying says when not).
      const occasion = !now && !answers && answersCharge === undefined && sequelDay === undefined && following === undefined && earlierThatDay === undefined && isExactDay(time)
        ? occasionOfSaying(analysis, i, trigger, timeOf, latestTold, time)
        : undefined;
      const given = occasion ?? (nightDay ? { date: nightDay, approximate: false } : time);
      // "The agency said on Thursday night that Borea had fired five shells": violence a telling of a
      // day tells happened by that day, not on the later day the story has reached. (What else it
      // tells, an accord or a closure, is the words of that telling, and stays with the story's day:
      // dated to the telling, it stood beside the statement as a second event of one day's words.)
      found.push({ sentence, trigger, time: toldOn && ROUNDS.has(trigger.value) && given.date > toldOn.date ? toldOn : given, anaphoric });
    }
    // What the telling's offset counts from replaces the day the context gave it. Only this
    // sentence's times are searched, so the article's whole list is not walked once a sentence.
    const counted = countedFromNews(sentence, found.slice(ownFrom), dated, latest ?? today, toldOn);
    for (const c of counted) {
      const given = found.slice(ownFrom).findIndex((f) => f.trigger === c.trigger);
      if (given >= 0) found.splice(ownFrom + given, 1);
    }
    found.push(...counted);
    if (goesOn && round === undefined) round = story;
    reaction = reacted ? { sentence: i, time: reacted } : undefined;
    // The headline's own news, once the lede has set the day it is told on.
    if (i === lede) found.push(...headlineNews(analysis, lede, latest ?? dayNamed(sentence) ?? (publishedKnown ? today : undefined)));
  });
  return found;
}

type Happening = Trigger['happening'];

/**
 * "Arland Reopens Halvane Crossing" over a lede that tells "Lorries moved again through Halvane on
 * Thursday": a headline in the news present names the report's news, and when no sentence of the
 * body retells an act of its kind in words the lexicon reads, the headline is the only telling of
 * it: it happened on the day the lede gives the news (or, with none, the day of publication). A
 * headline act the body does retell is dated there; words said, or told as someone's account
 * ("Borea says troops crossed"), stay with the body's telling, which names who spoke.
 */
function headlineNews(analysis: ArticleAnalysis, lede: number, day: ResolvedTime | undefined): ContextTime[] {
  if (lede < 1 || day === undefined) return [];
  const retold = new Set(analysis.sentences.slice(lede).flatMap((s) => s.triggers.map((t) => t.value)));
  return analysis.sentences.slice(0, lede).flatMap((sentence) =>
    sentence.triggers
      .filter((t) => !retold.has(t.value) && !SPEECH_KINDS.has(t.value) && !t.happening.background && t.happening.modality === undefined && t.happening.told === undefined &&
        isNewsPresent(t.happening, t.text, sentence.span.text.slice(0, t.start)))
      .map((trigger) => ({ sentence, trigger, time: day, anaphoric: false })));
}

// The word that opens a setting told before or after the news: "after the attack", "following talks".
const SETTING_OPENER = /\b(?:after|following|since|amid)\b/gi;

/** Whether a point of a sentence lies in a setting's phrase: after "after", with no mark to close the phrase before it. */
function inSetting(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opener = [...before.matchAll(SETTING_OPENER)].at(-1);
  return opener !== undefined && !/[,;:—–]/.test(before.slice(opener.index));
}

/** A live blog's stamp lines: how many an article needs before its lines are read as entries', not the page's. */
const LIVE_ENTRIES = 2;
// A clock time: what a live blog's entry stamp gives besides its day ("21:40 (GMT) 12 Mar 2024").
const CLOCK = /(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)/u;

/**
 * The days of a live blog's entries, by the index of the stamp line that heads each: a line that
 * is only a day with its clock time ("21:40 (GMT) 12 Mar 2024", "Mar 12, 2024 21:40"), when the
 * article has several. What the entry below tells undated is of that day, not the day of the page:
 * entries run back through the night before the page's stamp. A stamp that says what it is
 * ("Updated: …") is the page's, and one line with a clock may be too.
 */
function entryStamps(analysis: ArticleAnalysis, published: DateTime): ReadonlyMap<number, ResolvedTime> {
  const stamps = new Map<number, ResolvedTime>();
  analysis.sentences.forEach((sentence, i) => {
    const stamp = CLOCK.test(sentence.span.text) ? readStamp(sentence.span.text, 'line') : undefined;
    if (!stamp || stamp.worded || stamp.spec.year === undefined) return;
    const day = resolveTime(stamp.spec, published, 'past');
    if (isExactDay(day) && day!.date <= published.toISODate()!) stamps.set(i, day!);
  });
  return stamps.size >= LIVE_ENTRIES ? stamps : new Map();
}

// A live blog's entry opens on its time or its day set off by a dash or a colon: "14:05 — …", "June 8: …".
const ENTRY_STAMP = new RegExp(String.raw`^\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local time))?|(?:\d{1,2}\s+)?(?:${MONTH_NAMES.join('|')})(?:\s+\d{1,2})?)\s*(?::|[—–]|-{1,2})\s`, 'i');
// Verbs whose past is their present: "set", "hit" and "cut" in a sentence of the past are no present.
const SAME_PAST = new Set(['set', 'hit', 'put', 'cut', 'shut', 'spread', 'beat', 'cast', 'let', 'burst', 'quit', 'rid', 'shed', 'split', 'upset', 'bid', 'broadcast', 'hurt', 'cost', 'read']);
/** The modals, as a regex source. */
const MODALS = 'will|would|shall|should|can|could|may|might|must';
// What makes a bare verb no finite present: an infinitive's "to", an auxiliary or a modal before it.
const NOT_FINITE_BEFORE = new RegExp(String.raw`\b(?:to|${MODALS}|do|does|did|not|n't|let|make|help)\s+(?:\S+\s+)?$`, 'i');
// "A hard winter may yet achieve what talks could not, and end the standoff": a bare verb joined by "and" to a
// modal's clause shares the modal.
const MODAL_CONJUNCT_BEFORE = new RegExp(String.raw`\b(?:${MODALS})\s[^.;:!?]*\band\s+$`, 'i');

/**
 * A verb in the simple present, not progressive ("shells", "closes", "clash", "flee"): the news
 * present of a headline-like lede or a live blog's entry.
 */
function isNewsPresent(h: Happening, text: string, before: string): boolean {
  if (h.tense !== 'present' || h.perfect !== undefined) return false;
  // "Arland and Borea agree ceasefire", "Borea imposes curfew": a noun a verb of making or
  // holding governs in the simple present is that verb's news.
  if (h.pos === 'noun') return h.governor !== undefined && /^(?:agree|agrees|sign|signs|announce|announces|declare|declares|hold|holds|launch|launches|open|opens|impose|imposes|order|orders)$/i.test(h.governor.text.split(/\s+/)[0] ?? '');
  if (h.pos !== 'verb') return false;
  const word = text.split(/\s+/)[0]!.toLowerCase();
  const lemma = h.lemma.split(/\s+/)[0]!.toLowerCase();
  if (word === lemma) return !SAME_PAST.has(word) && !/ing$/.test(word) && !NOT_FINITE_BEFORE.test(before) && !MODAL_CONJUNCT_BEFORE.test(before);
  return /[^s]s$/.test(word) && (word === `${lemma}s` || word === `${lemma}es` || word === `${lemma.slice(0, -1)}ies`);
}

/**
 * "Arland responded by tightening checks at the border", "…, the army said, accusing Borea of …":
 * a bare participle set off after a main clause told in the past, or the means of it after "by",
 * is of that past too.
 */
const isParticipleOfPast = (trigger: Trigger, before: string) =>
  trigger.happening.pos === 'verb' &&
  trigger.happening.tense === 'present' &&
  trigger.happening.perfect === undefined &&
  PARTICIPLE.test(trigger.text) &&
  (AFTER_COMMA.test(before) || BY_MEANS.test(before)) &&
  PAST_MAIN.test(before);

/**
 * "issued a joint statement on Monday announcing a ceasefire": told by a participle hung on a main
 * clause in the past, it is of that past, on the day the main clause gives. Not a charge so hung
 * on ("with both sides accusing each other of violating the truce"): that stays a claim of no day.
 */
const isToldByParticiple = (h: Happening, text: string) =>
  h.told !== undefined && !h.told.claim && ANNOUNCING.test(h.told.frame.text) && PAST_MAIN.test(text.slice(0, h.told.frame.start));

/**
 * "the truce", "its offensive": named as known; not a verb the tagger took for a noun ("its air
 * force shot down"), nor one its own words tell as new ("the latest shelling", "the second attack
 * in a week", "the renewed clashes"): a definite article there orders a happening after others of
 * its kind, it does not point back to one already told. Nor the occasion of a saying, owned by its
 * speaker ("the minister told her weekly briefing that …", "said at his news conference"): the
 * possessive names who speaks there, the telling itself, not words an earlier report gave.
 */
const isNamedAsKnown = (h: Happening, before: string, speech: boolean) =>
  h.pos === 'noun' &&
  h.determiner !== undefined &&
  DEFINITE.has(h.determiner) &&
  !PARTICLE.test(h.trigger.text) &&
  !isToldAsNew(before) &&
  !(speech && OWN_OCCASION.test(before.slice(-NOUN_PHRASE_CHARS)));

/** A teller set off by commas inside the sentence: "Arland, the spokesman added, had …", ", he said, ". */
const TELLER_ASIDE = /,\s+(?:he|she|they|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+|[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2})\s+(?:said|added|says|adds|told\s+[\p{L}-]+|explained|noted|insisted)\s*,/u;

/**
 * "Arland sets Borean fishermen free" as a headline, and below it "The release was the first in two
 * years": a happening named as known whose only earlier telling is the article's own headline
 * names the article's news, which the headline does not date and the body told in words the
 * lexicon does not read; it is that news, not a recap of something told elsewhere.
 */
function onlyInHeadline(analysis: ArticleAnalysis, i: number, trigger: Trigger): boolean {
  const lede = analysis.sentences.findIndex((s) => !isHeading(s.span.text));
  if (lede < 1 || i < lede || ROUNDS.has(trigger.value)) return false;
  const same = (t: Trigger) => t.value === trigger.value && t.type === trigger.type;
  return analysis.sentences.slice(0, lede).some((s) => s.triggers.some(same)) &&
    !analysis.sentences.slice(lede, i).some((s) => s.triggers.some((t) => t.value === trigger.value)) &&
    !analysis.sentences[i]!.triggers.some((t) => t !== trigger && t.value === trigger.value && t.start < trigger.start);
}

/** A possessive noun phrase, up to its noun, that a telling is addressed to or given at: "told her annual", "at his", "in their weekly". */
const OWN_OCCASION = /\b(?:told|addressed|at|in|during)\s+(?:its|their|his|her|our)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Whether "only days ago" comes before a happening, or within its clause: told as of the days before the telling. */
function isToldAsDaysAgo(text: string, trigger: Trigger): boolean {
  const ago = DAYS_BEFORE.exec(text);
  return ago !== null && (trigger.start > ago.index || (ago.index >= trigger.clause.start && ago.index < trigger.clause.end));
}

/**
 * "…, Arland says, urging Borea to prevent a repeat": words hung on a headline saying are that
 * saying's, news of the day the report is written, whatever day the act it tells has.
 */
const isOnSaying = (trigger: Trigger, before: string) =>
  SPEECH_KINDS.has(trigger.value) && trigger.happening.pos === 'verb' && PARTICIPLE.test(trigger.text) && SAYS_BEFORE.test(before);

/** A telling, with its day, set off by a comma right before an offset: "…, Borea said on Monday, a week after". */
/** How far before an offset its telling is looked for: a verb of telling, its day and a comma. */
const TELLING_REACH = 120;
const TOLD_BEFORE_OFFSET = /\b(?:said|says|told|announced|stated|declared|warned|insisted)\b[^,;:]*,\s*$/i;

/** A subject naming the news as known, then "came" or "follows": "The request came", "The move follows", "It came". */
const KNOWN_NEWS = /^\s*(?:it|(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:came|comes|followed|follows)\s+(?:only\s+|just\s+|barely\s+)?$/iu;

/**
 * "A day after Arland closed the border, Borea recalled its envoy": what an offset phrase names in
 * its clause, with no day of its own, lies that many days from the day the sentence's undated news
 * is given. `found` holds the days the sentence was given so far; `dated`, the happenings it dates itself;
 * `storyDay`, the day the story has reached, for news the sentence names only as known ("The move came …").
 */
function countedFromNews(sentence: SentenceAnalysis, found: readonly ContextTime[], dated: ReadonlySet<Trigger>, storyDay: ResolvedTime, toldOn?: ResolvedTime): ContextTime[] {
  const given = found.find((c) => c.sentence === sentence && !c.trigger.happening.background && isExactDay(c.time) && c.time.endDate === undefined);
  const text = sentence.span.text;
  const counted: ContextTime[] = [];
  for (const offset of findOffsets(text)) {
    // A comma inside a figure ("8,000 migrants") ends no clause.
    const comma = /,(?!\d)/.exec(text.slice(offset.end));
    const end = comma ? offset.end + comma.index : text.length;
    // "Arland must withdraw, Borea said on Monday, a week after its troops crossed the line": with
    // no news before the offset but the telling, the telling's day is what it counts from, and
    // what the offset names is the happening counted, whatever day the context gave it.
    const byTelling = toldOn !== undefined && isExactDay(toldOn) && TOLD_BEFORE_OFFSET.test(text.slice(Math.max(0, offset.start - TELLING_REACH), offset.start)) &&
      !sentence.triggers.some((t) => t.end <= offset.start && !t.happening.background) &&
      (!given || (given.trigger.start >= offset.end && given.trigger.start < end));
    // "The request came a day after Borea had written to the council": news named only as known,
    // which the story told just before, is of the day the story reached.
    const from = byTelling ? toldOn : (given?.time ?? (KNOWN_NEWS.test(text.slice(0, offset.start)) && isExactDay(storyDay) ? storyDay : undefined));
    if (!from) continue;
    const date = DateTime.fromISO(from.date, { zone: 'UTC' }).minus({ days: offset.days }).toISODate()!;
    for (const trigger of sentence.triggers) {
      const named = byTelling ? trigger.start >= offset.end && trigger.start < end && trigger.happening.modality === undefined : isCountedFrom(trigger, offset.end, end);
      if (!named || dated.has(trigger) || [...(byTelling ? [] : found), ...counted].some((c) => c.trigger === trigger)) continue;
      counted.push({ sentence, trigger, time: { date, approximate: false }, anaphoric: false, counted: true });
    }
  }
  return counted;
}

/** The days a reaction to an act of one day may lie in, up to the news day or the report: from the act's day, or the day after it when told as later. */
function reactionWindow(act: ResolvedTime, until: ResolvedTime, later: boolean): ResolvedTime {
  const from = later ? daysAfter(act.date, 1) : act.date;
  return from >= until.date ? until : { date: from, endDate: until.date, approximate: true };
}

/** The week of days before a telling, as a window: what was told as "days ago". */
function daysBefore(telling: ResolvedTime): ResolvedTime {
  return { date: daysAfter(telling.date, -DAYS_AGO_WINDOW), endDate: daysAfter(telling.date, -1), approximate: true };
}
