import type { PhraseMatch } from '../lexicon/phraseMatcher.ts';
import type { TimeExpression, TimeSpec } from '../time/findTimeExpressions.ts';
import { shiftSpec } from '../time/shiftSpec.ts';
import { findOffsets } from '../time/findOffsets.ts';
import type { Modifier } from './findModifiers.ts';
import { nearestByWords } from './nearestByWords.ts';
import { isSetAfter } from './isSetAfter.ts';
import { opensClause } from './opensClause.ts';
import type { Trigger } from './triggersOf.ts';
import { wordDistance } from './wordDistance.ts';
import { isNamingClause } from './isNamingClause.ts';
import { governsClause } from './governsClause.ts';
import { isCountedFrom } from './isCountedFrom.ts';
import { SPEECH_KINDS } from './speechKinds.ts';
import { CALENDAR_NAMES } from '../time/calendarNames.ts';
import { isOwnedDay } from '../time/isOwnedDay.ts';
import { inWordsSaid } from './inWordsSaid.ts';
import { SETTING_OPENERS } from '../happenings/settingOpeners.ts';

// A clause opened by "when", "as", "while" or "once" is set at the same time as the one it joins.
const SIMULTANEOUS = new RegExp(String.raw`^\W*(?:${[...SETTING_OPENERS].join('|')})\b`, 'i');
/** What joins a second verb to the first, with its subject: "… and accused", ", and then urged". */
const JOINED_VERB = /(?:,\s*)?\band\s+(?:(?:also|then|later|again)\s+)?$/i;
// A clause joined on after a comma, its subject then the verb: ", and Borea's ministry said".
const SECOND_SPEAKER = /^[^.;:]*,\s*(?:and|while|whereas|but)\s+\S[^,.;:]*$/i;

/** A date of a sentence given to the happening it dates. */
export interface DateOf {
  time: TimeExpression;
  trigger: Trigger;
  /** The date belongs to another clause of the sentence ("…broke down, with shooting resuming after March 3"). */
  borrowed: boolean;
  /** The date is the day the happening was told of ("X said on Monday that …"): it happened then or shortly before. */
  told: boolean;
  /** The new date of a happening put off ("put off until Wednesday"): the plan's, not the postponement's. */
  rescheduled?: boolean;
  /** With `rescheduled`: the day a plan put off with no new day was due on ("called off a visit set for Wednesday"), the plan's. */
  due?: boolean;
  /**
   * Counted from the date of the news it is told beside ("fought on Saturday, a day after clashes
   * killed four"): told as the news's setting, it is dated to its own day all the same.
   */
  counted?: boolean;
}

// A date after "since" opens a period ("the worst fighting since 2019"): it dates nothing in its clause.
const SINCE = /\bsince\s+(?:(?:the|last|early|late|mid)\s+)?$/i;
// "Since Monday, …": a sentence that opens on the day a period began.
// "since the conflict erupted on", "since the handover of": a "since" that opens a clause or phrase of its own before the date, with no break between.
// "held since July on Thursday": a "since" whose words are only a date ("since July", "since 3 May
// 2024") opens no clause of its own, and the day after it dates the sentence's happening.
const SINCE_CLAUSE = new RegExp(String.raw`\b[Ss]ince\s+(?!(?:(?:${CALENDAR_NAMES.join('|')}|\d{1,4}(?:st|nd|rd|th)?),?\s+)+(?:on|in|at)\s+$)(?:the|a|an|its|their|his|her|this|that|[\p{Lu}])[^,;:.()]*?\s+(?:on|in|at|of)\s+$`, 'u');
/** Characters back from a date a "since" that opens its clause may lie. */
const SINCE_CLAUSE_REACH = 60;
const SINCE_OPENS = /^\s*(?:(?:and|but|ever)\s+)?since\s+(?:(?:the|last|early|late|mid)\s+)?$/i;
// The place and date that open a wire report ("PHNOM PENH, April 23 (Reuters) -", "NEW DELHI, May 13 —")
// say where and when it was filed, not when anything in it happened.
const DATELINE_BEFORE = /^(?:[\p{Lu}][\p{L}'’.-]*[\s,/]+){0,5}$/u;
// Some wires print no dash after the agency ("Velmora, Mar 14 (AW) Troops…"), or close the day with
// a full stop ("ARLANDIA CITY, 14 Mar. Troops…").
const DATELINE_AFTER = /^\s*(?:(?:\([^)]{1,40}\)\s*)?(?:[—–:]|-{1,2})\s|\([^)]{1,40}\)\s+(?=\p{Lu})|\.\s+(?=\p{Lu}))/u;
// A date alone at the head of a line, set off by a colon or a dash with no place or agency
// beside it, heads an entry of a chronology or a live blog ("June 8: Arland closes the crossing",
// "8 June – Fighting breaks out"): it dates the entry.
const ENTRY_AFTER = /^\s*(?::|[—–]|-{1,2})\s/;
const isEntryDate = (text: string, d: { start: number; end: number }) => text.slice(0, d.start).trim() === '' && ENTRY_AFTER.test(text.slice(d.end));
// A report verb right before a date dates the telling: "said on Monday", "told reporters on Sunday".
// "said in a statement on Saturday", "told reporters in an interview on Monday": where the words
// were given, between the report verb and its day, is of the telling too.
const TELLING_GAP = /^\s*(?:\S+\s+)?(?:in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:statement|interview|post|speech|tweet|briefing|letter|note|address)\s+)?(?:on\s+|late\s+|early\s+)?$/iu;
// Between a happening and the report verb of a passive: "clashes were (also) reported", "fighting has been reported".
const PASSIVE_REPORT = /^\s*(?:was|were|is|are|has been|have been|had been)\s+(?:also\s+|again\s+|first\s+)?$/i;
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\S+\s+)?(?:been|remained|stayed)\b/i;
/**
 * A told happening the day of telling can date: an act said to have happened, not a state or what
 * may come; a noun only as the object of a verb in the present perfect ("has carried out
 * exercises"), not one named as known.
 */
const toldEvent = (t: Trigger) =>
  t.happening.told !== undefined && !t.happening.background && t.happening.modality === undefined && t.happening.tense === 'past' && (t.happening.pos === 'verb' || t.happening.perfect === 'present');
// An occasion of speaking set off by a comma, up to its day: ", in a televised address on", ", at a news conference late on".
const OCCASION_BEFORE = /,\s*(?:in|at|during)\s+(?:a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:address|interview|speech|statement|briefing|conference|broadcast|post)\s+(?:(?:late|early)\s+)?on\s+$/iu;
// "On Friday the ministry announced sanctions on the envoy": a verb that puts in force what it
// names, told on a day; the measure it names, its object, is news of that day.
const ANNOUNCING = /^(?:announced|declared|imposed|ordered|unveiled)$/i;
const announcedOn = (t: Trigger) =>
  t.happening.pos === 'noun' && !t.happening.background && t.happening.modality === undefined && ANNOUNCING.test(t.happening.governor?.text.split(/\s+/)[0] ?? '');
/** A source named after what it tells: "according to", "reportedly". */
const SOURCED_AFTER = /^(?:according|reportedly|allegedly)\b/i;
/** "a week ago", "about a week ago": a week as a round figure. */
const ROUND_WEEK = /^(?:about\s+|some\s+|roughly\s+)?a\s+week\s+ago$/i;
const UNTIL = /\b(?:until|till|to)\s+(?:the\s+)?$/i;
const PUT_OFF = /\b(?:postpone[ds]?|put\s+off|put\s+on\s+hold|shelved|delay(?:ed|s)?|pushed\s+back|called\s+off|deferred)\b/i;
const PUT_OFF_JUST_BEFORE = /\b(?:postponed|put\s+off|delayed|pushed\s+back|called\s+off|deferred)\s+(?:the|a|an|its|their)?\s*$/i;
/** "planned for Tuesday", "set for the 12th": the day of the plan, not of its postponement. */
const PLAN_DAY = /\b(?:for|from)\s+(?:the\s+)?$/i;
/** "set for Wednesday", "due on Monday": the day a plan was due on. */
const DUE_DAY = /\b(?:for|due(?:\s+(?:on|in|at))?)\s+(?:the\s+)?$/i;
/** "the summit Velmora was to host in November", "the trip he was due to make on Wednesday": a day
 * in a clause that says what was to have been done is the day the plan was due on. */
const WAS_TO_DAY = /\b(?:was|were|had\s+been)\s+(?:(?:due|set|scheduled|expected|planned|supposed)\s+)?to\s+\p{L}+(?:\s+(?:it|them|there))?\s+(?:on|in|at)\s+(?:the\s+)?$/iu;
// "keep the truce in place until February 18": the day a state runs until is its end, not its news;
// so is the day it "runs to" or "is valid to" ("a notice that runs to March 10").
const RUNS_UNTIL = /\b(?:until|till|through|(?:runs?|running|ran|valid)\s+to)\s+(?:the\s+)?$/i;
// "the closure, due to expire on Wednesday night": the day a state is set to end on is its end too.
const DUE_TO_END = /\b(?:due|set|scheduled|expected)\s+to\s+(?:expire|end|run\s+out|lapse)\s+(?:on|at|in|by)?\s*(?:the\s+)?$/i;
/** Whether a date names the end of a state, by the words just before it. */
const endsState = (text: string, at: number) => RUNS_UNTIL.test(text.slice(Math.max(0, at - 12), at)) || DUE_TO_END.test(text.slice(Math.max(0, at - 40), at));
// "the truce was extended to February 18": the day a state is extended to is its new end; the
// extension is news of the day it was told.
const EXTENDED_TO = /\b(?:extend(?:ed|s|ing)?|extension|prolong(?:ed|s|ing)?)\b[^.;]{0,40}?\bto\s+(?:the\s+)?$/i;
// What a saying asks or promises, in the infinitive, up to a date in its own words: "asked to
// meet Putin in Paris on", "urged Borea to pull its troops back by". "Said to reporters on" is no
// infinitive: the word after "to" is lower case and no article, pronoun or possessive.
const ASKED_FOR = /^\s+(?:(?:[\p{Lu}][\p{L}'’.-]*|him|her|them|it|us|the\s+\p{L}+|its\s+\p{L}+)\s+){0,3}to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me|reporters|journalists|parliament|state|local|foreign|news|television|radio)\b)\p{Ll}+\b[^,;:.()]*$/u;
/** A phrase in apposition to a date: ", the extended deadline of the ". */
const APPOSITIVE = /^\s*,\s*(?:the|an?)\s[^,.;:()]*$/i;
/** Kinds whose happening is a state that runs until a day (a truce, a closure), not a day's violence. */
const STATES = new Set(['ceasefire', 'diplomacy', 'measure', 'detention', 'humanitarian']);
/** Nothing but a preposition between a proposal and its own date: "proposed on Monday". */
const PROPOSED_ON = /^\s*(?:on|late|early|late on|early on|in|at)?\s*$/i;
/** Characters from "a day after" to the date of the happening it counts from ("… talks in the capital ended on Monday"). */
const SHIFTED_REACH = 80;
// "after a lull on Tuesday", "following a day of calm on Monday": a setting named by a few words and
// its date, up to the date.
const BARE_SETTING = /\b(?:after|before|following)\s+(?:[\p{L}'’-]+\s+){1,5}(?:on|in|at)\s+(?:the\s+)?$/iu;
// A setting told as weeks or more before what it is set beside: "two weeks after it blamed".
const LONG_BEFORE = /\b(?:weeks?|fortnight|months?|years?|decades?)\s+(?:after|since)\s+[^,;:.]*$/i;
// A clause set off by a comma that says what a thing or person is: ", which the president visited in".
const DESCRIBING_CLAUSE = /,\s*(?:which|who|whom|whose)\s[^,;:()]*$/i;
/** Characters back from a date such a setting may open. */
const SETTING_REACH = 60;
/** Words a date may lie from a happening in another clause and still be its date. */
const MAX_OTHER_CLAUSE = 15;
// "stopped two smugglers, one of them carrying a pistol, as they waded across at Halvane late on Sunday":
// a short aside set off by commas that tells of no happening says who or what, not when; its words
// are no distance between a happening and the date of the clause after it.
const ASIDE = /,\s*([^,;:.()]+?)\s*,/g;
/** Words an aside may run to and still be one. */
const MAX_ASIDE = 8;

/** The pronouns that open an aside on a noun: "which", "who". */
const ASIDE_OPENER = /^(?:which|who|whom|whose)\b/i;
// A relative clause that tells what happened on the day just named: "on Tuesday in which …",
// "on 3 May, during which …", "on Monday when …".
const RELATIVE_AFTER = /^\s*,?\s*(?:(?:in|during|on|at)\s+which|when)\b/i;
// "since 29 November, when …": the clause of the day a span is measured from.
const WHEN_AFTER = /^\s*,\s*when\b/i;

// Only an auxiliary between a date and the verb after it: "in March were freed", "on Monday has been".
const SUBJECT_DATE_AFTER = /^\s*(?:was|were|is|are|had|has|have)(?:\s+been)?\s+\p{L}+$/iu;
const inClause = (t: Trigger, at: number) => at >= t.clause.start && at < t.clause.end;
/** A day or a month a span can run from: "since Monday", "since 8 December", "since July"; not a year. */
const opensSpan = (time: TimeExpression) =>
  time.extent === undefined &&
  (time.spec.type === 'weekday' || (time.spec.type === 'relative' && time.spec.unit === 'day') || (time.spec.type === 'calendar' && time.spec.month !== undefined && time.spec.period === undefined));

/**
 * Gives each date of a sentence to the happening it dates: one in the date's own clause, nearest
 * first and preferring one before the date ("talks on Monday after clashes"); a date of a clause
 * without one dates the nearest happening that has no date yet, unless that happening is told as
 * background ("after clashes", which takes only a date of its own clause). A date that only
 * dates the telling ("said on Monday that…", "On Sunday, X told reporters that…") dates the told
 * happenings that have no date of their own. A happening with a phase word but no date of its own
 * clause shares the sentence's nearest date ("the truce later collapsed, with clashes on March 3").
 * Dates of a dateline date nothing, nor do dates after "since", but for what has gone on since
 * then ("have exchanged fire since Monday"), which they date as a span up to the day it was
 * told. A happening put off takes only its new date ("until Wednesday"), as its plan's. A date
 * inside a modifier ("the truce agreed on Sunday", see findModifiers) dates only what the modifier
 * tells or the noun it tells of. The dates of tellings are returned too.
 * @example anchorDates(text, { dates, triggers, reports, phased }).dates.map((d) => d.trigger.value) // ['talks']
 */
export function anchorDates(
  text: string,
  {
    dates,
    triggers,
    reports,
    phased,
    postponed = new Set(),
    modifiers = [],
    scopes = [],
  }: {
    dates: readonly TimeExpression[];
    triggers: readonly Trigger[];
    reports: readonly PhraseMatch<unknown>[];
    phased: ReadonlySet<Trigger>;
    postponed?: ReadonlySet<Trigger>;
    modifiers?: readonly Modifier[];
    /** Clauses and phrases that tell of a noun ("the base, which Ferrin visited in 2018", "a 1973 treaty"): see findRelativeClauses, datedNounPhrases. */
    scopes?: readonly Modifier[];
  },
): { dates: DateOf[]; tellings: TimeExpression[] } {
  const usable = dates.filter(
    (d) =>
      !SINCE.test(text.slice(Math.max(0, d.start - 24), d.start)) &&
      (isEntryDate(text, d) || !(DATELINE_BEFORE.test(text.slice(0, d.start)) && DATELINE_AFTER.test(text.slice(d.text.endsWith('.') ? d.end - 1 : d.end)))),
  );
  // "Heavy fighting was reported early this week": a report verb in the passive with the happening
  // as its subject says only that the happening is known; its date is the happening's.
  const passiveOf = (r: PhraseMatch<unknown>) => triggers.some((t) => t.end <= r.start && PASSIVE_REPORT.test(text.slice(t.end, r.start)));
  const telling = (time: TimeExpression) =>
    // "Kael Orvan, in a radio speech on Tuesday, branded …": the occasion of speaking set off
    // after the subject, with its day, dates the telling.
    (OCCASION_BEFORE.test(text.slice(Math.max(0, time.start - 80), time.start)) && /^\s*,/.test(text.slice(time.end))) ||
    reports.some((r) => r.end <= time.start && TELLING_GAP.test(text.slice(r.end, time.start)) && !passiveOf(r)) ||
    // "Speaking to the assembly on Monday, the speaker said …": a sentence that reports nothing but
    // what someone said dates the saying.
    (triggers.length === 0 && reports.length > 0) ||
    // "On Sunday, X told reporters that …": every happening is told after the frame, the date before it.
    (triggers.length > 0 &&
      triggers.every((t) => t.happening.told !== undefined && t.happening.told.frame.end <= t.start && time.end <= t.happening.told.frame.start));

  // "the island struck by artillery on Tuesday", "the truce agreed on Sunday": a modifier with a
  // date of its own dates what it tells, or the noun it tells of; its date dates nothing outside
  // it, nor does a date outside it date what it tells.
  const lending = modifiers.filter((m) => usable.some((d) => d.start >= m.start && d.end <= m.end));
  const holderOf = (at: number) => lending.find((m) => at >= m.start && at < m.end);
  // The noun told of, when it names the happening itself ("the truce agreed on Sunday"), not a
  // verb's object ("breaking the truce agreed on Sunday" breaks it on no day the modifier gives).
  const ofHead = (t: Trigger, m: Modifier) => t.happening.pos === 'noun' && t.start < m.head.end && t.end > m.head.start;
  const outside = (t: Trigger) => holderOf(t.start) === undefined;
  // "Borea shelled the base, which Ferrin visited in December 2018", "used the winter weather to
  // cross": a date inside a clause or phrase that tells of a noun is of what that clause tells, or
  // of the noun; it dates no other act of the sentence.
  const scopeOf = (time: TimeExpression) => scopes.find((s) => time.start >= s.start && time.end <= s.end);
  const reaches = (t: Trigger, time: TimeExpression) => {
    const scope = scopeOf(time);
    return !scope || (t.start >= scope.start && t.end <= scope.end) || (t.start < scope.head.end && t.end > scope.head.start);
  };
  // "Ferrin sent condolences over the soldiers killed by a police officer when she spoke to Ruiz on
  // Tuesday": an act told in a clause or phrase that tells of a noun takes no date of another
  // clause, but one of the noun's own words ("the violence of June 2010, which killed hundreds").
  const toldOfNoun = (t: Trigger, time: TimeExpression) =>
    [...modifiers, ...scopes].some((m) => t.start >= m.start && t.end <= m.end && !(time.start >= m.start && time.end <= m.end) && !(time.start >= m.head.start && time.end <= m.head.end));
  // "Arland sent troops in after war broke out in the north in November last year": a date
  // inside a clause of time set after the happening's own clause dates what that clause recaps,
  // never the happening, which it says only came later.
  const inSettingAfter = (t: Trigger, time: TimeExpression) => isSetAfter(text, t.clause.end, time.start);

  const inDescribingClause = (time: TimeExpression) => {
    const before = text.slice(Math.max(0, time.start - SETTING_REACH), time.start);
    const m = DESCRIBING_CLAUSE.exec(before);
    if (!m) return false;
    const from = time.start - before.length + m.index;
    // "the fighting, which died down on Tuesday": a clause that says what a happening did dates it.
    const ofHappening = triggers.some((t) => t.end <= from && /^\s*$/.test(text.slice(t.end, from)));
    return !ofHappening && !triggers.some((t) => t.start >= from && t.start < time.start);
  };
  const inBareSetting = (time: TimeExpression) => {
    const before = text.slice(Math.max(0, time.start - SETTING_REACH), time.start);
    const m = BARE_SETTING.exec(before);
    if (!m) return false;
    const from = time.start - before.length + m.index;
    return !triggers.some((t) => t.start >= from && t.start < time.start);
  };
  // "Borea said on Thursday it had extended the patrols, first due to end on 3 May": a
  // saying dated by the day of its telling takes no other date of the sentence. "Asked to meet
  // him in Paris on Nov. 30", "urged Borea to withdraw by Friday": a date after the infinitive a
  // saying asks for dates what it asks for, not the asking.
  // "condemned the violation of the 1994 accord", "demanded that Arland pull back by March 30": a
  // date inside the words a saying states (a that-clause, a deadline, a year that names a thing)
  // is of what they name; the saying is dated by its telling.
  const notSaid = (t: Trigger, time: TimeExpression) =>
    SPEECH_KINDS.has(t.value) && t.end <= time.start &&
    (usable.some((d) => d !== time && d.start >= t.end && d.end <= time.start && TELLING_GAP.test(text.slice(t.end, d.start)) && telling(d)) || ASKED_FOR.test(text.slice(t.end, time.start)) ||
      inWordsSaid(text, t.end, time));
  const asideWords = (t: Trigger, time: TimeExpression) => {
    const [from, to] = t.end <= time.start ? [t.end, time.start] : [time.end, t.start];
    return [...text.slice(from, to).matchAll(ASIDE)]
      .map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, words: wordDistance(m[0], { start: 0, end: 0 }, { start: m[0].length, end: m[0].length }) }))
      .filter((a) => a.words <= MAX_ASIDE && !triggers.some((o) => o.start >= a.start && o.end <= a.end) && !usable.some((d) => d.start >= a.start && d.end <= a.end))
      .reduce((sum, a) => sum + a.words, 0);
  };
  const found: DateOf[] = [];
  const tellings: TimeExpression[] = [];
  const across: { time: TimeExpression; trigger: Trigger; cost: number }[] = [];
  // A date's extent leaves out its preposition ("on Friday" is "Friday"), which is no word between
  // the date and what it dates.
  const withPreposition = (time: TimeExpression) => {
    const lead = /\b(?:on|in|at|since|until|by|during|from|for|of)\s+$/i.exec(text.slice(Math.max(0, time.start - 8), time.start));
    return lead ? { start: time.start - lead[0].length, end: time.end } : time;
  };
  const dueDay = (time: TimeExpression) => DUE_DAY.test(text.slice(Math.max(0, time.start - 12), time.start)) || WAS_TO_DAY.test(text.slice(Math.max(0, time.start - 60), time.start));
  const cost = (t: Trigger, time: TimeExpression) => {
    const words = wordDistance(text, t, withPreposition(time));
    return t.start > time.start ? words * 1.5 + 1 : words;
  };
  // "the sailors Borea seized in March were freed": a date after a preposition, set between a
  // subject and its verb's auxiliary, is of the phrase that subject holds, not of the verb after it.
  const inSubject = (time: TimeExpression, t: Trigger) => {
    const lead = withPreposition(time);
    return lead.start < time.start && SUBJECT_DATE_AFTER.test(text.slice(time.end, t.end)) && /[\p{L}\d]\s+$/u.test(text.slice(Math.max(0, lead.start - 12), lead.start));
  };
  // The asides are read only for a pair the plain count puts out of reach.
  const withinReach = (t: Trigger, time: TimeExpression) => {
    const words = wordDistance(text, t, withPreposition(time));
    return words <= MAX_OTHER_CLAUSE || words - asideWords(t, time) <= MAX_OTHER_CLAUSE;
  };
  for (const time of usable) {
    const holder = holderOf(time.start);
    if (holder) {
      const told = nearestByWords(text, triggers.filter((t) => (holderOf(t.start) === holder || ofHead(t, holder)) && !inSubject(time, t)), time, (t) => cost(t, time));
      if (told) found.push({ time, trigger: told, borrowed: false, told: false });
      continue;
    }
    if (telling(time)) {
      tellings.push(time);
      continue;
    }
    // "Fighting resumed on Wednesday after a lull on Tuesday": a date in a setting that names no
    // happening of ours dates that setting, when the sentence dates its news otherwise.
    if (inBareSetting(time) && usable.some((d) => d !== time && !inBareSetting(d) && !telling(d))) continue;
    // "the envoys' first talks since shelling broke out on June 3": a date inside a
    // clause opened by "since" dates only what that clause tells, never what the "since" measures from.
    const sinceAt = SINCE_CLAUSE.exec(text.slice(Math.max(0, time.start - SINCE_CLAUSE_REACH), time.start));
    if (sinceAt) {
      const from = Math.max(0, time.start - SINCE_CLAUSE_REACH) + sinceAt.index;
      const told = nearestByWords(text, triggers.filter((t) => t.start >= from && t.end <= time.start && outside(t) && reaches(t, time)), time, (t) => cost(t, time));
      if (told) found.push({ time, trigger: told, borrowed: false, told: false });
      continue;
    }
    // In its own clause, the news before what is told as its cause ("families who fled the shelling
    // … on Monday, as …" dates the flight, not a recap).
    // "pulled out on February 18, the extended deadline of the ceasefire": a phrase set after a
    // date mid-sentence says what the day was, and what it names is not dated by it.
    const describesDay = (t: Trigger) =>
      t.start >= time.end && APPOSITIVE.test(text.slice(time.end, t.start)) && !/^\s*(?:\S+\s+){0,2}$/.test(text.slice(0, time.start));
    const mine = triggers.filter((t) => inClause(t, time.start) && !describesDay(t) && outside(t) && reaches(t, time) && !inSubject(time, t));
    const foreground = mine.filter((t) => !t.happening.background);
    const nearest = nearestByWords(text, foreground.length > 0 ? foreground : mine, time, (t) => cost(t, time));
    // "Talks resumed on Thursday after clashes on Wednesday": a happening dated by a nearer date is
    // not dated again across a setting named after that date; the later date is the setting's.
    const between = nearest && usable.find((d) => d !== time && d.start >= nearest.end && d.end <= time.start);
    const setting = between && mine.filter((t) => t.happening.background && t.start >= between.end && t.end <= time.start).at(-1);
    // "After talks collapsed on Monday, troops clashed": a date before the comma that ends an
    // opening setting is the setting's, not the news after it.
    const opening = nearest && nearest.start >= time.end && text.slice(time.end, nearest.start).includes(',') &&
      mine.filter((t) => t.happening.background && t.end <= time.start).at(-1);
    const own = setting || opening || nearest;
    if (own && postponed.has(own)) {
      // "planned for Monday, put off until Wednesday": the new date is the plan's; the old one is past.
      if (UNTIL.test(text.slice(Math.max(0, time.start - 12), time.start))) found.push({ time, trigger: own, borrowed: false, told: false, rescheduled: true });
      // "was put off on Tuesday": a date after the word that puts it off, not led by "for", dates the postponement.
      // "Arland on Wednesday postponed the release": a date before the word that puts it off, and
      // before what it puts off, dates the postponement too.
      else if (
        (PUT_OFF.test(text.slice(own.end, time.start)) ||
          (time.end <= own.start && PUT_OFF.test(text.slice(time.end, own.start))) ||
          // "Arland postponed the release of the soldiers on Thursday": a day after what a verb
          // just before it puts off dates the putting off, as a day after any verb and its object does.
          (time.start >= own.end && PUT_OFF_JUST_BEFORE.test(text.slice(Math.max(0, own.start - 24), own.start)) && !/[,;]/.test(text.slice(own.end, time.start)))) &&
        !PLAN_DAY.test(text.slice(Math.max(0, time.start - 12), time.start))
      ) {
        found.push({ time, trigger: own, borrowed: false, told: false });
      } else if (dueDay(time)) found.push({ time, trigger: own, borrowed: false, told: false, rescheduled: true, due: true });
      continue;
    }
    // "agreed on Monday to meet again": a date inside the words that plan a happening dates the planning.
    if (own && own.happening.modality === 'planned' && own.happening.modalityWord?.includes(time.text)) continue;
    // "offered to host talks next week", "a proposal for talks on Monday": a date after what is
    // proposed is the proposed happening's, not the proposal's; "proposed on Monday" is the proposal's.
    if (own && own.type === 'proposal' && time.start >= own.end && !PROPOSED_ON.test(text.slice(own.end, time.start))) continue;
    // "Borea said on Thursday it had extended the patrols, first due to end on 3 May": a
    // saying dated by the day of its telling takes no other date of the sentence.
    if (own && notSaid(own, time)) continue;
    if (own && STATES.has(own.value) && endsState(text, time.start)) continue;
    if (own && STATES.has(own.value) && EXTENDED_TO.test(text.slice(Math.max(0, time.start - 60), time.start))) continue;
    if (own) {
      found.push({ time, trigger: own, borrowed: false, told: false });
      continue;
    }
    // "an incident on Tuesday in which rebels crossed the border, killed a soldier and took a
    // hill": what the relative clause after the date tells happened that day, however long it runs
    // (up to the next date).
    // "Tuesday's incident, in which …": after the noun the date names.
    const scope = scopeOf(time);
    const tail = scope && scope.start === time.start ? scope.end : time.end;
    if (RELATIVE_AFTER.test(text.slice(tail, tail + 24))) {
      const next = usable.find((d) => d.start >= tail);
      const told = triggers.filter((t) => t.start >= tail && (!next || t.end <= next.start) && !t.happening.background);
      for (const t of told) across.push({ time, trigger: t, cost: 0 });
      if (told.length > 0) continue;
    }
    // "at the air base, which the president visited in December 2018, and whether anyone was
    // killed": a date in a clause set off by a comma to say what a thing or person is, which names
    // no happening of ours, tells that thing's past; it dates nothing outside that clause.
    if (inDescribingClause(time)) continue;
    // "The closure will last two weeks, until March 27": the day a state runs until, in a clause of
    // its own, is its end there too, not its news.
    const runsUntil = endsState(text, time.start);
    const near = nearestByWords(
      text,
      triggers.filter((t) => !t.happening.background && outside(t) && reaches(t, time) && !toldOfNoun(t, time) && !inSettingAfter(t, time) && !notSaid(t, time) && !(runsUntil && STATES.has(t.value)) && !inSubject(time, t) && withinReach(t, time)),
      time,
      (t) => cost(t, time),
    );
    if (near) across.push({ time, trigger: near, cost: cost(near, time) });
  }
  // "back home since 29 November, when they were handed over": a "since" measures a span from the
  // day, but the clause "when" opens right after it tells what happened on that day, up to the
  // next date or the end of the clause.
  for (const time of dates) {
    if (!SINCE.test(text.slice(Math.max(0, time.start - 24), time.start)) || !WHEN_AFTER.test(text.slice(time.end, time.end + 12))) continue;
    const next = usable.find((d) => d.start >= time.end);
    const stop = Math.min(next?.start ?? text.length, ...[';', ':'].map((c) => text.indexOf(c, time.end)).filter((at) => at >= 0));
    for (const t of triggers) {
      if (t.start >= time.end && t.end <= stop && !t.happening.background && !found.some((d) => d.trigger === t)) found.push({ time, trigger: t, borrowed: false, told: false });
    }
  }
  // A date of a clause that reports no happening dates the nearest one of another clause, but a
  // happening takes one date so: its own clause's, or else the nearest ("The fighting began when
  // Arland launched Operation Tern on March 7, …avenging the killing… on February 22": March 7 only).
  for (const a of across.sort((x, y) => x.cost - y.cost)) {
    if (!found.some((d) => d.trigger === a.trigger)) found.push({ time: a.time, trigger: a.trigger, borrowed: false, told: false });
  }
  // "have exchanged fire since Monday": what has gone on since a day or a month, told in the
  // present perfect, spans from then to the day it was told of (or published). "The worst
  // fighting since 2019" opens no span: it says nothing of going on.
  for (const time of dates) {
    if (!SINCE.test(text.slice(Math.max(0, time.start - 24), time.start)) || !opensSpan(time)) continue;
    // "Since Monday, shelling has killed 12": a sentence that opens on the day scopes over what follows.
    const opening = SINCE_OPENS.test(text.slice(0, time.start));
    const mine = triggers.filter((t) => (inClause(t, time.start) || opening) && !t.happening.background && (t.start < time.start || opening));
    const own = nearestByWords(text, mine, time, (t) => cost(t, time));
    // "The border has been closed since 12 May": a state read as a noun phrase keeps its perfect in its own words.
    const perfect = own && (own.happening.perfect === 'present' || (own.start < time.start && PRESENT_PERFECT.test(text.slice(own.start, time.start))));
    if (!own || !perfect || found.some((d) => d.trigger === own)) continue;
    const until: TimeSpec = tellings[0]?.spec ?? { type: 'relative', unit: 'day', shift: 0 };
    found.push({ time: { ...time, extent: { to: 'date', until } }, trigger: own, borrowed: false, told: false });
  }
  // A sentence that dates its news once dates all of it: "X telephoned A and B on Tuesday and again
  // offered to help", "the two countries agreed at a meeting … on Feb. 22". What it tells as a
  // recap keeps to its own date.
  // "When Borean troops crossed the line on Monday, Arland summoned the envoy": a date of a
  // setting told as at the same time as the news is the news's date too, though the setting is no news.
  // "The leaders agreed that the talks opened in May were the way forward": a date inside the
  // that-clause a verb governs dates that clause's happening, never lent to the verb.
  // "The gunman is dead: he was executed in May": what follows a colon explains what precedes it,
  // and its date is its own.
  const inItsClause = (trigger: Trigger, time: TimeExpression) => trigger.end <= time.start && ((trigger.happening.pos === 'verb' && governsClause(text.slice(trigger.end, time.start))) || /:\s/.test(text.slice(trigger.end, time.start)));
  const news = found.filter((d) => !d.trigger.happening.background || SIMULTANEOUS.test(text.slice(d.trigger.clause.start, d.trigger.start)));
  const days = new Set(news.map((d) => d.time.text));
  // What is only planned or possible ("a summit in Paris next week") has no day the news shares.
  if (days.size === 1 && tellings.length === 0 && news[0]!.trigger.happening.modality === undefined) {
    // "Arland closed the border, and on Tuesday Borea recalled its ambassador": a date that
    // opens its clause scopes over what follows it, not over the clauses before.
    const opens = opensClause(text, news[0]!.trigger.clause.start, news[0]!.time.start);
    for (const trigger of triggers) {
      if (opens && trigger.end <= news[0]!.trigger.clause.start) continue;
      if (!reaches(trigger, news[0]!.time)) continue;
      // Something said is dated by its own clause: "accused them of firing on Sunday" dates the firing.
      // Nor does what is only planned or possible share the news's date.
      // Sourced after it all ("…, took two machine guns and blew up a police boat, according to
      // industry sources"), the sentence is told on one word, and its date is all of it.
      const told = trigger.happening.told;
      const sourcedAfter = told !== undefined && told.frame.start >= trigger.end && told.frame.start >= news[0]!.time.end && SOURCED_AFTER.test(told.frame.text);
      // "Arland recalled its ambassador on Monday and accused Borea of …": a saying joined by "and"
      // after the dated act, with the act's subject, was made that day too.
      const joinedSaying = SPEECH_KINDS.has(trigger.value) && trigger.happening.pos === 'verb' && news[0]!.trigger.happening.pos === 'verb' && !isOwnedDay(text, news[0]!.time.end) && news[0]!.trigger.end <= trigger.start && news[0]!.time.end <= trigger.start && JOINED_VERB.test(text.slice(Math.max(news[0]!.time.end, trigger.start - 24), trigger.start)) && !/[.;:]/.test(text.slice(news[0]!.time.end, trigger.start));
      // "The UN called on Tuesday for restraint, and Borea's ministry said …": a second speaker's
      // saying joined on after a dated one, with no day of its own, was said in the same breath.
      const sameBreath = SPEECH_KINDS.has(trigger.value) && SPEECH_KINDS.has(news[0]!.trigger.value) && trigger.happening.pos === 'verb' && news[0]!.trigger.end <= trigger.start && news[0]!.time.end <= trigger.start && SECOND_SPEAKER.test(text.slice(news[0]!.time.end, trigger.start));
      if (trigger.happening.background || (told && !sourcedAfter) || trigger.happening.modality || (SPEECH_KINDS.has(trigger.value) && !joinedSaying && !sameBreath) || found.some((d) => d.trigger === trigger)) continue;
      // "The rebels who captured the city have declared a truce from Tuesday": a relative clause
      // before the news names who its subject is by what they did before; it is no news of the day.
      if (trigger.end <= news[0]!.trigger.start && trigger.happening.pos === 'verb' && isNamingClause(text.slice(0, trigger.start))) continue;
      if (inItsClause(trigger, news[0]!.time)) continue;
      found.push({ time: news[0]!.time, trigger, borrowed: true, told: false });
    }
  }
  /**
   * "Troops fought again on Saturday, a day after clashes killed four": with no date of its own,
   * what the phrase names lies that many days before (or after) the date of the news it follows,
   * in the clauses up to the next date or the sentence's end. What is said of it keeps its own
   * date, if it has one.
   */
  const countBack = (start: number, phraseEnd: number, days: number) => {
    const host = usable.filter((d) => d.end <= start && start - d.end <= SHIFTED_REACH).at(-1);
    // "the minister said on Tuesday, a day after clashes killed four": the day of a telling is news too.
    const news = host !== undefined && (tellings.includes(host) || found.some((d) => d.time === host && !d.trigger.happening.background));
    const spec = host && news ? shiftSpec(host.spec, -days) : undefined;
    if (!spec) return;
    const end = usable.find((d) => d.start >= phraseEnd)?.start ?? text.length;
    const time: TimeExpression = { start, end: phraseEnd, text: text.slice(start, phraseEnd), spec, rule: 'shifted' };
    // "a day after Borea said its patrol had come under fire": the telling the phrase
    // counts from is of that day, and what it told happened by then.
    const frame = (t: Trigger) => t.happening.told?.frame;
    const reportedThen = (t: Trigger) =>
      t.start >= phraseEnd && t.start < end && t.happening.modality === undefined && !/[,;]/.test(text.slice(phraseEnd, t.start)) &&
      ((SPEECH_KINDS.has(t.value) && t.happening.pos === 'verb' && frame(t) === undefined) || (frame(t) !== undefined && frame(t)!.start >= phraseEnd && frame(t)!.start < t.start && toldEvent(t)));
    for (const trigger of triggers) {
      const counted = isCountedFrom(trigger, phraseEnd, end);
      if (!(counted || reportedThen(trigger)) || found.some((d) => d.trigger === trigger && !d.borrowed)) continue;
      const at = found.findIndex((d) => d.trigger === trigger);
      if (at >= 0) found.splice(at, 1);
      found.push({ time, trigger, borrowed: false, told: !counted && !SPEECH_KINDS.has(trigger.value), counted: true });
    }
  };
  // "a day after talks ended on Monday", "two days before the vote on March 3", "hours after the
  // truce took effect on Sunday": what the phrase is said of lies that many days from the other
  // happening's date, which is not its own.
  for (const offset of findOffsets(text)) {
    const { days, end: phraseEnd } = offset;
    const other = usable.find((d) => d.start >= phraseEnd && d.start - phraseEnd <= SHIFTED_REACH);
    if (!other) {
      countBack(offset.start, phraseEnd, days);
      continue;
    }
    const spec = shiftSpec(other.spec, days);
    if (!spec) continue;
    const time: TimeExpression = { start: offset.start, end: other.end, text: text.slice(offset.start, other.end), spec, rule: 'shifted' };
    for (const trigger of triggers) {
      if (trigger.happening.background || (trigger.start >= offset.start && trigger.start < other.end)) continue;
      const at = found.findIndex((d) => d.trigger === trigger);
      if (at >= 0 && found[at]!.time !== other && !found[at]!.borrowed) continue;
      if (at >= 0) found.splice(at, 1);
      found.push({ time, trigger, borrowed: false, told: false });
    }
  }
  const dated = new Set(found.map((d) => d.trigger));
  // "Borea said on Wednesday that its troops had repelled an attack the previous night": an act told
  // in a clause whose own date went to another act beside it ("attack") is of that date, not of
  // the day it was told.
  const ownInClause = found.filter((d) => !d.told && !d.borrowed && !d.rescheduled && d.time.extent === undefined && !d.trigger.happening.background && d.trigger.happening.modality === undefined);
  if (tellings.length > 0) {
    for (const trigger of triggers) {
      if (dated.has(trigger) || !toldEvent(trigger) || SPEECH_KINDS.has(trigger.value)) continue;
      const beside = ownInClause.filter((d) => d.trigger.clause.start === trigger.clause.start && d.trigger.clause.end === trigger.clause.end && !tellings.includes(d.time) && reaches(trigger, d.time));
      const time = nearestByWords(text, beside.map((d) => d.time), trigger);
      if (!time) continue;
      found.push({ time, trigger, borrowed: false, told: false });
      dated.add(trigger);
    }
  }
  // "…, in a piece that recalls the violence of 2010, which killed hundreds": an act told in an aside
  // on a noun is what the noun did, before the telling; the day it was told is not its day.
  const inAside = (t: Trigger) => scopes.some((m) => t.start >= m.start && t.end <= m.end && ASIDE_OPENER.test(text.slice(m.start, m.end)));
  for (const time of tellings) {
    for (const trigger of triggers) {
      if (dated.has(trigger) || !(toldEvent(trigger) || SPEECH_KINDS.has(trigger.value) || announcedOn(trigger)) || inAside(trigger)) continue;
      // "…, the government said on Thursday, two weeks after it blamed Arland": a setting told
      // weeks or more before the saying is not of the day of telling ("two days after" may still
      // be counted from it).
      if (trigger.happening.background && LONG_BEFORE.test(text.slice(Math.min(time.end, trigger.start), trigger.start))) continue;
      // "The ministers have signed a deal, the agency said on March 28": an act told in the present
      // perfect was done by the day it was told of: in wire copy that day or the one before.
      const done = !SPEECH_KINDS.has(trigger.value) && trigger.happening.perfect === 'present' ? shiftSpec(time.spec, -1) : undefined;
      const at = done ? { ...time, spec: done, extent: { to: 'date' as const, until: time.spec, window: true }, rule: 'shifted' as const } : time;
      found.push({ time: at, trigger, borrowed: false, told: true });
    }
  }
  for (const trigger of triggers) if (found.some((d) => d.trigger === trigger)) dated.add(trigger);

  // A happening with its own phase word in a clause without a date shares the nearest date; not
  // one only planned or possible ("agreed to reopen the crossing after talks this week"), whose
  // day is not the news's.
  const datedClauses = found.map((d) => d.trigger.clause.start);
  const datedKinds = new Set(found.map((d) => d.trigger.value));
  for (const trigger of triggers) {
    if (dated.has(trigger) || trigger.happening.background || trigger.happening.modality || datedKinds.has(trigger.value) || !phased.has(trigger) || datedClauses.includes(trigger.clause.start)) continue;
    // Nor the date of what is only planned or possible: "signed the decree hours after Ruiz
    // said a summit next week …" signed nothing next week.
    const time = nearestByWords(text, found.filter((d) => d.trigger.happening.modality === undefined && reaches(trigger, d.time)).map((d) => d.time), trigger);
    if (!time || inItsClause(trigger, time)) continue;
    found.push({ time, trigger, borrowed: true, told: false });
    datedKinds.add(trigger.value);
  }
  // A plan put off is due on its new day when the sentence gives one ("planned for Monday, put off
  // until Friday"): the day it was first due on is no longer its day.
  // "called off a visit that had been set for Wednesday": with no new day, the day it was due on is the plan's.
  const planned = found.map((d) => (postponed.has(d.trigger) && !d.rescheduled && dueDay(d.time) ? { ...d, rescheduled: true, due: true } : d));
  const movedOn = new Set(planned.filter((d) => d.rescheduled && !d.due).map((d) => d.trigger));
  const kept = planned.filter((d) => !d.due || !movedOn.has(d.trigger));
  found.splice(0, found.length, ...kept);
  // Own dates in reading order, then lent ones. "A week ago" is a round figure, not a count of
  // seven days: the happening lies a day either side of it.
  const rounded = found.map((d) => (ROUND_WEEK.test(d.time.text) && d.time.spec.type === 'relative' && d.time.spec.unit === 'day' && d.time.spec.shift === -7 && d.time.extent === undefined
    ? { ...d, time: { ...d.time, spec: { ...d.time.spec, shift: -8 }, extent: { to: 'date' as const, until: { ...d.time.spec, shift: -6 }, window: true } } }
    : d));
  return { dates: rounded.sort((a, b) => Number(a.borrowed) - Number(b.borrowed) || a.time.start - b.time.start || a.trigger.start - b.trigger.start), tellings };
}
