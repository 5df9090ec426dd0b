import { tagText, type Token } from '../happenings/tagText.ts';
import { isToldAhead } from './isToldAhead.ts';
import type { EventType, Kind, Place } from '../../../../src/lib/eventSchema.ts';
import { findHappenings, type Happening } from '../happenings/findHappenings.ts';
import { BLAME_WORDS } from '../mentions/blameWords.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import type { Phase } from '../lexicon/lexiconSchema.ts';
import { findTimeExpressions, type Duration, type TimeExpression } from '../time/findTimeExpressions.ts';
import { findDates } from '../time/findDates.ts';
import { daysReferred } from '../time/daysReferred.ts';
import { namesDay } from '../time/namesDay.ts';
import { ORDINALS } from '../time/timeVocabulary.ts';
import { datelineEnd } from './datelineEnd.ts';
import { anchorDates } from './anchorDates.ts';
import { clauseAt } from './clauseAt.ts';
import { directionOf, type Tense } from './directionOf.ts';
import { findBrokers } from './findBrokers.ts';
import { findEntities } from './findEntities.ts';
import { findFigures, type FigureCandidate } from './findFigures.ts';
import { findModifiers } from './findModifiers.ts';
import { findRelativeClauses } from './findRelativeClauses.ts';
import { datedNounPhrases } from './datedNounPhrases.ts';
import { assertedByModifiers } from './assertedByModifiers.ts';
import { fireOrigin } from './fireOrigin.ts';
import { findUnknownPlaces, type UnknownPlace } from './findUnknownPlaces.ts';
import { findName } from './findName.ts';
import { findParticipants } from './findParticipants.ts';
import type { At } from './nearestByWords.ts';
import { phasesOf } from './phasesOf.ts';
import { placesStruck } from './placesStruck.ts';
import { durationsMeasured } from './durationsMeasured.ts';
import { nameIn, speakerOf, wholeName } from './speakerOf.ts';
import { frontedSetting } from './frontedSetting.ts';
import { lastPart, sayingsOf } from './sayingsOf.ts';
import { SPEECH_KINDS } from './speechKinds.ts';
import { denialsOf } from './denialsOf.ts';
import { blameSaid } from './blameSaid.ts';
import { settingAsideStart } from './settingAside.ts';
import { speechActsOf } from './speechActsOf.ts';
import { givenAsReason } from './givenAsReason.ts';
import { toldOfOwnAct } from './toldOfOwnAct.ts';
import { wordSpeech } from './wordSpeech.ts';
import { splitClauses } from './splitClauses.ts';
import type { Span } from './splitSentences.ts';
import { triggersOf, type Trigger } from './triggersOf.ts';
import type { Voice } from './voiceOf.ts';
import { yearsCarried } from '../time/yearsCarried.ts';
import { yearsMarked } from '../time/yearsMarked.ts';
import { claimsLand } from './claimsLand.ts';
import { isClaimedToll } from './isClaimedToll.ts';

export type { Tense, Trigger };

/** A date in a sentence tied to the happening it dates. Offsets are into the sentence text. */
export interface Anchor {
  time: TimeExpression;
  trigger: Trigger;
  /** The happening's type, when it is known ("shelled" → shelling). */
  type?: EventType;
  phase?: Phase;
  tense: Tense;
  /** Asserted by one side ("Borea alleged…"). */
  claimed: boolean;
  /** Who takes part, for talks: "defence ministers", "General Border Committee". */
  who?: string;
  /** The proper name of the happening, when the text gives one: "Kuala Lumpur Peace Accord". */
  name?: string;
  /** True when the date belongs to another clause of the sentence ("…broke down, with shooting resuming after March 3"). */
  borrowed: boolean;
  /** True when the date is the day the happening was told of ("X said on Monday that its army had taken the town"). */
  told: boolean;
  /** True for the new date of a happening put off: it dates the plan, which goes ahead then, not the postponement. */
  rescheduled?: boolean;
  /** With `rescheduled`, for the day a plan put off with no new day was due on: the plan's day, told as it was. */
  due?: boolean;
  /** True for a day counted from the news it is told beside ("on Saturday, a day after clashes killed four"): its own day, though told as a setting. */
  counted?: boolean;
}

/** Everything found in one sentence that does not depend on when the article was published. */
export interface SentenceAnalysis {
  index: number;
  /** Offsets into the article body; `text` is verbatim. */
  span: Span;
  anchors: Anchor[];
  /** Every time expression of the sentence, tied to a happening or not. */
  times: TimeExpression[];
  /** Those that place something on the calendar from the day of publication: dates, not lengths. */
  dates: TimeExpression[];
  /** Dates of the sentence that date only a telling ("said on Monday"): the day its news was told. */
  tellings: TimeExpression[];
  /** Every happening the sentence reports, with how it is asserted; offsets into the sentence. */
  happenings: Happening[];
  /** The happenings a timeline takes, dated by the sentence or not, as the kind each is shown as. */
  triggers: Trigger[];
  /** What the sentence says of each trigger apart from its date: phase, participants, name, claim. */
  about: Map<Trigger, TriggerFacts>;
  figures: FigureCandidate[];
  /** Lengths of time, each with the kind of happening it measures ("five days of fighting"). */
  durations: (Duration & { about?: Kind })[];
  actors: string[];
  /** Places the sentence names where something happens: the gazetteer's, then those it does not know (unverified). */
  places: Place[];
  /** The places the sentence names that the gazetteer does not know, with where. */
  unknownPlaces: UnknownPlace[];
  /** Actors named as having brokered an agreement ("brokered by Malaysia"). */
  brokers: string[];
  /** Where the sentence names them, for the agreement nearest to be theirs. */
  brokerSpans: At[];
  /** The parties the sentence has speak, in order: who an "it" or "he" in the next sentence may be. */
  tellers: string[];
  /** Where the sentence has each of them speak (the report verb, or the span of who told): who an "it" later in the sentence may be. */
  tellersAt?: { start: number; name: string }[];
}

/** What a sentence says of one happening, whether or not it dates it. */
export interface TriggerFacts {
  phase?: Phase;
  /** Asserted by one side: said as a claim ("claimed", "alleged") or as what one side accuses another of. */
  claimed: boolean;
  who?: string;
  name?: string;
  /** For statements, appeals, proposals, accusations and denials: who spoke and to whom, as names. */
  speaker?: string;
  addressee?: string;
  /** Who within the speaker's side spoke: an office, a person (internal to folding sayings). */
  voice?: Voice;
  /** Who did it, as a party of the gazetteer ("Borean missiles" → Borea), when the sentence says. */
  agent?: string;
  /** For something said, how a title says it: the verb in the present ("urges") and what about ("restraint"). */
  says?: string;
  saysAbout?: string;
}

/**
 * Reads one sentence: its dates and the happenings they date, what is said of each happening,
 * figures, durations with what they measure, actors, places and brokers. Calendar placement
 * waits for the publication day. Offsets are into the sentence. `happeningsIn` reads its
 * happenings (findHappenings, or happeningsOnce for a sentence its article repeats).
 * @example analyseSentence(span, 0, lexicon).anchors[0].trigger.value // 'talks'
 */
export function analyseSentence(
  span: Span,
  index: number,
  lexicon: CompiledLexicon,
  people: ReadonlyMap<string, string> = new Map(),
  tagged?: readonly Token[],
  bodies: ReadonlyMap<string, string> = new Map(),
  years: ReadonlyMap<number, number> = new Map(),
  /** The day the last sentences named, and the day a saying among them was told on: what "that day", "the day before" count from. */
  before: { day?: TimeExpression; telling?: TimeExpression } = {},
  happeningsIn: (text: string, rules: CompiledLexicon['happenings'], tagged: readonly Token[]) => Happening[] = findHappenings,
  /** People the article names in full with no title, by surname: who a saying read with their surname alone for subject is. */
  byFullName: ReadonlyMap<string, string> = new Map(),
): SentenceAnalysis {
  const text = span.text;
  const clauses = splitClauses({ start: 0, end: text.length, text });
  const { all: times, durations } = findTimeExpressions(text);
  const reports = lexicon.report(text);
  const dates = daysReferred(text, times, yearsCarried(yearsMarked(text, findDates(text, times)), years), before.day, { reports, ...(before.telling ? { told: before.telling } : {}) });
  const timeSpans = [...dates, ...durations];
  const tokens = tagged ?? tagText(text, lexicon.happenings.verbOnly);
  const modifiers = findModifiers(tokens);
  const happenings = assertedByModifiers(happeningsIn(text, lexicon.happenings, tokens), modifiers, dates);
  const told = triggersOf(text, happenings, dates, clauses);
  const speech = speechActsOf(text, told, lexicon);
  const acted = [...told, ...speech.acts, ...denialsOf(text, happenings, lexicon).filter((d) => !speech.acts.some((a) => a.start === d.start))];
  const read = movePlans(text, [...acted, ...sayingsOf(text, acted, lexicon, clauses, dates, happenings, people).map((t) => blameSaid(text, tokens, t, lexicon))].sort((a, b) => a.start - b.start));
  // "closed the crossing, citing troop moves": a reason given for an act in its breath is no saying of its own.
  const triggers = read.filter((t) => !givenAsReason(text, t, read));

  const { brokers, spans: brokerSpans } = findBrokers(text, lexicon);
  const phases = lexicon
    .phases(text)
    .filter((p) => !/\bto\s+$/i.test(text.slice(Math.max(0, p.start - 12), p.start)))
    .filter((p) => !brokerSpans.some((b) => p.start >= b.start && p.start < b.end));
  const phaseOf = phasesOf(text, triggers, phases, clauses);
  // "rammed the boats in the waters Arland claims": a claim of land makes nothing one side's word.
  const claims = lexicon.claim(text).filter((c) => !claimsLand(tokens, tokens.findIndex((t) => t.start === c.start)));
  const about = new Map(triggers.map((t) => [t, factsOf(text, t, { phase: phaseOf.get(t), claims, lexicon, happenings, people, bodies, byFullName })]));

  // "was to blame" says who is at fault: no "was to" of a plan.
  const futures = lexicon.future(text).filter((f) => !(/^(?:is|are|was|were) to$/i.test(f.text) && /^\s+blame\b/i.test(text.slice(f.end))));
  const clauseOf = (at: number) => clauses[clauseAt(clauses, at)] ?? { start: 0, end: text.length, text };
  const postponed = new Set([...phaseOf].filter(([, p]) => p === 'postpone').map(([t]) => t));
  for (const t of triggers) if (t.happening.modalityWord !== undefined && MOVED_WORD.test(t.happening.modalityWord)) postponed.add(t);
  const scopes = [...findRelativeClauses(tokens), ...datedNounPhrases(tokens, dates, text)];
  const dated = anchorDates(text, { dates, triggers, reports, phased: new Set(phaseOf.keys()), postponed, modifiers, scopes });
  const anchors = dated.dates.map(({ time, trigger, borrowed, told, rescheduled, due, counted }): Anchor => {
    const facts = about.get(trigger)!;
    return {
      time: lastingFrom(text, time, trigger, durations, facts.phase, lexicon),
      trigger,
      ...(trigger.type ? { type: trigger.type } : {}),
      ...(facts.phase ? { phase: facts.phase } : {}),
      // A modifier's verb is past ("the truce agreed on Sunday"), whatever the sentence's "would" says.
      // The day a plan put off was due on is told as it stood: the putting off's past says nothing of which way it lies.
      // The day a plan is moved to ("postponed to March 21", "put off until Monday") lies ahead of the
      // moving, and so of the report, unless the moving is told as long past ("had been put off to").
      tense: due ? 'neutral' : (rescheduled && !HAD_BEEN.test(clauseOf(time.start).text)) || isToldAhead(text, trigger.start) ? 'future' : modifiers.some((m) => time.start >= m.start && time.end <= m.end) ? 'past' : directionOf(trigger, time, { clause: clauseOf(time.start), futures }),
      claimed: facts.claimed,
      ...(facts.who ? { who: facts.who } : {}),
      ...(facts.name ? { name: facts.name } : {}),
      borrowed,
      told,
      ...(rescheduled ? { rescheduled } : {}),
      ...(due ? { due } : {}),
      ...(counted ? { counted } : {}),
    };
  });

  // Brokers and a wire dateline's place ("BANGKOK -", where the story was filed) are no actors.
  const unbrokered = [...brokerSpans, { start: 0, end: datelineEnd(text) }].reduce((t, b) => t.slice(0, b.start) + ' '.repeat(b.end - b.start) + t.slice(b.end), text);
  const { actors, places: named } = findEntities(unbrokered, lexicon);
  const struck = placesStruck(text, triggers, lexicon);
  const known = [...named, ...struck.filter((p, i) => !named.some((q) => q.name === p.name) && struck.findIndex((q) => q.name === p.name) === i)];
  const unknownPlaces = findUnknownPlaces(text, lexicon).filter((u) => !known.some((p) => p.name === u.place.name));
  const places = [...known, ...unknownPlaces.map((u) => u.place)];
  return {
    index,
    span,
    anchors,
    times,
    dates,
    tellings: dated.tellings,
    happenings,
    triggers,
    about,
    figures: findFigures(text, lexicon, timeSpans),
    durations: durationsMeasured(text, durations, triggers, lexicon),
    actors,
    places,
    unknownPlaces,
    brokers,
    brokerSpans,
    ...tellersOf(text, happenings, lexicon),
  };
}

// A capitalised word that ends the words before a verb: a surname as the verb's subject ("Ferrin ").
const SURNAME_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)\s+$/u;
// A surname alone, one capitalised word: "Ruiz".
const SURNAME_ALONE = /^\p{Lu}[\p{L}'’-]+$/u;
// One plain word or a number before a saying noun: what modifies it, never who said it ("four", "strong").
const MODIFIER_ONLY = /^(?:\d[\d,.]*|\p{Ll}[\p{L}-]*)$/u;
// A phrase a pronoun owns: "his government", "its army".
const OWNED_BY_PRONOUN = /^(?:his|her|its|their)\s/i;
// A person's surname owning those who speak for them: "Ferrin's office", "Orvan's spokesman".
const OFFICE_OF = /^(\p{Lu}[\p{L}-]+)['’]s\s+(?:office|spokes(?:man|woman|person)|aides?|camp)$/u;
// A doer named by a possessive: "its artillery", "their troops"; "its" alone as the act's own ("its strikes").
const POSSESSIVE = /^(?:(?:its|their|his|her|our)\s|its$)/i;
// A doer named by a subject pronoun: "Arland said it had shot down two drones".
const SUBJECT_PRONOUN = /^(?:it|they)$/i;
// Between a pronoun subject and its own act: a few words of its verb group, not a passive ("they had been arrested").
const OWN_VERB = /^\s+(?!(?:\S+\s+)*?been\b)(?:\S+\s+){0,2}$/i;
// Between a saying and its pronoun subject: "said it", "said on Monday that it", "says they".
const SAID_THAT = /^\s+(?:(?:on|late\s+on|early\s+on)\s+\p{L}+\s+|(?:today|yesterday|this\s+\p{L}+)\s+)?(?:that\s+)?$/iu;
// A gerund after "by" has its clause's subject as its doer: "Borea responded by closing the crossing".
const BY_GERUND = /\bby\s+$/i;

// A length of days a happening lasted: "fought for three days", "talks lasting two days", "three days of clashes".
const LASTED_BEFORE = /\b(?:for|lasting|lasted|lasts|last|went\s+on|raged|continued)\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$/i;
const LASTED_AFTER = /^\s+of\b/i;
// "for a third day", "into a fourth straight day", "entered its fifth day": the day named is the last of so many.
const NTH_DAY = new RegExp(
  String.raw`\b(?:for|into|entered|entering|enters|on)\s+(?:an?|the|its|their)\s+(?<n>${Object.keys(ORDINALS).join('|')})\s+(?:straight\s+|consecutive\s+|successive\s+|full\s+)?day\b`,
  'i',
);
// "held a second day of talks", "a third straight day of shelling": the day named is the last of so many too.
const NTH_DAY_OF = new RegExp(
  String.raw`\ban?\s+(?<n>${Object.keys(ORDINALS).join('|')})\s+(?:straight\s+|consecutive\s+|successive\s+|full\s+)?day\s+of\b`,
  'i',
);
// "until Sunday", "ending on Sunday": the date the length runs up to.
const RUNS_UP_TO = /\b(?:until|till|to|through|ending(?:\s+on)?|ended(?:\s+on)?)\s+(?:on\s+)?(?:the\s+)?$/i;

/**
 * A day that a length of days of the same happening in its clause turns into a span: "fought for
 * three days from Monday" runs Monday to Wednesday, "three days of fighting that ended on
 * Sunday" Friday to Sunday. A length that no word ties to the happening's lasting ("the first
 * clashes in three days"), one named as a known stretch ("the 12 days of fighting"), and a day
 * of another clause leave the day alone.
 */
function lastingFrom(text: string, time: TimeExpression, trigger: Trigger, durations: readonly Duration[], phase: Phase | undefined, lexicon: CompiledLexicon): TimeExpression {
  const inClause = (at: { start: number; end: number }) => at.start >= trigger.clause.start && at.end <= trigger.clause.end;
  // "Parliament voted on Monday to impose martial law for 30 days": a decision is taken on its day;
  // the length is how long what it decided lasts, which comes into force on a day of its own.
  if (time.extent || !namesDay(time.spec) || !inClause(time) || trigger.type === 'decision') return time;
  const length = durations.find(
    (d) =>
      d.unit === 'days' && Number.isInteger(d.value) && d.value >= 2 && inClause(d) &&
      // "the 12 days of fighting" names a stretch already known, which a day of its clause need not start.
      !/^the\s/i.test(d.text) && !/\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) &&
      (LASTED_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start)) || LASTED_AFTER.test(text.slice(d.end, d.end + 4))) &&
      (lexicon.kinds(text.slice(d.start, d.end + 40))[0]?.value ?? trigger.value) === trigger.value,
  );
  if (!length) {
    // "Shelling went on for a third day on Wednesday", "the duel entered its fourth day on Monday":
    // the day named is the last of that many.
    const clause = text.slice(trigger.clause.start, trigger.clause.end);
    const nth = NTH_DAY.exec(clause) ?? NTH_DAY_OF.exec(clause);
    const days = nth ? ORDINALS[nth.groups!.n!.toLowerCase()] : undefined;
    return days !== undefined && days >= 2 && days <= 31 && !nth!.groups!.n!.match(/^(?:last|final)$/i) ? { ...time, extent: { to: 'count', days, back: true } } : time;
  }
  // "closed its border for two weeks", "suspended flights for a month": a length given after the
  // act, by "for", is how long the state the act set lasts, counted from its day — even when the
  // act ends something (an opening, a crossing). "Three days of fighting ended on Sunday" and
  // "fighting that went on for three days ended" still run up to the day.
  const setsState = length.start >= trigger.end && /\bfor\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$/i.test(text.slice(Math.max(0, length.start - 24), length.start));
  const back = (phase === 'end' && !setsState) || RUNS_UP_TO.test(text.slice(Math.max(0, time.start - 16), time.start));
  return { ...time, extent: { to: 'count', days: length.value, ...(back ? { back } : {}) } };
}

/** A past perfect: what it tells as moved lies before the story, its new day perhaps too. */
const HAD_BEEN = /\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|ne)\b/i;

// "brought forward to Sunday", "moved up to the 12th", "advanced … to Thursday": a plan moved
// earlier, which, like one put off, goes ahead on its new date. "Advance" moves a plan only towards
// a new time: "told in advance", "its most advanced missiles" and "the rebel advance" move none.
const MOVED_EARLIER = String.raw`(?:br(?:ing|ings|inging|ought)|mov(?:e|es|ed|ing)|pull(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:forward|up)`;
const ADVANCE = String.raw`advanc(?:e|es|ed|ing)`;
const MOVED = new RegExp(String.raw`\b(?:${MOVED_EARLIER}|(?<!\b(?:in|most|more|an|the|its|their|his|her)\s)${ADVANCE}(?=(?:\s+[\p{L}'’-]+){0,6}?\s+(?:to|until|till)\b)|rescheduled?)\b`, 'giu');
// What is moved forward as a plan: a meeting, a signing, a decision or a release, not troops or fire.
const PLANNABLE = new Set<Kind>(['talks', 'ceasefire', 'diplomacy', 'measure', 'detention']);

const MOVED_WORD = new RegExp(String.raw`^(?:${MOVED_EARLIER}|${ADVANCE}|rescheduled?)$`, 'iu');

/**
 * A plannable happening whose clause moves it to a new date, with words other than its own, is a
 * plan: it goes ahead on that date (anchorDates), and the move says nothing of its having taken place.
 */
function movePlans(text: string, triggers: Trigger[]): Trigger[] {
  const moves = [...text.matchAll(MOVED)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  return triggers.map((t) => {
    const move = PLANNABLE.has(t.value) ? moves.find((m) => m.start >= t.outer.start && m.end <= t.outer.end && (m.end <= t.start || m.start >= t.end)) : undefined;
    return move ? { ...t, happening: { ...t.happening, modality: 'planned' as const, modalityWord: move.text } } : t;
  });
}

/**
 * Characters before a report verb its teller may be named in: a title, a name and a nickname in
 * apposition ("Arland's information minister, Omar Said \"the Hawk\", said").
 */
const TELLER_REACH = 64;
/** Characters before a report verb its teller is first looked for in: "Borea says". */
const NEAR_TELLER = 40;

/**
 * The parties a sentence has speak, in order: those its happenings are told by or said by, and
 * those named just before a report verb ("Borea says the temple is its own").
 */
function tellersOf(text: string, happenings: readonly Happening[], lexicon: CompiledLexicon): { tellers: string[]; tellersAt: { start: number; name: string }[] } {
  const spans = happenings.map((h) => h.told?.by ?? h.speaker).filter((span) => span !== undefined);
  // Further back only when nothing nearer names a teller: a name in apposition that the reading
  // could not take as the speaker ("Omar Said \"the Hawk\"") leaves its country the teller.
  // A setting fronted before the speaker ("Speaking beside Borea's president, X said") or set
  // off between the speaker and the verb ("X, speaking in Velmora, said") names where, or with
  // whom, someone spoke: not who did.
  const fronted = frontedSetting(text, lexicon);
  // "Borea's foreign office called the decision unfortunate. It said …": who called something
  // so tells, though the calling dates nothing; an "it" after is that teller.
  // "the shoal, which Borea calls Kelvask": a relative clause gives a side's name for a thing, no telling.
  const naming = [...text.matchAll(NAMING)].filter((m) => !RELATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)));
  const verbs = [...lexicon.report(text), ...naming.map((m) => ({ start: m.index + m[1]!.length, end: m.index + m[0].length, text: m[2]! }))];
  const namedWithin = (reach: number) =>
    verbs.flatMap((r) => {
      const aside = settingAsideStart(text.slice(0, r.start));
      const upTo = aside >= 0 ? aside : r.start;
      const before = lexicon.actors(text.slice(Math.max(0, upTo - reach, fronted < upTo ? fronted : 0), upTo)).at(-1);
      return before ? [{ start: r.start, text: before.text }] : [];
    });
  const near = namedWithin(NEAR_TELLER);
  const named = near.length > 0 || spans.length > 0 ? near : namedWithin(TELLER_REACH);
  const at = [...spans, ...named].sort((a, b) => a.start - b.start).flatMap((span) => {
    const name = nameIn(span.text, lexicon);
    return name === undefined ? [] : [{ start: span.start, name }];
  });
  return { tellers: [...new Set(at.map((t) => t.name))], tellersAt: at };
}

/** "called it a provocation", "described the death as …": a verb whose subject tells what something is. */
const RELATIVE_BEFORE = /\b(?:which|what|whom)\s+(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+$/iu;
const NAMING = /(^|\s)(called|calls|described|describes)\s+(?!(?:for|on|in|off|up|at)\b)/giu;

/**
 * Both sides named after a happening as blaming each other for it ("…, with the two ministries
 * blaming each other for the escalation"): each tells that it took place, and only who began it is
 * in dispute.
 */
const BLAMED_BY_BOTH = /^[^.;]*?\b(?:blam|accus)\w*\s+(?:each\s+other|one\s+another)\b/i;
/** A telling named afterwards as one side's word. */
const CALLED_CLAIM = /\b(?:the|this|that|these|those)\s+(?:accusations?|allegations?|claims?|charges?)\b/i;

/** What a sentence says of a happening: its phase, whether one side claims it, who takes part, its name. */
function factsOf(
  text: string,
  trigger: Trigger,
  {
    phase,
    claims,
    lexicon,
    happenings,
    people,
    bodies,
    byFullName = new Map(),
  }: {
    phase: Phase | undefined;
    claims: readonly { start: number }[];
    lexicon: CompiledLexicon;
    happenings: readonly Happening[];
    people: ReadonlyMap<string, string>;
    bodies: ReadonlyMap<string, string>;
    byFullName?: ReadonlyMap<string, string>;
  },
): TriggerFacts {
  const h = trigger.happening;
  // One side's word: said as a claim ("claimed", "alleged", "accused B of"), or called one after.
  // An attack one side merely tells of the other is reported as it happened (its telling is an
  // accusation of its own); a denial elsewhere in the article makes it a claim.
  // What someone said was said: a statement is never one side's claim, whatever it is about ("criticised
  // the agency for a resolution that accused Borea").
  // "X said Borean troops had shot at its vehicles; Velmora did not respond to the accusation": a
  // telling the sentence goes on to call an accusation or a claim is one side's word.
  const calledClaim = h.told !== undefined && CALLED_CLAIM.test(text.slice(trigger.end));
  // "accused each other of starting the clash", "of firing first": who began it is one side's
  // word, the clash itself is not.
  const blameOnly = h.told !== undefined && (BLAME_WORDS.test(text.slice(h.told.frame.end, trigger.start)) || /^\s+first\b/i.test(text.slice(trigger.end)) ||
    // "Fighting reportedly flared up overnight, with both sides blaming each other": a hedge the
    // two sides' words overrule.
    (h.told.frame.end <= trigger.start || h.told.by === undefined) && BLAMED_BY_BOTH.test(text.slice(trigger.end)));
  // "Arland said its air force shot down Borean jets": "its" is the teller's.
  const teller = h.told?.by ? nameIn(h.told.by.text, lexicon, false) : undefined;
  // "Borea answered with its heaviest strikes": with no teller, "its" is the party its clause
  // names last before it; "Arland condemned Borea for its raids" names Borea.
  const owner = (at: { start: number; text: string }) => {
    // "its troops and a meeting": a possessive of another phrase joined on says nothing of whose the act is.
    if (/\b(?:and|or)\b/i.test(at.text)) return undefined;
    const named = lexicon.actors(text.slice(trigger.clause.start, at.start)).at(-1);
    return named ? nameIn(named.text, lexicon, false) : undefined;
  };
  // "Arland said it had shot down two drones": the pronoun right after the saying is the teller,
  // when it is the act's own subject ("it had shot down", not "it had agreed … after shelling"),
  // and no other party is named between ("holds the guards responsible, saying they shot").
  const saidOfItself = (by: { end: number }, frame: { end: number }, pronoun: { start: number; end: number }) =>
    SAID_THAT.test(text.slice(frame.end, pronoun.start)) &&
    lexicon.actors(text.slice(by.end, pronoun.start)).every((a) => nameIn(a.text, lexicon, false) === teller) &&
    OWN_VERB.test(text.slice(pronoun.end, trigger.start));
  // "Borea responded by closing the crossing": the first party its clause names is who closed it.
  const subjectOfGerund = () => {
    if (!/ing$/i.test(h.trigger.text.split(/\s/)[0]!) || !BY_GERUND.test(text.slice(Math.max(0, trigger.start - 4), trigger.start))) return undefined;
    const named = lexicon.actors(text.slice(trigger.outer.start, trigger.start))[0];
    return named ? nameIn(named.text, lexicon, false) : undefined;
  };
  // "the Union of Island Republics voted": a name the parser cut at its "of" is read whole.
  // "Shells fired from Borea hit the village": fire no doer is named for is the side it came from.
  const agent =
    (h.agent
      ? (nameIn(wholeName(text, h.agent), lexicon, false) ??
        (POSSESSIVE.test(h.agent.text) ? (teller ?? owner(h.agent)) : undefined) ??
        (SUBJECT_PRONOUN.test(h.agent.text) && h.told?.by && saidOfItself(h.told.by, h.told.frame, h.agent) ? teller : undefined))
      : subjectOfGerund()) ??
    fireOrigin(text, trigger, lexicon);
  const claimed =
    trigger.value !== 'accusation' &&
    trigger.value !== 'statement' &&
    !blameOnly &&
    (calledClaim || h.told?.claim === true || isClaimedToll(text, h) || claims.some((c) => c.start >= trigger.clause.start && c.start < trigger.clause.end) || toldOfOwnAct(trigger, teller, agent));
  const who = trigger.value === 'talks' ? findParticipants(text, trigger, lexicon) : undefined;
  const name = findName(text, trigger);
  const said = speakerOf(text, trigger, lexicon, bodies, people);
  // "…, Ferrin said": a surname alone is the person the article named in full with it.
  // "Ferrin said Arland would keep the border shut while it had concerns, accusing Borea of …": a
  // participle set off after a person's saying is that person's act, whatever subject the words
  // said had last; their side speaks.
  const hungOn = /^\p{L}+ing\b/iu.test(trigger.text) && /,\s*$/.test(text.slice(0, trigger.start)) ? h.told?.by : undefined;
  // '"This is grave," Ferrin told a news conference': a saying noun the reading gave no speaker
  // is said by the surname right before the verb that governs it.
  // "Ruiz issued three recommendations", "lodged a strong protest": a number or a plain word that only
  // modifies the saying noun is no speaker of it.
  const modifierOnly = h.pos === 'noun' && h.speaker !== undefined && h.speaker.end <= trigger.start && MODIFIER_ONLY.test(h.speaker.text.trim());
  const governedBy = SPEECH_KINDS.has(trigger.value) && h.pos === 'noun' && (!h.speaker || modifierOnly) && h.governor && h.governor.end <= trigger.start ? SURNAME_BEFORE.exec(text.slice(trigger.clause.start, h.governor.start)) : null;
  const before = governedBy ? { text: governedBy[1]! } : undefined;
  // "Ferrin's office said …": a person's office, spokesman or aides speak for the person.
  const office = [h.told?.by, h.speaker].map((s) => (s ? OFFICE_OF.exec(s.text.trim())?.[1] : undefined)).find((n) => n !== undefined && people.has(n));
  const officeOf = office ? { text: office } : undefined;
  // "Ferrin voiced concern over the rift, it said": a body that tells what a person said speaks for
  // itself; the person is what it reports, and the "it" is the body the article named before it.
  const toldByBody = h.told?.by !== undefined && h.told.by.start > trigger.start && SUBJECT_PRONOUN.test(h.told.by.text.trim());
  // "Weiro said X, whom his police had tracked …, and accused it of …": the surname that tells the
  // words speaks them, though a subject owned by a pronoun inside a clause between stands nearer
  // the verb; not where the words name another speaking ("Weiro said Ondria had accused Borea"),
  // which he only reports.
  const tellerOfWords = h.speaker === undefined || OWNED_BY_PRONOUN.test(h.speaker.text.trim()) ? h.told?.by : undefined;
  const person = toldByBody ? undefined : [h.speaker, hungOn, before, officeOf, tellerOfWords].find((s) => s !== undefined && people.has(lastPart(s.text)));
  // "Kael Orvan flew to Velmora … Orvan urged Borea": a surname alone that speaks, the
  // subject of a saying already read, is the person the article named in full with it, titled or not.
  const untitled = toldByBody || person || !SPEECH_KINDS.has(trigger.value) ? undefined : [h.speaker, hungOn, tellerOfWords].find((s) => s !== undefined && SURNAME_ALONE.test(s.text.trim()) && byFullName.has(s.text.trim()));
  const surname = !said.speaker && person ? people.get(lastPart(person.text)) : !said.speaker && untitled ? byFullName.get(untitled.text.trim()) : undefined;
  // "President Ana Ruiz" of a report that calls her Borea's president elsewhere speaks for Borea.
  const sided = said.speaker && !lexicon.actors(said.speaker).length ? people.get(said.speaker.split(/\s+/).at(-1)!) : undefined;
  const side = sided && lexicon.actors(sided).length > 0 ? sided : undefined;
  const speech = surname ? { ...said, speaker: surname } : side ? { ...said, speaker: side } : said;
  const worded = trigger.value === 'statement' || trigger.value === 'accusation' ? wordSpeech(text, trigger, happenings, / and /.test(speech.speaker ?? ''), speech.addressee) : undefined;
  return {
    ...(phase ? { phase } : {}),
    claimed,
    ...(who ? { who } : {}),
    ...(name ? { name } : {}),
    ...speech,
    ...(agent ? { agent } : {}),
    ...(worded ? { says: worded.says, ...(worded.about ? { saysAbout: worded.about } : {}) } : {}),
  };
}
