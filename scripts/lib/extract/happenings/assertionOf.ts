import type { Modality } from '../lexicon/happeningsSchema.ts';
import type { HappeningRules } from './compileHappenings.ts';
import type { Roles } from './rolesOf.ts';
import type { Structure } from './readStructure.ts';
import type { Token } from './tagText.ts';
import { CALENDAR_NAMES } from '../time/calendarNames.ts';
import { DEFINITE_DETERMINERS } from '../sentences/definiteDeterminers.ts';
import { plannedAfter } from './plannedAfter.ts';

export type Tense = 'past' | 'present' | 'future';

/** How a clause asserts its happening. */
export interface Assertion {
  /** "No clashes were reported", "did not attack", "without resistance" deny it. */
  negated: boolean;
  /** What keeps it from being a plain fact: only possible, feared, planned, threatened, demanded or attempted. */
  modality?: Modality;
  /** The word that sets the modality ("could", "feared", "threatened to"). */
  modalityWord?: string;
  tense?: Tense;
  /** A perfect verb group: "has shelled" (present), "had shelled" (past); news dates them differently. */
  perfect?: 'present' | 'past';
}

/** Negations that stand as a verb's object: the deed was done to no one ("attacked nobody"). */
const NO_OBJECT = new Set(['no', 'nobody', 'none', 'nothing']);
/** Tags of a word "no" heads a phrase with ("no shots"); a "no" before none is an answer ("voted no"). */
const PHRASE_WORD = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words after such a negation that make it a bound or an exception, no denial: "no fewer than 12", "nothing but fields". */
const BOUND_AFTER = new Set(['fewer', 'less', 'more', 'later', 'earlier', 'sooner', 'longer', 'further', 'farther', 'greater', 'but', 'except', 'other', 'short']);
// "agreed to reopen consultations": what a "… to" marker plans is its verb and that verb's object, a few words on.
const TO_REACH = 4;
const FUTURE = new Set(['will', 'shall', "'ll", 'wo']);
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”']);
/** Words a quoted phrase inside a clause may hold: "swift reprisals", "a firm answer of its own". */
const QUOTED_PHRASE = 5;
// A modal verb group says what may be or would be, not when: it has no tense of its own.
const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', "'d"]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'has', 'have', 'been']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'does', 'do']);

// Verbs that say of a happening that it takes place, goes on or stops: a modal on one of them is a
// modal on the happening itself ("the talks would take place", "the fighting could spread").
const OCCURS = new Set(['be', 'happen', 'occur', 'take', 'hold', 'begin', 'start', 'end', 'resume', 'continue', 'spread', 'escalate', 'erupt',
  'break', 'last', 'follow', 'come', 'go', 'reach', 'sign', 'agree', 'collapse', 'stop', 'halt', 'cease', 'enter', 'reignite', 'flare', 'renew',
  'intensify', 'subside', 'restart', 'recommence', 'fail', 'open', 'close', 'conclude', 'proceed', 'expand', 'worsen', 'widen', 'extend',
  'expire', 'run', 'lapse', 'get', 'hit', 'kill', 'strike', 'move', 'shift', 'return', 'reopen', 'succeed', 'collapse', 'fall', 'die']);
const ARTICLES = new Set(['a', 'an', 'any', 'the']);
// What joins the gerunds of one list: "financing, training or infiltrating".
const LIST_JOINS = new Set([',', 'and', 'or']);
const GERUND = /^[a-z]{3,}ing$/;
// Verbs of taking part in a happening, which goes ahead whoever does not.
const PARTICIPATE = new Set(['attend', 'join', 'boycott', 'skip', 'participate', 'snub', 'shun']);
// Verbs whose object is a thing given later: "promised Arland reinforcements", "pledged troops".
const PROMISING = new Set(['promise', 'pledge']);
// Verbs whose object is a gathering agreed to, not yet held: "accepted a meeting between the two
// governments", "agreed to talks". (An agreed truce or handover is the truce: only gatherings.)
const AGREEING = new Set(['accept', 'agree']);
const GATHERINGS = new Set(['meeting', 'talks', 'summit', 'negotiation', 'negotiations', 'dialogue', 'conference', 'visit']);
/**
 * The trigger names a gathering agreed to ("accepted a meeting", "agreed to talks"), not something
 * of it ("accepted the talks' outcome") nor the gathering where the agreeing was done ("agreed at
 * a flag meeting to stop firing"): those took place.
 */
const agreedGathering = (tokens: readonly Token[], from: number, start: number, end: number): boolean =>
  tokens.slice(start, end).some((w) => GATHERINGS.has(w.lower)) &&
  !/^'s?$|^’s?$/.test(tokens[end]?.text ?? '') &&
  tokens.slice(from, start).every((w) => w.pos !== 'ADP' || w.lower === 'to' || w.lower === 'on');
const OPERATIONS = new Set(['raid', 'raids', 'operation', 'operations', 'campaign', 'drive', 'crackdown', 'offensive', 'mission', 'sweep', 'swoop', 'assault']);
const DEFINITE = DEFINITE_DETERMINERS;

/** A noun phrase that names a happening as known: "the clash", "its offensive", "Friday's shelling". */
function isKnown(tokens: readonly Token[], phraseStart: number, start: number): boolean {
  for (let i = Math.max(0, phraseStart - 1); i < start; i++) if (DEFINITE.has(tokens[i]!.lower) || /^['’]s$/.test(tokens[i]!.text)) return true;
  return false;
}

// A day or a month after "on" or "for".
const DAY_OR_SPAN = new RegExp(`^(?:${CALENDAR_NAMES.join('|')})$`);
// Verbs that make their object do what the "to" after it says: what it says took place.
const MAKING = new Set(['force', 'compel', 'drive', 'prompt', 'cause', 'lead', 'oblige', 'push']);
/** Whether the noun phrase ending at `i` is the object of a verb of making: "forcing 2,000 people (to flee)", "drove hundreds of families (to flee)". */
function madeTo(tokens: readonly Token[], i: number): boolean {
  let j = i;
  // Back over the object's phrase, "of" and all: "hundreds of families".
  while (j >= 0 && (/^(?:NOUN|PROPN|NUM|ADJ|DET|PRON)$/.test(tokens[j]!.pos) || tokens[j]!.lower === 'of') && j > i - 8) j--;
  const verb = tokens[j];
  return verb !== undefined && verb.pos === 'VERB' && MAKING.has(verb.lemma);
}

/** Whether the verb group's main verb says that something takes place. */
function occurs(tokens: readonly Token[], predicate: { start: number; end: number }): boolean {
  // The word after the modal, past "have", "be" and adverbs, whatever the tagger took it for ("might
  // trigger", "would open" are often read as a noun and an adjective); else the group's last verb.
  const modal = tokens.slice(predicate.start, predicate.end).findIndex((t) => MODAL.has(t.lower));
  let i = predicate.start + modal + 1;
  while (modal >= 0 && i < tokens.length && (tokens[i]!.pos === 'ADV' || /^(?:have|be|been|not|n't)$/.test(tokens[i]!.lower))) i++;
  const main = modal >= 0 ? tokens[i] : tokens.slice(predicate.start, predicate.end).findLast((t) => t.pos === 'VERB');
  return main === undefined || OCCURS.has(main.lemma) || OCCURS.has(main.lower);
}

// Subjects that are no one: "no one", "nobody", "none (of the guards)".
const NO_ONE = new Set(['no one', 'nobody', 'none', 'no-one']);
/**
 * Whether a negation is the quantifier subject ("no one", "nobody", "none of the guards") of the
 * one verb whose object is a trigger not named as known: "No one reported shelling" tells of none.
 * "No one condemned the shelling" leaves the shelling, named as known, as it was.
 */
function noOneDid(tokens: readonly Token[], m: { start: number; end: number }, clauseStart: number, phraseStart: number, start: number): boolean {
  if (m.start < clauseStart || m.end > phraseStart || !NO_ONE.has(tokens.slice(m.start, m.end).map((t) => t.lower).join(' '))) return false;
  if (tokens.slice(clauseStart, m.start).some((t) => t.pos !== 'ADV' && t.pos !== 'PUNCT' && t.pos !== 'CCONJ')) return false;
  if (isKnown(tokens, phraseStart, start)) return false;
  let i = m.end;
  // "none of the villagers": the group it counts.
  if (tokens[i]?.lower === 'of') while (i < phraseStart && tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX') i++;
  const verbs = tokens.slice(i, phraseStart).filter((t) => t.pos === 'VERB');
  return verbs.length === 1 && tokens.slice(i, phraseStart).every((t) => /^(?:VERB|AUX|ADV|PART|DET)$/.test(t.pos) || t.lower === 'any');
}

const NOT = new Set(['not', "n't", 'never']);
// Verbs of telling whose denial leaves their "that" clause untold ("did not say that …"); a verb
// that itself denies or charges ("did not deny that …") is no plain telling.
const TELLING = new Set(['say', 'announce', 'confirm', 'report', 'state', 'claim', 'disclose', 'reveal', 'indicate', 'acknowledge', 'admit', 'declare']);
/** Whether a verb of telling follows `from` before `to`, past adverbs, auxiliaries and an aside's commas: "not, however, announce". */
function tellingAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || t.text === ',') continue;
    return (t.pos === 'VERB' || t.pos === 'NOUN') && TELLING.has(t.lemma) && tokens[i + 1]?.lower === 'that';
  }
  return false;
}

// "denied reports that some of the officers had been held hostage", "rejected claims that its troops
// crossed": what reports a side denies say is denied with them.
const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute']);
const REPORTS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'suggestion', 'suggestions', 'rumour', 'rumours', 'rumor', 'rumors', 'account', 'accounts']);
function deniedReport(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.lower !== 'that' && tokens[to - 1]?.lower !== 'that') return false;
  const span = tokens.slice(from, to);
  const at = span.findLastIndex((t) => DENYING.has(t.lemma) && t.pos === 'VERB');
  return at >= 0 && span.slice(at + 1).some((t) => REPORTS.has(t.lower));
}

// Verbs that join a noun to what is said of it: "fighting was likely", "a clash seemed possible".
const COPULAS = new Set(['be', 'seem', 'appear', 'look', 'remain']);
/** A marker right after a copula whose subject is the happening: "a new round of fighting was likely" is only possible. */
function hedged(tokens: readonly Token[], roles: Roles, predicate: Roles['predicate'], m: { start: number; end: number }, end: number): boolean {
  if (roles.pos !== 'noun' || !predicate || predicate.start < end || m.start < predicate.end) return false;
  const verbs = tokens.slice(predicate.start, predicate.end).filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verbs.length === 0 || !COPULAS.has(verbs.at(-1)!.lemma)) return false;
  // Only adverbs between: "was increasingly likely", "seemed very possible"; and the hedge ends its
  // phrase: "was likely the worst in years" says "probably", of a clash that took place.
  const after = tokens[m.end];
  return tokens.slice(predicate.end, m.start).every((t) => t.pos === 'ADV') && (after === undefined || HEDGE_ENDS.has(after.pos));
}
/**
 * The words from `at` that call a happening good to have, if they do: a conditional modal, "be",
 * and a word of welcome ("would be welcome", "could be a useful step").
 */
function wishedAfter(tokens: readonly Token[], at: number): string | undefined {
  if (!CONDITIONAL_MODALS.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'be') return undefined;
  let i = at + 2;
  while (tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'DET' || (tokens[i]?.pos === 'ADJ' && !WISHED.has(tokens[i]!.lower))) i++;
  return WISHED.has(tokens[i]?.lower ?? '') ? tokens.slice(at, i + 1).map((t) => t.text).join(' ') : undefined;
}
const CONDITIONAL_MODALS = new Set(['would', 'could', 'might']);
const DECIDING = new Set(['decide', 'decision']);
// How far past "decide" a "whether" may stand: "decide in March whether", "decide by Friday if".
const OPEN_REACH = 5;
/** The "whether" or "if" that leaves a decision open, a few words after it with no comma between: "decide whether to", "a decision on whether". */
function openDecision(tokens: readonly Token[], start: number, end: number, stop: number): string | undefined {
  if (end - start !== 1 || !DECIDING.has(tokens[start]!.lemma)) return undefined;
  for (let i = end; i < Math.min(stop, end + OPEN_REACH); i++) {
    const t = tokens[i]!;
    if (t.lower === 'whether' || t.lower === 'if') return t.lower;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return undefined;
  }
  return undefined;
}
/** Markers of a future that a condition may hang on: "will close the border if …". */
const ON_CONDITION = new Set(['will', "'ll", 'shall', 'would']);
const IF = new Set(['if', 'unless']);

/** Where an "if" or "unless" opens the words up to `to` with no comma or semicolon between, or -1; "even if" concedes, supposes nothing. */
function conditionBefore(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === ';' || t.text === ':') return -1;
    if (IF.has(t.lower)) return tokens[i - 1]?.lower === 'even' ? -1 : i;
  }
  return -1;
}

/** Whether the sentence opens with an if-clause closed by a comma before `at`: "If Borea fires again, Arland will …". */
function frontedCondition(tokens: readonly Token[], from: number, at: number): boolean {
  if (!IF.has(tokens[from]?.lower ?? '')) return false;
  for (let i = from + 1; i < at; i++) if (tokens[i]!.text === ',') return true;
  return false;
}

/**
 * Whether an "if" follows `from` in its sentence before any semicolon: "will close the border if
 * Borea fires again". An "unless" after a plan only reserves it ("will stop the broadcasts from
 * noon, unless something abnormal happens"): the plan stands.
 */
function conditionAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ';' || t.text === ':') return false;
    if (t.lower === 'if' && tokens[i - 1]?.lower !== 'even' && tokens[i - 1]?.lower !== 'as') return true;
  }
  return false;
}
// Words that call what is not yet had good to have.
const WISHED = new Set(['welcome', 'welcomed', 'useful', 'helpful', 'desirable', 'beneficial', 'good', 'positive', 'constructive', 'valuable', 'step']);
const HEDGE_REACH = 3;
const HEDGE_ENDS = new Set(['PUNCT', 'PART', 'ADP', 'CCONJ', 'SCONJ']);

/** Whether a comma between two token positions opens a clause with a finite verb of its own ("…, artillery units are"). */
// What a time clause after them waits on: a future or a modal, or a readiness ("willing to talk
// once the troops had withdrawn", "ready to reopen the crossing once the shelling stops").
/** The indefinite heads of a relative clause that names nobody: "anyone who". ("Those who shelled the village" did.) */
const ANYONE: ReadonlySet<string> = new Set(['anyone', 'anybody', 'whoever', 'whomever']);
const AWAITING = new Set(['will', 'would', "'ll", 'shall', 'could', 'can', 'might', 'may', 'willing', 'ready', 'prepared']);
const SETTING = new Set(['after', 'following', 'since', 'amid', 'despite', 'during']);

// Words that open a clause of its own: a verb after one is that clause's, not the one a comma opens.
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

function newClauseBetween(tokens: readonly Token[], from: number, to: number, verbAt = false): boolean {
  for (let i = to - 1; i >= from; i--) {
    if (tokens[i]!.text !== ',') continue;
    // A subject, then its verb: "…, units are on alert", not "…, to hold talks" or "…, officials said, talks".
    // A verb trigger at `to` is that verb itself: "After the warning, Arland urged calm".
    const after = tokens.slice(i + 1, verbAt ? to + 1 : to);
    const verb = after.findIndex((t) => t.pos === 'AUX' || t.pos === 'VERB');
    // "…might reopen the crossing, after talks on Tuesday": a setting set off by a comma is told as a fact.
    if (SETTING.has(after[0]?.lower ?? '') && verb < 0) return true;
    // The trigger as that verb only after a bare subject: "…, in answer to a leaflet that
    // criticized" is a phrase whose verb sits in a clause of its own.
    if (verbAt && verb === after.length - 1 && (after[0]?.pos === 'ADP' || after.some((t) => RELATIVE_WORDS.has(t.lower)))) return false;
    return verb > 0 && after.slice(0, verb).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') && tokens[i + 1 + verb - 1]!.lower !== 'to';
  }
  return false;
}

/** Whether `[a, b)` lies in an aside that a comma and an adjective open and a comma closes before `start`, with no verb in it. */
function inAdjectiveAside(tokens: readonly Token[], from: number, a: number, b: number, start: number): boolean {
  const verbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
  let open = a;
  while (open > from && tokens[open - 1]!.text !== ',') {
    if (verbal(tokens[open - 1]!)) return false;
    open--;
  }
  if (open <= from || tokens[open]?.pos !== 'ADJ') return false;
  for (let i = b; i < start; i++) {
    if (tokens[i]!.text === ',') return true;
    if (verbal(tokens[i]!)) return false;
  }
  return false;
}

/** Whether a past participle qualifies a noun between two token positions ("a truce (first) brokered by …"). */
function participleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing') || t.lower.endsWith('s')) continue;
    let before = i - 1;
    while (before > from && tokens[before]!.pos === 'ADV') before--;
    if (tokens[before]!.pos === 'NOUN' || tokens[before]!.pos === 'PROPN') return true;
  }
  return false;
}

/**
 * Whether a negation stands as the object right after the trigger ending at `end`: "attacks
 * nobody", "took no one's land", "fired no shots". "killed no fewer than 12" is a bound, "shelled
 * nothing but fields" an exception, and "voted no" an answer; none denies. A verb tagged as a
 * plural noun ("the army attacks nobody") is read so too, unless a verb follows the negation:
 * "an attack no one claimed" took place.
 */
function deniedObject(tokens: readonly Token[], end: number, verb: boolean): boolean {
  const first = tokens[end]?.lower ?? '';
  const width = first === 'no' && tokens[end + 1]?.lower === 'one' ? 2 : 1;
  if (!NO_OBJECT.has(first)) return false;
  const after = tokens[end + width];
  if (BOUND_AFTER.has(after?.lower ?? '')) return false;
  if (first === 'no' && width === 1 && !PHRASE_WORD.has(after?.pos ?? '')) return false;
  return verb || (after?.pos !== 'VERB' && after?.pos !== 'AUX');
}

/** Whether `start` is a later gerund of a list that begins at `from`: "financing, training or infiltrating". */
function heldBackList(tokens: readonly Token[], from: number, start: number): boolean {
  if (start <= from || !GERUND.test(tokens[start]!.lower)) return false;
  const between = tokens.slice(from, start);
  return between.length > 0 && LIST_JOINS.has(between.at(-1)!.lower) && between.every((t) => LIST_JOINS.has(t.lower) || GERUND.test(t.lower));
}

// Words no bare verb of a list reaches past: a clause's edge, or a word that opens a clause of its own.
const LIST_STOPS = new Set([';', ':', '(', ')', '"', '“', '”', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'if', 'unless', 'because', 'after', 'before', 'since', 'but']);
/** Whether `t` is a bare verb: "halt", not "halted", "halts" or "halting". */
const isBare = (t: Token) => t.pos === 'VERB' && t.lower === t.lemma && !/(?:ing|ed)$/.test(t.lower);
/** Whether the gerund at `i` is the object of the bare verb before it: "stop sending warplanes". */
const gerundObject = (tokens: readonly Token[], i: number) => tokens[i]!.lower.endsWith('ing') && tokens[i - 1] !== undefined && isBare(tokens[i - 1]!);
/**
 * The modal or "… to" that governs a later verb of a list of bare verbs: in "would freeze
 * relations, scrap the accord and halt all trade" each verb is only what would be done, as the
 * first is. Each later verb stands right after a "," "and" or "or" (past adverbs and a "to"); a verb
 * with a subject, an auxiliary or a tense of its own ("and Borea expelled", "and halted trade")
 * ends the list, as does a clause's edge.
 */
type Marker = { start: number; end: number; values: readonly string[] };
function listMarker(tokens: readonly Token[], findMarkers: () => readonly Marker[], from: number, start: number): Marker | undefined {
  if (!isBare(tokens[start]!)) return undefined;
  const joined = (i: number) => {
    let j = i - 1;
    while (j > from && (tokens[j]!.pos === 'ADV' || tokens[j]!.lower === 'to')) j--;
    return j >= from && LIST_JOINS.has(tokens[j]!.lower);
  };
  if (!joined(start)) return undefined;
  const governs = (m: { start: number; end: number }) => MODAL.has(tokens[m.end - 1]!.lower) || FUTURE.has(tokens[m.end - 1]!.lower) || tokens[m.end - 1]!.lower === 'to';
  // The nearest modal or "to" before the trigger; its next word, past adverbs and "not", is the list's first verb.
  // (The sentence's markers are only looked for once the verb is a bare one joined on: most are not.)
  const m = findMarkers().filter((x) => x.end < start && governs(x)).sort((a, b) => b.end - a.end)[0];
  if (!m) return undefined;
  let head = m.end;
  while (head < start && (tokens[head]!.pos === 'ADV' || tokens[head]!.lower === 'not')) head++;
  // Between the first verb and the trigger, only the verbs' objects and the joins: every verb bare and joined on.
  const between = tokens.slice(head + 1, start);
  const ok = between.some((t) => t.lower === 'and' || t.lower === 'or' || t.text === ',') &&
    between.every((t, k) => !LIST_STOPS.has(t.lower) && t.pos !== 'AUX' && (t.pos !== 'VERB' || (isBare(t) && joined(head + 1 + k)) || gerundObject(tokens, head + 1 + k)));
  return ok ? m : undefined;
}

/** Verbs that hold someone back from doing what the gerund after "from" names. */
const HOLDING_BACK = new Set(['stop', 'prevent', 'keep', 'block', 'bar', 'deter', 'hinder']);

/**
 * Whether the gerund at `start` follows "from" and a verb of holding back earlier in its clause,
 * with no other verb between them: "stopped the column at the ford late on Monday night from reaching".
 * @example heldBackAcross(…'kept the boats of the fleet out at sea for a week from entering'…) // true
 */
function heldBackAcross(tokens: readonly Token[], from: number, start: number): boolean {
  if (tokens[start - 1]?.lower !== 'from' || !GERUND.test(tokens[start]!.lower)) return false;
  for (let j = start - 2; j >= from; j--) {
    const t = tokens[j]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    return HOLDING_BACK.has(t.lemma);
  }
  return false;
}

/**
 * Reads negation, modality and tense for a trigger from its own clause only: the verb group that
 * says whether it happened, and the words before it in its clause, or in the clause that governs
 * a reported one ("officials feared that fighting could resume"). A "would" in another clause of
 * the sentence does not count.
 * @example assertionOf(…'No clashes were reported'…).negated // true
 */
export function assertionOf(tokens: readonly Token[], keys: readonly string[][], s: Structure, roles: Roles, start: number, end: number, rules: HappeningRules, own: ReadonlySet<string> = new Set()): Assertion {
  const clauseIndex = s.clauseOf[start - s.start]!;
  const clause = s.clauses[clauseIndex]!;
  // A complement clause ("that fighting could resume") is read with the clause it completes.
  // "would launch "swift reprisals" against…": a few quoted words with no verb of their own
  // are read as a clause by the quote marks, yet they are the object of the clause before them,
  // whose verb group and modal govern them.
  const quoted = clauseIndex > 0 && QUOTES.has(tokens[clause.start - 1]?.text ?? '') && s.clauses[clauseIndex - 1]!.end >= clause.start - 1 &&
    clause.end - clause.start <= QUOTED_PHRASE && !tokens.slice(clause.start, clause.end).some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
    tokens[clause.start - 2] !== undefined && tokens[clause.start - 2]!.pos !== 'PUNCT';
  const governing = (clause.opener === 'that' || quoted) && clauseIndex > 0 ? s.clauses[clauseIndex - 1]! : undefined;
  const from = governing?.start ?? clause.start;
  const predicate = roles.predicate;
  const window = { start: Math.min(from, predicate?.start ?? start), end: Math.max(end, predicate?.end ?? end) };
  // A hedge after a copula ("was likely", "seemed increasingly possible") lies just past the verb group.
  const hedgeEnd = roles.pos === 'noun' && predicate ? Math.min(tokens.length, predicate.end + HEDGE_REACH) : window.end;

  // Negation: in the verb group that governs the trigger, or in the trigger's own phrase.
  const negations = rules.findNegation.longest(tokens, keys, window.start, window.end);
  const phraseStart = roles.modifier[0]?.start ?? start;
  const anyBefore = tokens.slice(Math.max(from, phraseStart - 1), start).some((t) => t.lower === 'any');
  // "ended without an agreement", "without any fighting": an article between a negation and the
  // phrase keeps it the phrase's own negation.
  let lead = phraseStart;
  while (lead > from && ARTICLES.has(tokens[lead - 1]!.lower)) lead--;
  // A trigger is not its own negation: "denied" reports a denial, it does not deny one.
  // "would not attend the talks, which opened on Monday": a happening named as known that a verb of
  // taking part governs goes ahead whoever stays away; the verb's "not" and "would" are of the taking part.
  const joined = roles.pos === 'noun' && isKnown(tokens, phraseStart, start) && roles.governor.some((g) => tokens.slice(g.start, g.end).some((t) => PARTICIPATE.has(t.lemma)));
  // "the crossing will not close", "the border has not been closed": a marker in the gap of a
  // phrase trigger, between its first and last words, is the clause's; one of the phrase's own
  // words is not, nor one of the infinitive after it ("told residents not to return").
  const inGap = (m: { start: number; end: number }) =>
    m.start > start && m.end < end && tokens[m.end]?.lower !== 'to' && tokens.slice(m.start, m.end).every((t) => !own.has(t.lower) && !own.has(t.lemma));
  const negated = !joined && negations.some(
    (m) =>
      inGap(m) ||
      ((m.end <= start || m.start >= end) &&
      ((predicate && m.start >= predicate.start && m.end <= predicate.end) ||
      (m.start >= lead - 1 && m.end <= start) ||
      // "no reports of major attacks", "no sign of fighting": a denial that ends in "of" right before the phrase.
      (tokens[m.end - 1]!.lower === 'of' && m.end >= phraseStart - 1 && m.end <= start) ||
      // "Neither country reported any major attack": "any" in the phrase takes a negation anywhere before it in its clause.
      (roles.pos === 'noun' && anyBefore && m.start >= from && m.end <= start) ||
      // "no shots were fired", "none was arrested", "nobody fired", "none of the guards was hurt": a
      // subject that is no one or nothing did nothing. Only the verb's own subject: "a group no one
      // has identified raided the town" did.
      (roles.pos === 'verb' && m.start >= clause.start && m.end <= start && /^(?:no|none|nobody)$/.test(tokens[m.start]!.lower) &&
        !tokens.slice(m.end, start).some((t) => t.pos === 'VERB')) ||
      // "no one reported shelling", "nobody heard shots", "none of the villagers saw troops": what a
      // subject that is no one did to a thing not named as known was not done, nor was the thing.
      ((roles.pos === 'noun' || GERUND.test(tokens[start]!.lower)) && noOneDid(tokens, m, clause.start, phraseStart, start)) ||
      // "refrained from blaming Borea", "stopped short of accusing": a verb right after what holds it
      // back; "kept the ships from arresting them" holds back a gerund, whatever its tag.
      (m.end === start && (roles.pos === 'verb' || tokens[m.end - 1]!.lower === 'from')) ||
      // "to refrain from financing, training or infiltrating forces": the gerunds of one list are
      // all held back, the last as the first.
      (tokens[m.end - 1]!.lower === 'from' && heldBackList(tokens, m.end, start)))),
  ) ||
    // "the army attacks nobody": a deed done to no one or nothing was not done.
    deniedObject(tokens, end, roles.pos === 'verb') ||
    // "guards stopped the column of refugees at the ford late on Monday night from reaching the crossing":
    // however long the object between them, the gerund after "from" is what was held back.
    heldBackAcross(tokens, clause.start, start) ||
    // "avoided blaming Borea": a deed avoided was not done; "fled to avoid the shelling" avoids what
    // happened, so only a verb right after "avoid" is denied.
    (roles.pos === 'verb' && /ing$/i.test(tokens[start]!.lower) && tokens[start - 1]?.lemma === 'avoid');

  // "Arland did not, though, announce that it was leaving the pact", "has not confirmed that troops crossed":
  // a telling denied tells nothing, and what its "that" clause holds is not asserted.
  const untold = governing !== undefined &&
    (negations.some((m) => m.start >= governing.start && m.end <= clause.start && NOT.has(tokens[m.start]!.lower) && tellingAfter(tokens, m.end, clause.start)) ||
      deniedReport(tokens, governing.start, clause.start));

  // Tense from the governing verb group.
  let tense: Tense | undefined;
  let perfect: Assertion['perfect'];
  if (predicate) {
    // A verb trigger's tense is its own and its auxiliaries': "agreed to keep up" is past, whatever "keep" is.
    const group = tokens.slice(predicate.start, roles.pos === 'verb' ? Math.min(predicate.end, end) : predicate.end);
    if (!group.some((t) => MODAL.has(t.lower))) {
      if (group.some((t) => t.lower === 'has' || t.lower === 'have' || t.lower === "'ve")) perfect = 'present';
      else if (group.some((t) => t.lower === 'had' || t.lower === "'d") && group.length > 1) perfect = 'past';
    }
    if (group.some((t) => MODAL.has(t.lower))) tense = undefined;
    else if (group.some((t) => FUTURE.has(t.lower)) || /\bgoing to\b/.test(group.map((t) => t.lower).join(' '))) tense = 'future';
    else if (group.some((t) => PAST_AUX.has(t.lower))) tense = 'past';
    else if (group.some((t) => PRESENT_AUX.has(t.lower))) tense = 'present';
    else {
      const main = group.findLast((t) => t.pos === 'VERB');
      if (main && main.lower !== main.lemma && !main.lower.endsWith('ing') && !main.lower.endsWith('s')) tense = 'past';
      else if (main) tense = 'present';
    }
  }
  // "a reporter watched the guards turn a hose on the crowd", "saw the North fire shells": a bare
  // verb after a past verb of perception and its object is what was seen, in that verb's past.
  // "troops are reported to have retaken the hill": a perfect infinitive under a verb of report
  // tells an act done before the telling, in the past, not a round the present perfect has going on.
  if (roles.pos === 'verb' && REPORTED_PERFECT.test(tokens.slice(Math.max(clause.start, start - REPORTED_REACH), start).map((t) => t.lower).join(' '))) {
    tense = 'past';
    perfect = undefined;
  }
  const bare = predicate && predicate.end - predicate.start === 1 ? predicate.start : undefined;
  if (bare !== undefined && tense === 'present' && perfect === undefined && tokens[bare]!.lower === tokens[bare]!.lemma && perceivedInPast(tokens, clause.start, bare)) tense = 'past';
  // Modality: the nearest marker before the trigger in its clause (and the clause that governs
  // it), or in the verb group that governs it.
  // A trigger is not its own marker: "proposed" proposes, it is not a proposed something.
  // "the clash on Thursday would be investigated", "Friday's shelling could trigger a wider war":
  // a happening named as known, which a modal verb only comments on, took place; the modal is of
  // the comment. What a modal says of its taking place ("could spread", "would take place") stays.
  const known = roles.pos === 'noun' && predicate !== undefined && predicate.start >= end && isKnown(tokens, phraseStart, start) && !occurs(tokens, predicate);
  const markers = (joined ? [] : rules.findModality
    .longest(tokens, keys, window.start, Math.max(window.end, hedgeEnd))
    // "in a phone call on Saturday": a noun and the day after it, no appeal ("call on").
    .filter((m) => !(/^(?:on|for)$/.test(tokens[m.end - 1]!.lower) && DAY_OR_SPAN.test(tokens[m.end]?.text ?? '')))
    // "the government was to blame": "to blame" after "be" says who is at fault, no plan to blame.
    .filter((m) => !(m.end - m.start === 2 && tokens[m.start]!.lemma === 'be' && tokens[m.end - 1]!.lower === 'to' && tokens[m.end]?.lemma === 'blame'))
    .filter((m) => m.end <= window.end || hedged(tokens, roles, predicate, m, end))
    .filter((m) => m.end <= start || inGap(m) || (predicate && !known && m.start >= predicate.start && m.end <= predicate.end && m.start >= end) || hedged(tokens, roles, predicate, m, end))
    // "agreed to pull back" plans a pullback; "agreed to a truce" is the truce: a marker ending in
    // "to" governs a verb after it, not a noun.
    // Nor past a verb group of its own: "the detainees Arland had agreed to free was handed over" hands them over.
    .filter((m) => tokens[m.end - 1]!.lower !== 'to' || ((tokens[m.end]?.pos === 'VERB' || tokens[m.end]?.pos === 'AUX') && start - m.end <= TO_REACH && !tokens.slice(m.end + 1, start).some((t) => t.pos === 'AUX')))
    // "restoring a pact first mediated under the Treaty in March": a participle after a noun tells
    // what that thing is, as a fact; a marker before the noun does not reach past it.
    .filter((m) => m.end > start || !participleBetween(tokens, m.end, start))
    // "…drones it threatened to down, Borean gunners stand ready": a marker before a comma
    // that opens a clause with a verb of its own marks nothing past it.
    .filter((m) => m.end > start || !newClauseBetween(tokens, m.end, start, roles.pos === 'verb'))
    // "residents, afraid for their safety, have moved away": a marker in an adjective set off by
    // commas describes the subject's mood; it does not make the verb after the aside only feared.
    .filter((m) => m.end > start || !inAdjectiveAside(tokens, from, m.start, m.end, start))
    // "All of Borea should know that Arlandese troops had been thrown out", "Velmora may confirm
    // that its troops crossed": a modal of the verb a that-clause completes is of knowing or
    // telling; what the clause tells in the past took place (a demand's clause is never past).
    .filter((m) => !(governing && m.end <= clause.start && m.end - m.start === 1 && MODAL.has(tokens[m.start]!.lower) && tense === 'past')));
  // "would freeze relations, scrap the accord and halt all trade": a later verb of a list shares the
  // first verb's modal, however far back it stands; sought from the sentence's start, since an
  // "and" may open a clause of its own in the structure.
  // A noun is the object of such a verb: "… and impose sanctions".
  const listVerb = roles.pos === 'verb' ? start : predicate && predicate.end <= start && predicate.end - predicate.start === 1 ? predicate.start : undefined;
  const list = listVerb !== undefined && !joined ? listMarker(tokens, () => rules.findModality.longest(tokens, keys, s.start, listVerb), s.start, listVerb) : undefined;
  const listed = markers.length === 0 ? list : undefined;
  // "would not close the border or expel the envoy": a "not" right after the list's modal denies every verb of it.
  const listDenied = list !== undefined && NOT.has(tokens[list.end]?.lower ?? '');
  // The list's verbs share its tense too: none under "would", the future under "will".
  if (listed && MODAL.has(tokens[listed.end - 1]!.lower)) tense = undefined;
  else if (listed && FUTURE.has(tokens[listed.end - 1]!.lower)) tense = 'future';
  const nearest = listed ?? markers.sort((a, b) => Math.abs(start - a.end) - Math.abs(start - b.end))[0];
  // A condition is no fact: "if talks had been held".
  // "would reopen the checkpoint once the shelling stopped": a time clause under a future or a
  // "would" of the clause it hangs on is a condition too.
  const awaited = (clause.opener === 'once' || clause.opener === 'until') && clause.start > s.start && tokens.slice(s.start, clause.start).some((t) => AWAITING.has(t.lower));
  // "anyone who attacked the ship would pay", "whoever fires first": a happening that only picks out
  // who would be meant is no happening.
  const anyone = (clause.opener === 'who' && ANYONE.has(tokens[clause.start - 1]?.lower ?? '')) || clause.opener === 'whoever';
  // "If Borea shells the pass again, Arland will close the border": what an if-clause supposes is
  // no plan, whatever marker the clause after it holds; and a future its sentence makes hang on an
  // if-clause is a threat or a promise, no plan.
  // The tagger may read no verb in the clause ("if Borea fires on the pass"), so the clause is found
  // by its words: from an "if" to the trigger with no comma between.
  const ifAt = conditionBefore(tokens, s.start, start);
  const supposed = ((clause.opener === 'if' || clause.opener === 'unless') && !newClauseBetween(tokens, clause.start, start)) || ifAt >= 0;
  const onCondition = !supposed && nearest !== undefined && ON_CONDITION.has(tokens[nearest.start]!.lower) && (frontedCondition(tokens, s.start, start) || conditionAfter(tokens, end, s.end));
  const conditional = supposed || onCondition || (!nearest && (clause.opener === 'whether' || awaited || anyone) && !newClauseBetween(tokens, clause.start, start));
  // "something to negotiate", "an envoy to negotiate", "troops sent to attack": a verb after "to"
  // that completes a noun or a participle says what is meant to happen, not that it did.
  const before = tokens[start - 2];
  const purpose =
    !nearest && !conditional && roles.pos === 'verb' && tokens[start - 1]?.lower === 'to' && before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PRON') &&
    // "raids to detain activists", "an operation to arrest them": an operation named by its aim is that aim carried out.
    !OPERATIONS.has(before.lower) &&
    // "forcing 2,000 people to flee", "drove thousands to leave": the object of a verb of making
    // someone do something did it; it was no one's aim.
    !madeTo(tokens, start - 2);

  // "promised Arland reinforcements of several dozen guards": what is promised, named as a noun
  // its verb governs, is a plan, not a thing done.
  const promised =
    !nearest && !conditional && roles.pos === 'noun' && roles.governor.some((g) => g.end <= start && tokens.slice(g.start, g.end).some((t) => PROMISING.has(t.lemma) || (AGREEING.has(t.lemma) && agreedGathering(tokens, g.end, start, end))));

  // "a resumption of talks would be welcome", "a truce would be a good first step": a happening
  // only called good to have is wished for, as "hope for" wishes it, however a modal before marks it.
  const wished = roles.pos === 'noun' && predicate !== undefined && predicate.start >= end ? wishedAfter(tokens, predicate.start) : undefined;

  // "is due to decide in March whether to keep the crossing shut": a decision whose outcome the
  // sentence leaves open is supposed, no act planned or taken.
  const open = !conditional && openDecision(tokens, start, end, s.end);

  // "The talks are scheduled for later this month", "the summit, set for Friday, …": what is said of
  // a happening after its noun may be its place on a calendar, a plan, though it is named as known.
  const timed = !nearest && !conditional && !wished && !open && roles.pos === 'noun' ? plannedAfter(tokens, predicate, end) : undefined;

  return {
    negated: negated || untold || listDenied,
    ...(nearest && !wished && !conditional && !open ? { modality: nearest.values[0] as Modality, modalityWord: tokens.slice(nearest.start, nearest.end).map((t) => t.text).join(' ') } : {}),
    ...(wished ? { modality: 'demanded' as const, modalityWord: wished } : {}),
    ...(conditional ? { modality: 'possible' as const, modalityWord: ifAt >= 0 ? tokens[ifAt]!.lower : (clause.opener ?? 'if') } : {}),
    ...(purpose ? { modality: 'planned' as const, modalityWord: 'to' } : {}),
    ...(promised ? { modality: 'planned' as const, modalityWord: tokens.slice(roles.governor[0]!.start, roles.governor[0]!.end).map((t) => t.text).join(' ') } : {}),
    ...(open ? { modality: 'possible' as const, modalityWord: open } : {}),
    ...(timed ? { modality: 'planned' as const, modalityWord: timed } : {}),
    ...(tense ? { tense } : {}),
    ...(perfect ? { perfect } : {}),
  };
}

/** Verbs of perception whose object a bare verb follows: "saw them fire", "heard the guns open up". */
const PERCEIVE = new Set(['see', 'watch', 'hear', 'notice', 'observe']);
/** Words at most between a verb of perception and the bare verb after its object. */
const PERCEIVED_REACH = 5;

/** Whether a past verb of perception, then only its object, comes right before a bare verb. */
function perceivedInPast(tokens: readonly Token[], from: number, start: number): boolean {
  for (let i = start - 2; i >= Math.max(from, start - 1 - PERCEIVED_REACH); i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return PERCEIVE.has(t.lemma) && t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/** A verb of report in the passive, then a perfect infinitive, up to its verb: "are now reported to have". */
const REPORTED_PERFECT = /\b(?:is|are|was|were)\s+(?:\S+\s+)?(?:reported|said|believed|thought|known|understood|alleged|claimed)\s+to\s+have(?:\s+been)?$/;
/** Words at most from "is" to the verb a perfect infinitive under a verb of report ends on. */
const REPORTED_REACH = 7;
