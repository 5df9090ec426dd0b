import type { EventType, Kind, Place } from '../../../../src/lib/eventSchema.ts';
import type { Article } from '../../../../src/lib/parseArticle.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { findEntities } from './findEntities.ts';
import { findFigures, type FigureCandidate } from './findFigures.ts';
import { findHappenings, type Happening } from '../happenings/findHappenings.ts';
import { findName } from './findName.ts';
import { findParticipants } from './findParticipants.ts';
import { findTimeExpressions, type Duration, type TimeExpression } from '../time/findTimeExpressions.ts';
import type { Phase } from '../lexicon/lexiconSchema.ts';
import type { PhraseMatch } from '../lexicon/phraseMatcher.ts';
import { splitClauses } from './splitClauses.ts';
import { splitSentences, type Span } from './splitSentences.ts';
import { wordDistance } from './wordDistance.ts';

/** Which way a date without a year or week points, as the sentence's grammar suggests. */
export type Tense = 'past' | 'future' | 'neutral';

/** The words that report a happening, as the kind it is shown as and, where known, its type. */
export type Trigger = PhraseMatch<Kind> & { type?: EventType };

/** A date in a sentence tied to the happening it dates. Offsets are into the sentence text. */
export interface Anchor {
  time: TimeExpression;
  trigger: Trigger;
  /** The happening's type, when it is known ("shelled" → shelling). */
  type?: EventType;
  phase?: Phase;
  tense: Tense;
  /** Asserted by one side ("Cambodia alleged…"). */
  claimed: boolean;
  /** Who takes part, for talks: "defence ministers", "General Border Committee". */
  who?: string;
  /** The proper name of the happening, when the text gives one: "Kuala Lumpur Peace Accord". */
  name?: string;
  /** True when the date belongs to another clause of the sentence ("…later collapsed, with tensions rising after December 7"). */
  borrowed: boolean;
}

/** Everything found in one sentence that does not depend on when the article was published. */
export interface SentenceAnalysis {
  index: number;
  /** Offsets into the article body; `text` is verbatim. */
  span: Span;
  anchors: Anchor[];
  /** Every happening the sentence reports, with how it is asserted; offsets into the sentence. */
  happenings: Happening[];
  /** The asserted or planned happenings of the conflict, as the kind each is shown as. */
  triggers: Trigger[];
  figures: FigureCandidate[];
  /** Lengths of time, each with the kind of happening it measures ("five days of fighting"). */
  durations: (Duration & { about?: Kind })[];
  actors: string[];
  places: Place[];
  /** Actors named as having brokered an agreement ("brokered by Malaysia"). */
  brokers: string[];
}

export interface ArticleAnalysis {
  article: Article;
  sentences: SentenceAnalysis[];
}

// Past-tense hints; the future is recognised by the lexicon's markers, which take precedence.
const PAST = /\b(?:was|were|had|did|ago|previously|began|broke|fought|fled|met|held|took|struck|came|went|rose|fell|led|sent|shot|hit|left|said|told)\b|\b[a-z]+ed\b/;
const INFINITIVE = /\bto\s+$/i;
const MAX_PHASE_DISTANCE = 12;

const clauseOf = (clauses: Span[], offset: number) => clauses.findIndex((c) => offset >= c.start && offset < c.end);

/**
 * Reads an article sentence by sentence: dates and the happenings they belong to, figures,
 * durations, actors and places. Calendar placement waits for the publication date.
 * @example analyseArticle(article, lexicon).sentences[0].anchors[0].trigger.value // 'talks'
 */
export function analyseArticle(article: Article, lexicon: CompiledLexicon): ArticleAnalysis {
  const sentences = splitSentences(article.body).map((span, index) => analyseSentence(span, index, lexicon));
  return { article, sentences };
}

function analyseSentence(span: Span, index: number, lexicon: CompiledLexicon): SentenceAnalysis {
  const text = span.text;
  const clauses = splitClauses({ start: 0, end: text.length, text });
  const { dates, durations } = findTimeExpressions(text);
  const timeSpans = [...dates, ...durations];
  const inTime = (m: { start: number }) => timeSpans.some((t) => m.start >= t.start && m.start < t.end);
  // Happenings by the sentence's structure. A denied one, or one only feared, proposed,
  // threatened, demanded or attempted, dates nothing; a planned or possible one dates what is
  // ahead ("will meet on Saturday", "a possible meeting on Saturday"), which the future markers
  // then make scheduled.
  const happenings = findHappenings(text, lexicon.happenings);
  const triggers = happenings
    .filter((h) => h.conflict && !h.negated && (h.modality === undefined || h.modality === 'planned' || h.modality === 'possible'))
    .flatMap((h): Trigger[] => {
      if (!h.kind) return [];
      const at = { start: h.trigger.start, end: h.trigger.end, text: h.trigger.text };
      // A toll without its cause dates the fighting that caused it: the kind, not a type (the
      // old kind "casualties" migrates the same way).
      return [h.casualty ? { ...at, value: 'fighting' } : { ...at, value: h.kind as Kind, type: h.type as EventType }];
    })
    .filter((t) => !inTime(t));
  const brokerPhrases = lexicon.broker(text);
  const phases = lexicon
    .phases(text)
    .filter((p) => !INFINITIVE.test(text.slice(0, p.start)))
    .filter((p) => !brokerPhrases.some((b) => p.start >= b.start && p.start < b.end));
  const futures = lexicon.future(text);
  const claims = lexicon.claim(text);

  // A phase word belongs to the nearest trigger in its clause: in "a ceasefire after clashes
  // reignited", "reignited" is said of the clashes, not of the ceasefire.
  // The subject comes first: "the truce was agreed in talks" agrees the truce, so a trigger just
  // before the phase word wins over a nearer one after it.
  const ownerOf = (phase: PhraseMatch<Phase>) => {
    const candidates = triggers.filter(
      (t) => clauseOf(clauses, t.start) === clauseOf(clauses, phase.start) && (t.end <= phase.start || t.start >= phase.end),
    );
    const before = candidates.filter((t) => t.end <= phase.start && wordDistance(text, t, phase) <= 3);
    return (before.length > 0 ? before : candidates).sort(
      (a, b) => wordDistance(text, a, phase) - wordDistance(text, b, phase) || b.start - a.start,
    )[0];
  };
  const phaseOf = (trigger: Trigger): Phase | undefined =>
    phases.find((p) => ownerOf(p) === trigger && wordDistance(text, p, trigger) <= MAX_PHASE_DISTANCE)?.value;
  // The future is marked before the date, in its clause: "will hold an emergency meeting on
  // Saturday", "a dialogue scheduled for December 27".
  const tenseOf = (trigger: Trigger, time: TimeExpression): Tense => {
    const clause = clauses[clauseOf(clauses, time.start)] ?? { start: 0, end: text.length, text };
    const from = Math.min(clause.start, trigger.start);
    const to = Math.max(trigger.end, time.end);
    if (futures.some((f) => f.start >= from && f.end <= to)) return 'future';
    return PAST.test(clause.text) ? 'past' : 'neutral';
  };
  const anchorFor = (time: TimeExpression, trigger: Trigger, borrowed: boolean): Anchor => {
    const clause = clauses[clauseOf(clauses, trigger.start)];
    const claimed = claims.some((c) => clause && c.start >= clause.start && c.start < clause.end) && trigger.value !== 'accusation';
    const who = trigger.value === 'talks' ? findParticipants(text, trigger, lexicon) : undefined;
    const name = findName(text, trigger);
    const phase = phaseOf(trigger);
    const { type } = trigger;
    return {
      time,
      trigger,
      ...(type ? { type } : {}),
      ...(phase ? { phase } : {}),
      tense: tenseOf(trigger, time),
      claimed,
      ...(who ? { who } : {}),
      ...(name ? { name } : {}),
      borrowed,
    };
  };

  // Each date goes to the nearest trigger, preferring one before it and in its own clause.
  const cost = (time: TimeExpression, trigger: PhraseMatch<Kind>) => {
    const distance = wordDistance(text, time, trigger);
    const sameClause = clauseOf(clauses, time.start) === clauseOf(clauses, trigger.start);
    return (trigger.start > time.start ? distance * 1.5 + 1 : distance) + (sameClause ? 0 : 6);
  };
  // "said on Monday" dates the telling, not a happening.
  const reports = lexicon.report(text);
  const told = (time: TimeExpression) => reports.some((r) => r.end <= time.start && /^\s*(?:\S+\s+)?$/.test(text.slice(r.end, time.start)));
  const anchors: Anchor[] = [];
  for (const time of dates.filter((d) => !told(d))) {
    const best = [...triggers].sort((a, b) => cost(time, a) - cost(time, b) || a.start - b.start)[0];
    if (best) anchors.push(anchorFor(time, best, false));
  }
  // A happening with its own verb in a clause without a date ("the truce later collapsed, with
  // tensions rising after December 7") shares the date of the sentence's other clause.
  const datedClauses = new Set(anchors.map((a) => clauseOf(clauses, a.time.start)));
  const dated = new Set(anchors.map((a) => a.trigger.value));
  for (const trigger of triggers) {
    const clause = clauseOf(clauses, trigger.start);
    if (dated.has(trigger.value) || datedClauses.has(clause) || !phaseOf(trigger)) continue;
    const time = anchors
      .map((a) => a.time)
      .sort((a, b) => wordDistance(text, a, trigger) - wordDistance(text, b, trigger))[0];
    if (!time) continue;
    anchors.push(anchorFor(time, trigger, true));
    dated.add(trigger.value);
  }

  // Who brokered an agreement is a claim about it, not a party to this sentence's happenings.
  // The claim runs from the phrase over the list of actors after it: "by the US, China and Malaysia".
  const actorMatches = lexicon.actors(text);
  const brokerSpans = brokerPhrases.map((b) => {
    let end = b.end;
    for (const actor of actorMatches.filter((a) => a.start >= b.end)) {
      if (!/^(?:[\s,]|and\b|the\b)*$/i.test(text.slice(end, actor.start))) break;
      end = actor.end;
    }
    return { start: b.start, end };
  });
  const brokers = brokerSpans.flatMap((b) => findEntities(text.slice(b.start, b.end), lexicon).actors);
  const unbrokered = brokerSpans.reduce((t, b) => t.slice(0, b.start) + ' '.repeat(b.end - b.start) + t.slice(b.end), text);
  const { actors, places } = findEntities(unbrokered, lexicon);
  return {
    index,
    span,
    anchors,
    happenings,
    triggers,
    figures: findFigures(text, lexicon, timeSpans),
    durations: durations.map((d) => {
      const inside = lexicon.kinds(d.text)[0]?.value;
      const nearest = [...triggers].sort((a, b) => wordDistance(text, a, d) - wordDistance(text, b, d))[0]?.value;
      const about = inside ?? nearest;
      return about ? { ...d, about } : d;
    }),
    actors,
    places,
    brokers: [...new Set(brokers)],
  };
}
