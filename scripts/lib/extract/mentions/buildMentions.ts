import { isSetAtThatTime } from './isSetAtThatTime.ts';
import { isPrecedentTold } from '../sentences/isPrecedentTold.ts';
import type { DateTime } from 'luxon';
import type { Citation, Claim, EventType, Figure, Kind, Place, Status } from '../../../../src/lib/eventSchema.ts';
import { DAY_MS } from '../../../../src/lib/dayMs.ts';
import { daySpan } from '../../../../src/lib/partialDate.ts';
import type { Voice } from '../sentences/voiceOf.ts';
import { officesOfPeople } from './officesOfPeople.ts';
import { latestOfKind } from '../events/latestOfKind.ts';
import type { Phase } from '../lexicon/lexiconSchema.ts';
import type { Anchor, ArticleAnalysis, SentenceAnalysis, Trigger } from '../sentences/analyseArticle.ts';
import { SPEECH_KINDS } from '../sentences/speechKinds.ts';
import { nearestByWords, rankByWords, type At } from '../sentences/nearestByWords.ts';
import { wordDistance } from '../sentences/wordDistance.ts';
import type { TimeExpression } from '../time/findTimeExpressions.ts';
import { resolveSpan } from '../time/resolveSpan.ts';
import { aheadOfNamedDay } from '../time/aheadOfNamedDay.ts';
import { isExactDay } from '../time/isExactDay.ts';
import { listedWeekday } from '../time/listedWeekday.ts';
import { isAnniversaryDate } from '../time/isAnniversaryDate.ts';
import { isWithinWeek } from '../time/isWithinWeek.ts';
import { nightEdge } from '../time/nightEdge.ts';
import { resolveTime, type ResolvedTime } from '../time/resolveTime.ts';
import { contextTimes } from './contextTimes.ts';
import { announcedStep } from './announcedStep.ts';
import { isStepDecidedWhenTold } from './isStepDecidedWhenTold.ts';
import { antecedentOf } from './antecedentOf.ts';
import { BLAME_WORDS } from './blameWords.ts';
import { deniedTriggers } from './deniedTriggers.ts';
import { isFigureOfCause } from './isFigureOfCause.ts';
import { isFigureOfNothing } from './isFigureOfNothing.ts';
import { isParticipleOf } from './isParticipleOf.ts';
import { isPlaceOfTelling } from './isPlaceOfTelling.ts';
import { originWords } from '../sentences/fireOrigin.ts';
import { isToldAsNew } from '../sentences/isToldAsNew.ts';
import { isStandingToll } from './isStandingToll.ts';
import { roundsCounted } from './roundsCounted.ts';
import { VIOLENT_KINDS } from '../happenings/violentKinds.ts';
import { uniqueBy } from '../../../../src/lib/uniqueBy.ts';

/** How a mention's date was found. */
export type Dating =
  /** A date of its own clause or sentence. */
  | 'own'
  /** The day it was told of: "X said on Monday that its army had taken the town". */
  | 'told'
  /** The article's time at that point: the day of the happening its sentences were last about. */
  | 'context';

/** One article's report of one dated happening, with everything the article says of it. */
export interface Mention {
  source: string;
  /** Publication day of the article. */
  published: string;
  /** Index of the sentence that dates it; orders mentions within an article. */
  sentence: number;
  kind: Kind;
  type?: EventType;
  phase?: Phase;
  who?: string;
  name?: string;
  time: ResolvedTime;
  dating: Dating;
  /** Named as already known and dated only by context ("the truce"): it joins a happening others date, never stands alone. */
  anaphoric: boolean;
  /** Told as the cause or setting of the news ("after clashes on Sunday"): a recap of another happening. */
  background: boolean;
  status: Status;
  /** A plan at the day it was due on, called off or put off with no new day ("cancelled the trip due on Wednesday"): not held that day. */
  calledOff?: boolean;
  /** A later sentence or report denies it: it stays one side's claim. */
  denied: boolean;
  /** For statements, appeals, proposals, accusations and denials: who spoke, and to whom. */
  speaker?: string;
  addressee?: string;
  /** Who within the speaker's side spoke, an office or a person: it keeps two voices' sayings apart, and is never shown. */
  voice?: Voice;
  /** Who did it, as a party: "Borean missiles" → Borea. */
  agent?: string;
  /** For something said, how a title says it: "urges", and what about: "restraint". */
  says?: string;
  saysAbout?: string;
  actors: string[];
  places: Place[];
  citations: Citation[];
  figures: Figure[];
  claims: Claim[];
  /** Kinds of the reports a fold stage merged into this one: a clash that also told a capture ("opened fire and then seized them"). */
  folded?: Kind[];
  /** The report's index among the reports built, kept through every stage so a trace can say what became of it. */
  origin?: number;
  /** The `origin`s of the reports a fold stage merged into this one, for the trace. */
  absorbed?: number[];
}

/** Words before a place that make it where a journey began: "travelling from", "flying in from", "leaving";
 * "officials from Borea" come from no journey. */
const SET_OUT_FROM = /\b(?:(?:travell?(?:ing|ed)|fl(?:ying|ew)|arriv(?:ing|ed)|c(?:oming|ame)|return(?:ing|ed)|driv(?:ing|e|en)|drove|head(?:ing|ed))(?:\s+(?:in|back|over))?\s+from|leaving|left|depart(?:ing|ed)(?:\s+from)?)\s+(?:the\s+)?$/i;
/** An apposition of an article, a noun and a named sayer, up to its verb of saying: ", a step Washington has" in ", a step Washington has called provocative". */
const APPOSED_SAYING = /,\s+an?\s+\p{Ll}+\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*\s+(?:(?:has|have|had)\s+)?$/u;

/** Words at most between a denial and the happening it names: "denied on Tuesday that its troops had shelled". */
const DENIED_WORDS = 8;


/** Whether a happening is named by a denial before it in its own clause, as what is denied. */
function isDeniedBy(sentence: SentenceAnalysis, trigger: Trigger): boolean {
  const text = sentence.span.text;
  return sentence.happenings.some((h) => {
    if (h.type !== 'denial' || h.negated || h.trigger.end > trigger.start) return false;
    const between = text.slice(h.trigger.end, trigger.start);
    // "rejected accusations that its troops had provoked the clash": who started it is denied, not the clash.
    if (BLAME_WORDS.test(between)) return false;
    return !/[,;:.!?]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= DENIED_WORDS;
  });
}

/** A figure whose article dates no happening it could count, to be placed once all articles are merged. */
export interface LooseFigure {
  kinds: readonly Kind[];
  figure: Figure;
  /** Publication day of its article: the figure counts a happening on or before it. */
  published: string;
  /** For a count its article tells as news: the happening it counts went on after this day, within the days before publication. */
  since?: string;
}

/** A claim that names no dated happening of its own, to be placed once all articles are merged. */
export interface LooseClaim {
  kind: Kind;
  claim: Claim;
}

// Kinds a count of people killed, injured or displaced can belong to, in the order each measure
// prefers: the dead of the violence, the displaced of the flight first. A flight kills no one: the
// dead of a sentence that tells only people fleeing ("three villagers dead; hundreds flee") are of
// a violence it does not name, never of the flight.
const VIOLENT: readonly Kind[] = [...VIOLENT_KINDS];
const FLIGHT_FIRST: readonly Kind[] = ['humanitarian', ...VIOLENT_KINDS];
/** Kinds a toll tells what a happening did: the violence of the dead and wounded, any of the fled. */
const TOLL_KINDS: Partial<Record<Figure['measure'], readonly Kind[]>> = { killed: VIOLENT, injured: VIOLENT, displaced: FLIGHT_FIRST, evacuated: FLIGHT_FIRST };
const kindsCounting = (measure: Figure['measure']) => (measure === 'displaced' || measure === 'evacuated' ? FLIGHT_FIRST : VIOLENT);
/**
 * Days before publication a count told as an article's news may reach back: a toll in a report
 * of 27 January is of that week's violence, never of a round two months before.
 */
const TOLL_NEWS_DAYS = 7;
/** Days before publication a setting counted from the news ("a day after clashes killed four") may lie and still be news. */
const COUNTED_NEWS_DAYS = 7;
/** A verb by which one side makes a truce of its own, right before the truce's words: "declared a unilateral". */
const DECLARED_BEFORE = /\b(?:declared|announced|proclaimed|ordered)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
// A verb of harm right after a noun, whose subject the noun is: "a landmine wounded two soldiers".
const HARM_VERB_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:killed|wounded|injured|hurt|maimed|struck|hit|damaged|destroyed)\b/u;
/** Days before publication a setting dated to its own day by its own verb may lie and still be news. */
const OWN_NEWS_DAYS = 2;
// What may come before a date that opens a sentence: "In March", "Last week", "On 3 May".
/** A saying in the past that frames words told: "said", "told", "added". */
const PAST_FRAME_WORD = /^(?:said|told|added|stated|wrote|reported)$/i;
const FRONTED = /^\s*(?:(?:in|on|during|by|early|late|later)\s+)?$/i;
/** Words at most between a figure and a date that is its own ("killed dozens last year"). */
const FIGURE_TIME_WORDS = 2;
/** Words a detail (a place, a figure) may lie from the happening it is said of in another clause. */
const OTHER_CLAUSE = 6;

const withoutOffsets = <T extends { start: number; end: number }>({ start: _s, end: _e, ...rest }: T) => rest;
const firstDay = (m: Mention) => daySpan(m.time.date).first;
const unique = <T>(items: readonly T[]) => [...new Set(items)];
/** A step told in the past that waits on something: "had been closed … pending", "were suspended, awaiting". */
const WAITED_IN_PAST = /\b(?:had|was|were)\b[^;]*\b(?:pending|awaiting)\s+[^;]*$/i;
/** What lies between a happening named and a date of a clause set off after it to say what it did: ", which killed 30 people in". */
const RECALLED_BY_CLAUSE = /^[^,;:()]{0,40},\s*which\s[^,;:()]*$/i;

/**
 * Places an article's happenings on the calendar and gathers what each sentence says of them.
 * A happening is dated by its own clause, by the day it was told of, or else by the article's
 * time at that point (`contextTimes`). Each figure, place, duration and broker goes to the
 * happening of its sentence it is said of, or, in a sentence that dates none of its kind, to the
 * one the article last reported. What finds no happening in its article is returned loose, for
 * the whole corpus to place. When the day of publication is not known (`publishedKnown: false`,
 * `published` then stands for today), only the article's own dates place what it leaves undated.
 * Pure: returns new values.
 * @example buildMentions(analysis, DateTime.fromISO('2025-12-24')).mentions[0].time.date // '2025-12-24'
 */
export function buildMentions(
  analysis: ArticleAnalysis,
  published: DateTime,
  { publishedKnown = true }: { publishedKnown?: boolean } = {},
): { mentions: Mention[]; looseClaims: LooseClaim[]; looseFigures: LooseFigure[] } {
  const source = analysis.article.name;
  const publishedDay = published.toISODate()!;
  // The first day of the news window a loose toll may count from, worked out once, not per figure.
  const since = publishedKnown ? published.minus({ days: TOLL_NEWS_DAYS }).toISODate()! : undefined;

  // "Officers, who had detained six people on Sunday, …", "…, after troops shelled the post on
  // Monday": a setting told by its own verb on its own day, no more than two days before
  // publication, is that day's news, not a recap. A noun ("during fighting", "after a meeting")
  // stays the setting of the clause it hangs on.
  // A noun counts when its clause tells the harm it did: "after a landmine wounded two soldiers on Monday".
  // So does a noun its phrase counts in a series: "freed them only after a second border
  // meeting that night" is that meeting, not the setting of the freeing.
  const toldByVerb = (sentence: SentenceAnalysis, trigger: Trigger) =>
    trigger.happening.pos === 'verb' || HARM_VERB_AFTER.test(sentence.span.text.slice(trigger.end, trigger.end + 40)) || isToldAsNew(sentence.span.text.slice(0, trigger.start), { counted: true });
  const ownRecentDay = (sentence: SentenceAnalysis, trigger: Trigger, dating: Dating, time: ResolvedTime, first: string) =>
    toldByVerb(sentence, trigger) && dating !== 'context' && isExactDay(time) && first <= publishedDay && Date.parse(publishedDay) - Date.parse(first) <= OWN_NEWS_DAYS * DAY_MS;
  const dated: Mention[] = [];
  const byTrigger = new Map<Trigger, Mention[]>();
  const date = (sentence: SentenceAnalysis, trigger: Trigger, time: ResolvedTime, dating: Dating, tense: 'past' | 'future' | 'neutral', anaphoric = false, plan = false, counted = false, recalled = false, toldDay = false, due = false) => {
    // The plan of a happening put off goes ahead at its new date: the happening itself, not its postponement.
    const told = sentence.about.get(trigger)!;
    // Only a truce holds: "talks were held" says nothing of a state of the talks.
    const phase = plan || (told.phase === 'hold' && trigger.value !== 'ceasefire') ? undefined : told.phase;
    const facts = { ...told, phase };
    // A statement nobody is named as making is no event: "residents were told to stay indoors".
    if (SPEECH_KINDS.has(trigger.value) && !facts.speaker) return;
    // "…, a step Washington has called provocative": what a party said of a thing the sentence
    // names, in an apposition after it (an article and a noun, then the sayer and the verb), is
    // what it holds of that thing, told with no day: the setting of the news, no statement of its day.
    if (SPEECH_KINDS.has(trigger.value) && dating === 'context' && APPOSED_SAYING.test(sentence.span.text.slice(0, trigger.start))) return;
    // "Talks were to begin by August 8": a plan told in the past says nothing of whether it was
    // carried out, nor when; another report must tell that it happened.
    if (trigger.happening.modality === 'planned' && /^(?:was|were)\s+to$/i.test(trigger.happening.modalityWord ?? '')) return;
    // "the crossings had been closed until Saturday, pending Monday's meeting": what a step told in
    // the past waited on was ahead then; whether and when it took place, the words do not say.
    if (trigger.happening.modality === 'planned' && /^(?:pending|awaiting)$/i.test(trigger.happening.modalityWord ?? '') && WAITED_IN_PAST.test(sentence.span.text.slice(0, trigger.start))) return;
    // "visited the capital to reassure its allies", "an envoy sent to negotiate": what a journey or a
    // noun is meant for is an aim, no happening of its own, done or planned.
    if (trigger.happening.modality === 'planned' && trigger.happening.modalityWord === 'to') return;
    const first = daySpan(time.date).first;
    // A truce agreed is done, though it starts ahead: "have agreed to a truce beginning at midnight on Sunday".
    // So is one a side declared: "have declared a unilateral ceasefire, to begin on Tuesday".
    const declared = DECLARED_BEFORE.test(sentence.span.text.slice(trigger.happening.clause.start, trigger.start));
    const agreed = trigger.value === 'ceasefire' && (facts.phase === 'agree' || declared) && trigger.happening.tense === 'past' && !trigger.happening.modality;
    // A window or span still open on the day of publication lies ahead when told in the future: "talks are expected in the second or third week of the month".
    // Told in the past of the day after publication ("Agreement came early on Tuesday", filed on
    // Monday in another time zone), it took place: only the calendar of the filing lags.
    const filedBefore = tense === 'past' && trigger.happening.tense === 'past' && Date.parse(first) - Date.parse(publishedDay) === DAY_MS;
    const ahead = !agreed && !filedBefore && (first > publishedDay || (tense === 'future' && daySpan(time.endDate ?? time.date).last >= publishedDay && (first === publishedDay || time.endDate !== undefined)));
    // "Arland said on Wednesday that it will keep its crossings shut for a month": a speaker's own
    // step, announced, is that step decided on the day told, not a statement.
    const step = SPEECH_KINDS.has(trigger.value) ? announcedStep(sentence, trigger) : undefined;
    // "Borea will close the crossing later this week, its president announced on Thursday": dated
    // by its telling, a step planned is the step decided that day, done; on its own day it is planned.
    const decided = toldDay && first <= publishedDay;
    // The speaker stays named: who decided it.
    const { speaker, addressee, agent, says, saysAbout, voice } = step ? { ...facts, agent: facts.agent ?? facts.speaker, says: undefined, saysAbout: undefined } : facts;
    // "Borea denied on Tuesday that its troops had shelled the village": what a denial names is
    // the other side's claim, reported by another article or nowhere; the denial's day is not its day.
    const deniedHere = !SPEECH_KINDS.has(trigger.value) && isDeniedBy(sentence, trigger);
    const mention: Mention = {
      source,
      published: publishedDay,
      sentence: sentence.index,
      kind: step?.value ?? trigger.value,
      ...((step ?? trigger).type ? { type: (step ?? trigger).type } : {}),
      ...(facts.phase ? { phase: facts.phase } : {}),
      ...(facts.who ? { who: facts.who } : {}),
      ...(facts.name ? { name: facts.name } : {}),
      time,
      dating,
      // A truce holding or guns falling silent tell the state of a truce reported, never a new one.
      // Told in the past perfect with no date of its own ("officials had attacked the agency"), it
      // came before the story's time, on a day the article does not give: it may join a happening
      // others date, never stand alone at the news day.
      // Inside words someone said ("said they had been told not to leave"), the past perfect is only
      // the simple past shifted back by the saying: that telling is of the saying's day.
      anaphoric: anaphoric || deniedHere || phase === 'hold' || (dating === 'context' && trigger.happening.perfect === 'past' && trigger.value === 'statement' && !(trigger.happening.told && PAST_FRAME_WORD.test(trigger.happening.told.frame.text))),
      // "…on Saturday, a day after clashes killed four": a setting dated to its own day in the week
      // of the news is that day's happening; counted from a recap ("on 8 October 2023, a day after
      // …"), it stays a recap.
      background: (trigger.happening.background || recalled) && !((counted || ownRecentDay(sentence, trigger, dating, time, first)) && Date.parse(publishedDay) - Date.parse(first) <= COUNTED_NEWS_DAYS * DAY_MS),
      // A plan put off stays a plan, whichever side of the report its day lies on.
      status: decided ? 'occurred' : ahead || plan || trigger.happening.modality === 'planned' ? 'scheduled' : facts.claimed || deniedHere ? 'claimed' : 'occurred',
      ...(plan && due ? { calledOff: true } : {}),
      denied: deniedHere,
      ...(speaker ? { speaker } : {}),
      ...(addressee ? { addressee } : {}),
      ...(speaker && voice ? { voice } : {}),
      ...(agent ? { agent } : {}),
      ...(says ? { says } : {}),
      ...(saysAbout ? { saysAbout } : {}),
      actors: unique([...(speaker ? [speaker] : []), ...(addressee ? [addressee] : []), ...sentence.actors]),
      places: [],
      citations: [{ source, quote: sentence.span.text }],
      figures: [],
      claims: [],
    };
    dated.push(mention);
    byTrigger.set(trigger, [...(byTrigger.get(trigger) ?? []), mention]);
  };
  // Each date is placed once for each way it points, for its mentions and the article's news days alike.
  const placed = new Map<TimeExpression, Partial<Record<Anchor['tense'], ResolvedTime | null>>>();
  const wayOf = (anchor: Anchor, tense: Anchor['tense']): ResolvedTime | undefined => {
    const ways = placed.get(anchor.time) ?? placed.set(anchor.time, {}).get(anchor.time)!;
    if (!(tense in ways)) ways[tense] = resolveSpan(anchor.time, published, tense) ?? null;
    return ways[tense] ?? undefined;
  };
  // "has cancelled the trip he was due to make on Wednesday": the weekday a plan called off was due
  // on is the nearest one either side of the news, the plan having been close at hand.
  const plainTimeOf = (anchor: Anchor): ResolvedTime | undefined => {
    const plain = wayOf(anchor, anchor.tense);
    if (!anchor.due || anchor.time.spec.type !== 'weekday' || anchor.time.spec.hint !== undefined || !plain || !isExactDay(plain)) return plain;
    const ahead = wayOf(anchor, 'future');
    const away = (t: ResolvedTime) => Math.abs(Date.parse(daySpan(t.date).first) - Date.parse(publishedDay));
    return ahead && isExactDay(ahead) && away(ahead) < away(plain) ? ahead : plain;
  };
  // A plan told as it stood on a past day the sentence names counts its weekday from that day.
  const sentenceOf = new Map(analysis.sentences.flatMap((s) => s.anchors.map((a) => [a, s] as const)));
  const timeOf = (anchor: Anchor): ResolvedTime | undefined => {
    const sentence = publishedKnown ? sentenceOf.get(anchor) : undefined;
    const listed = sentence && anchor.tense === 'past' && !anchor.time.extent ? listedWeekday(sentence.span.text, anchor.time, sentence.dates, published) : undefined;
    const plain = (sentence && aheadOfNamedDay(anchor, sentence.anchors, sentence.span.text, published, plainTimeOf)) ?? plainTimeOf(anchor);
    // A weekday listed before others in the past falls before them: see listedWeekday.
    const time = listed && plain && isExactDay(plain) && plain.date !== listed ? { ...plain, date: listed } : plain;
    // A plan put off moves to a later day: a new day no later than another the sentence gives (the
    // day it was due, the day it was put off) is the next such day, whatever the tense of the
    // putting off: "had pushed back to April 23 the vote due on December 18" is next April's.
    const { first } = time ? daySpan(time.date) : { first: undefined };
    if (!anchor.rescheduled || anchor.due || first === undefined) return time;
    const others = (sentenceOf.get(anchor)?.dates ?? []).filter((d) => d !== anchor.time).map((d) => resolveSpan(d, published, 'neutral'));
    return others.some((t) => t !== undefined && daySpan(t.date).first >= first) ? (resolveSpan(anchor.time, published, 'future') ?? time) : time;
  };
  // The sentence just before, in the same paragraph, says what the news tells has happened before.
  const precededByPrecedent = (sentence: SentenceAnalysis) => {
    const before = analysis.sentences[sentence.index - 1];
    return before !== undefined && !/\n\s*\n/.test(analysis.article.body.slice(before.span.end, sentence.span.start)) && isPrecedentTold(before.span.text);
  };
  for (const sentence of analysis.sentences) {
    for (const anchor of sentence.anchors) {
      // A date the verb of telling stands between it and a step planned ("Borea will close the
      // crossing, its president announced on Thursday"; "on Monday the command said it would keep
      // conducting drills") is the day the step was told, and so decided: a past day.
      const frame = anchor.trigger.happening.told?.frame;
      const across = frame !== undefined && ((anchor.trigger.end <= frame.start && anchor.time.start >= frame.end) || (anchor.time.end <= frame.start && anchor.trigger.start >= frame.end));
      const toldDay = across && isStepDecidedWhenTold(sentence, anchor.trigger);
      const time = toldDay ? wayOf(anchor, 'past') : timeOf(anchor);
      // A happening known only to its year has no place on a timeline of days and months; and
      // something said is a day's news: "this year" does not date a statement, though "last week"
      // does, as a window the day-precise report of it lies in.
      if (!time || /^\d{4}$/.test(time.date) || (SPEECH_KINDS.has(anchor.trigger.value) && !isWithinWeek(time))) continue;
      // "The Sevrin raid is two years old today": the day its age is told on is not the raid's.
      if (isAnniversaryDate(sentence.span.text, anchor.trigger, anchor.time)) continue;
      // "rejected on Thursday a charge made earlier this week": a window beside the day of the saying is another's.
      if (SPEECH_KINDS.has(anchor.trigger.value) && time.approximate && sentence.anchors.some((a) => a !== anchor && a.trigger === anchor.trigger && isExactDay(timeOf(a)))) continue;
      const edge = isExactDay(time) ? nightEdge(sentence.span.text, anchor.time) : undefined;
      // "renewing the clashes, which killed 30 people in July": a happening named, then dated only
      // to a month by a clause set off to say what it did, is recalled by what is known of it.
      const recalled = anchor.trigger.happening.pos === 'noun' && time.date.length === 7 && anchor.trigger.end <= anchor.time.start &&
        RECALLED_BY_CLAUSE.test(sentence.span.text.slice(anchor.trigger.end, anchor.time.start));
      // "Velmora has brokered such returns before. In March 2019 it …": a month or year gone by,
      // told after a sentence that says it has happened before, is that earlier occasion.
      const precedent = time.date.length <= 7 && daySpan(time.date).last < publishedDay && precededByPrecedent(sentence);
      date(sentence, anchor.trigger, edge ? { ...time, edge } : time, anchor.told || toldDay ? 'told' : 'own', toldDay ? 'past' : anchor.rescheduled && !anchor.due ? 'future' : anchor.tense, false, anchor.rescheduled, anchor.counted, recalled || precedent, toldDay, anchor.due);
    }
  }
  for (const { sentence, trigger, time, anaphoric, counted } of contextTimes(analysis, published, { publishedKnown, timeOf })) date(sentence, trigger, time, 'context', 'past', anaphoric, false, counted);
  // A claim one side makes and the other denies stays a claim, citing the denial too.
  const denials = deniedTriggers(analysis, byTrigger);
  const denied = new Set([...denials.keys()].flatMap((t) => byTrigger.get(t) ?? []));
  const bySentence = new Map<number, Mention[]>();
  for (const m of dated) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  // A call in which one leader urges another is one contact: the statement stands for the talks.
  // And one speaker's words in one sentence are one statement, whatever they accuse.
  const sameSay = (m: Mention, s: Mention) => s.kind === 'statement' && s !== m && s.time.date === m.time.date;
  const contacts = new Set(
    dated.filter((m) => {
      const others = bySentence.get(m.sentence)!;
      // A meeting put off is no contact: "the summit has been put off, officials said" tells of it.
      return (m.kind === 'talks' && m.phase !== 'postpone' && others.some((s) => sameSay(m, s))) || (m.kind === 'accusation' && m.type !== 'denial' && others.some((s) => sameSay(m, s) && s.speaker === m.speaker));
    }),
  );

  // The latest mention of each kind up to the sentence read, kept as the sentences are read in order.
  const latestByKind = new Map<Kind, Mention>();
  const readUpTo = (sentence: number) => {
    for (const m of bySentence.get(sentence) ?? []) {
      if (m.background) continue;
      const known = latestByKind.get(m.kind);
      latestByKind.set(m.kind, known ? latestOfKind([known, m], [m.kind], firstDay) ?? known : m);
    }
  };
  /** The happening a sentence without its own of these kinds is about: what the article last reported. */
  const context = (kinds: readonly Kind[]) => latestOfKind(kinds.flatMap((k) => latestByKind.get(k) ?? []), kinds, firstDay);
  let latestAgreement: Mention | undefined | null = null;
  /** The mention of a sentence a detail is said of: its own clause first, then the nearest by words. */
  const nearest = (sentence: SentenceAnalysis, at: At, kinds?: readonly Kind[]) => {
    const inClause = (t: Trigger) => at.start >= t.clause.start && at.start < t.clause.end;
    const mine = sentence.triggers.filter((t) => byTrigger.has(t) && (!kinds || kinds.includes(t.value)) && (inClause(t) || !t.happening.background));
    const best = rankByWords(sentence.span.text, mine, at, (t, words) => words + (inClause(t) ? 0 : OTHER_CLAUSE))[0];
    return best ? byTrigger.get(best)![0] : undefined;
  };

  /**
   * Whether a detail lies in the clause of a happening the article leaves undated ("the assembly
   * was to meet in the capital", a plan told in the past): it is said of that happening, and goes
   * to no other the article last reported.
   */
  const ofUndated = (sentence: SentenceAnalysis, at: At) =>
    sentence.triggers.some((t) => !byTrigger.has(t) && at.start >= t.clause.start && at.start < t.clause.end);

  /** The mention of a round of this kind the sentence recalls as background, if it has one. */
  const recalled = (sentence: SentenceAnalysis, kind: Kind) =>
    sentence.triggers.filter((t) => t.happening.background && t.value === kind && byTrigger.has(t)).map((t) => byTrigger.get(t)![0]!)[0];

  /** The date a figure's own words give it: a date of its sentence at most a few words from it. */
  const timeOfFigure = (sentence: SentenceAnalysis, figure: At): ResolvedTime | undefined => {
    // A day the news was told on ("said on Tuesday that 12 had died") dates the telling, not the toll.
    const own = sentence.dates.filter((t) => !sentence.tellings.includes(t));
    const time = nearestByWords(sentence.span.text, own, figure);
    // A date fronted before all else ("In March the ship sank…, killing 46") sets the time of the
    // whole sentence, its figures too, unless a date nearer the figure gives it one of its own.
    const near = time && wordDistance(sentence.span.text, time, figure) <= FIGURE_TIME_WORDS ? time : undefined;
    const fronted = own.find((t) => FRONTED.test(sentence.span.text.slice(0, t.start)));
    const dating = near ?? (own.length === 1 ? fronted : undefined);
    return dating && resolveTime(dating.spec, published, 'past');
  };
  // What each sentence adds to the mentions it speaks of, gathered first and applied once.
  const added = new Map<Mention, { figures: Figure[]; places: Place[]; citations: Citation[]; actors: string[]; claims: Claim[] }>();
  const extra = (m: Mention) => added.get(m) ?? added.set(m, { figures: [], places: [], citations: [], actors: [], claims: [] }).get(m)!;
  const looseClaims: LooseClaim[] = [];
  const looseFigures: LooseFigure[] = [];
  for (const [trigger, sentences] of denials) {
    for (const m of byTrigger.get(trigger) ?? []) for (const i of sentences) extra(m).citations.push({ source, quote: analysis.sentences[i]!.span.text });
  }
  for (const sentence of analysis.sentences) {
    readUpTo(sentence.index);
    const quote = { source, quote: sentence.span.text };
    const text = sentence.span.text;
    // Only a noun names rounds a number can count: in "12 soldiers attacked" the number counts
    // people. A plural after a number is a noun whatever the tagger says ("two earlier attacks").
    const nounOf = (t: Trigger) => t.happening.pos === 'noun' || /[^s]s$/i.test(t.text);
    const rounds = sentence.triggers.flatMap((t) => [nounOf(t) ? roundsCounted(text, t) : undefined].flatMap((count) => (count ? [{ trigger: t, count }] : [])));
    for (const figure of sentence.figures) {
      if (isFigureOfNothing(text, figure)) continue;
      // "two separate attacks": a number of rounds counts no people.
      if (rounds.some(({ count }) => figure.start < count.end && count.start < figure.end)) continue;
      const kinds = figure.measure === 'border-length' ? undefined : kindsCounting(figure.measure);
      // "At least 1,000 people have been killed": where a count stands, of no one day's happening.
      if (kinds && isStandingToll(text, figure, sentence.triggers.some((t) => TOLL_KINDS[figure.measure]?.includes(t.value)))) continue;
      // "Two earlier attacks had left five dead": the toll of rounds told apart is no one round's.
      if (kinds && rounds.some(({ trigger: t, count }) => count.distinct && kinds.includes(t.value) && figure.start >= t.outer.start && figure.start < t.outer.end)) continue;
      // A figure told in a recap's clause ("after a landmine blast wounded five soldiers") counts that
      // earlier happening: its mention, if it has one, and nothing new.
      // So does one in a participle that hangs on a recap's clause ("…stormed a post, killing 18").
      const recap = sentence.triggers.find(
        (t) => t.happening.background && ((figure.start >= t.clause.start && figure.start < t.clause.end) || isParticipleOf(text, figure, t.clause)) && (!kinds || kinds.includes(t.value)),
      );
      if (recap) {
        const earlier = byTrigger.get(recap)?.[0];
        if (earlier) extra(earlier).figures.push({ ...withoutOffsets(figure), citation: quote });
        continue;
      }
      // "The fighting began after three soldiers were killed": the toll of what set a happening off
      // is another, earlier happening's, which the sentence does not tell as one.
      if (kinds && isFigureOfCause(text, figure, sentence.triggers.filter((t) => kinds.includes(t.value)), sentence.figures)) continue;
      // The happening of the sentence the measure counts first: the dead of its violence before a
      // flight it also tells of, told as news or as the round it recalls.
      // For each kind in that order: the sentence's own, the round it recalls, or the article's last.
      // "…the attack on April 22, in which 28 people were killed, and the strikes": a relative clause's
      // figure is of the happening it is said of, though another is nearer.
      const antecedent = kinds && antecedentOf(text, figure, sentence.triggers.filter((t) => byTrigger.has(t) && kinds.includes(t.value)));
      const own = antecedent ? byTrigger.get(antecedent)![0] : kinds ? (nearest(sentence, figure, TOLL_KINDS[figure.measure] ?? kinds) ?? kinds.map((k) => nearest(sentence, figure, [k]) ?? recalled(sentence, k)).find(Boolean)) : nearest(sentence, figure);
      // A figure of a recap counts that earlier round, not the news; so does one of a sentence
      // whose happening of its measure is dated to a time no event is placed at ("last year's
      // clashes killed 15", "the 2011 fighting, in which 20 died").
      if (!own && sentence.triggers.some((t) => t.happening.background && (!kinds || kinds.includes(t.value)))) continue;
      if (!own && kinds && sentence.anchors.some((a) => kinds.includes(a.trigger.value) && !byTrigger.has(a.trigger))) continue;
      // "On 3 March 2029 gunmen struck a Borean convoy, killing 12", in a report of 2031: a sentence set
      // by its year before the news window counts a happening of that time, never the article's last.
      if (!own && kinds && since && sentence.dates.some((t) => t.spec.type === 'calendar' && t.spec.year !== undefined && daySpan(resolveTime(t.spec, published, 'past')?.date ?? since).last < since)) continue;
      // The sentence's own happening of any kind the measure counts before the article's last of
      // another: "On Wednesday, shelling hit a village, wounding 10" counts Wednesday's shelling,
      // not Monday's clash the article told of before.
      // "That year, gunmen raided a bank, and 11 people died": a count of a time named before is no toll of the news.
      if (!own && isSetAtThatTime(sentence.span.text)) continue;
      const target = own ?? (kinds ? kinds.map((k) => context([k])).find(Boolean) : context(unique(sentence.triggers.map((t) => t.value))));
      const placed = { ...withoutOffsets(figure), citation: quote };
      // "the clashes that killed dozens last year": a figure its own words date before the
      // happening the sentence is about counts an earlier one. A later date may be a later count
      // of the same ("by Friday, 900 bodies had been gathered").
      const when = timeOfFigure(sentence, figure);
      if (target && when && daySpan(when.endDate ?? when.date).last < firstDay(target)) {
        const of = kinds && dated.find((m) => kinds.includes(m.kind) && m.time.date === when.date);
        if (of) extra(of).figures.push(placed);
        continue;
      }
      if (target) extra(target).figures.push(placed);
      else if (kinds) looseFigures.push({ kinds, figure: placed, published: publishedDay, ...(since ? { since } : {}) });
    }
    for (const duration of sentence.durations) {
      const kind = duration.about;
      if (!kind) continue;
      const target = nearest(sentence, duration, [kind]) ?? context([kind]);
      const figure: Figure = { measure: 'duration', unit: duration.unit, min: duration.value, max: duration.value, qualifier: duration.qualifier, text: duration.text, citation: quote };
      if (target) extra(target).figures.push(figure);
      else looseFigures.push({ kinds: [kind], figure, published: publishedDay });
    }
    // "Shells fired from Sevrin hit Dorsk": where fire came from is not where it fell.
    const origins = sentence.triggers.flatMap((t) => originWords(text, t) ?? []);
    for (const place of sentence.places) {
      const at = Math.max(text.indexOf(place.name), 0);
      const near = { start: at, end: at + place.name.length };
      if (isPlaceOfTelling(text, near, sentence)) continue;
      if (origins.some((o) => near.start >= o.start && near.end <= o.end)) continue;
      const own = nearest(sentence, near);
      if (!own && ofUndated(sentence, near)) continue;
      const target = own ?? context(unique(sentence.triggers.map((t) => t.value)));
      if (!target) continue;
      // "visited Ondria, travelling from Velmora", "leaving Ondria, flew to Velmora": where a
      // visitor set out from is not where the talks were held.
      if (target.kind === 'talks' && SET_OUT_FROM.test(text.slice(Math.max(0, at - 40), at))) continue;
      extra(target).places.push(place);
      // A sentence that names where an earlier happening was is a report of it too.
      if (!own) {
        extra(target).citations.push(quote);
        extra(target).actors.push(...sentence.actors);
      }
    }
    if (sentence.brokers.length > 0) {
      const claim: Claim = { about: 'brokered-by', values: sentence.brokers, citation: quote };
      // The agreement the brokers are named with: the nearest to where they are named.
      const own = nearestByWords(
        sentence.span.text,
        sentence.triggers.filter((t) => t.value === 'ceasefire' && byTrigger.has(t) && sentence.about.get(t)?.phase !== 'collapse'),
        sentence.brokerSpans[0]!,
      );
      latestAgreement ??= latestOfKind(dated, ['ceasefire'], firstDay, { where: (m) => m.phase !== 'collapse' });
      const agreement = own ? byTrigger.get(own)![0] : latestAgreement;
      if (agreement) extra(agreement).claims.push(claim);
      else looseClaims.push({ kind: 'ceasefire', claim });
    }
  }

  const mentions = dated.filter((m) => !contacts.has(m)).map((m): Mention => {
    const more = added.get(m);
    const withDetails = more
      ? {
          ...m,
          places: uniqueBy([...m.places, ...more.places], (p) => p.name),
          citations: uniqueBy([...m.citations, ...more.citations], (c) => c.quote),
          actors: unique([...m.actors, ...more.actors]),
          figures: [...m.figures, ...more.figures],
        }
      : m;
    const claimed = more ? more.claims.reduce((target, claim) => addClaim(target, claim), withDetails) : withDetails;
    return denied.has(m) ? { ...claimed, denied: true, status: claimed.status === 'occurred' ? 'claimed' : claimed.status } : claimed;
  });
  return { mentions: officesOfPeople(mentions), looseClaims, looseFigures };
}

/** A happening with one more claim; the actors the claim names take part in the happening. */
export function addClaim<T extends { claims: readonly Claim[]; actors: readonly string[] }>(target: T, claim: Claim): T {
  return { ...target, claims: [...target.claims, claim], actors: unique([...target.actors, ...claim.values]) };
}
