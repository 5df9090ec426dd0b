import type { DateTime } from 'luxon';
import type { Citation, Claim, EventType, Figure, Kind, Place, Status } from '../../../../src/lib/eventSchema.ts';
import { daySpan } from '../../../../src/lib/partialDate.ts';
import type { Anchor, ArticleAnalysis, SentenceAnalysis } from '../sentences/analyseArticle.ts';
import type { Phase } from '../lexicon/lexiconSchema.ts';
import { resolveTime, type ResolvedTime } from '../time/resolveTime.ts';
import { wordDistance } from '../sentences/wordDistance.ts';

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
  status: Status;
  actors: string[];
  places: Place[];
  citations: Citation[];
  figures: Figure[];
  claims: Claim[];
}

/** Adds a claim to what a happening holds; the actors it names take part in the happening. */
export function addClaim(target: { claims: Claim[]; actors: string[] }, claim: Claim): void {
  target.claims.push(claim);
  for (const actor of claim.values) if (!target.actors.includes(actor)) target.actors.push(actor);
}

/** A figure whose article dates no happening it could count, to be placed once all articles are merged. */
export interface LooseFigure {
  kinds: readonly Kind[];
  figure: Figure;
  /** Publication day of its article: the figure counts a happening on or before it. */
  published: string;
}

/** A claim that names no dated happening of its own, to be placed once all articles are merged. */
export interface LooseClaim {
  kind: Kind;
  claim: Claim;
}

// Kinds a count of people killed, injured or displaced can belong to; casualties are figures of these.
const PEOPLE_KINDS: readonly Kind[] = ['fighting', 'strike', 'civilians', 'humanitarian'];

const withoutOffsets = <T extends { start: number; end: number }>({ start: _s, end: _e, ...rest }: T) => rest;
const firstDay = (m: Mention) => daySpan(m.time.date).first;

/**
 * Places an article's dated happenings on the calendar and gathers what each sentence says of
 * them. Sentences that date nothing lend their figures, durations and places to the happening
 * they are about: the most recent, not merely scheduled, one of that kind in the article. What
 * finds no such happening in its article is returned loose, for the whole corpus to place.
 * @example buildMentions(analysis, DateTime.fromISO('2025-12-24')).mentions[0].time.date // '2025-12-24'
 */
export function buildMentions(
  analysis: ArticleAnalysis,
  published: DateTime,
): { mentions: Mention[]; looseClaims: LooseClaim[]; looseFigures: LooseFigure[] } {
  const source = analysis.article.name;
  const publishedDay = published.toISODate()!;
  const mentions: Mention[] = [];
  const byAnchor = new Map<Anchor, Mention>();

  for (const sentence of analysis.sentences) {
    for (const anchor of sentence.anchors) {
      const time = resolveTime(anchor.time.spec, published, anchor.tense);
      if (!time) continue;
      const first = daySpan(time.date).first;
      const ahead = first > publishedDay || (first === publishedDay && anchor.tense === 'future');
      const status: Status = ahead ? 'scheduled' : anchor.claimed ? 'claimed' : 'occurred';
      const mention: Mention = {
        source,
        published: publishedDay,
        sentence: sentence.index,
        kind: anchor.trigger.value,
        ...(anchor.type ? { type: anchor.type } : {}),
        ...(anchor.phase ? { phase: anchor.phase } : {}),
        ...(anchor.who ? { who: anchor.who } : {}),
        ...(anchor.name ? { name: anchor.name } : {}),
        time,
        status,
        actors: [...sentence.actors],
        places: [],
        citations: [{ source, quote: sentence.span.text }],
        figures: [],
        claims: [],
      };
      mentions.push(mention);
      byAnchor.set(anchor, mention);
    }
  }

  /** The happening a sentence without its own date is about: what last happened, not a claim. */
  const context = (kinds: readonly Kind[]): Mention | undefined =>
    mentions
      .filter((m) => kinds.includes(m.kind) && m.status === 'occurred')
      .sort((a, b) => firstDay(b).localeCompare(firstDay(a)) || b.sentence - a.sentence)[0];
  const nearestAnchor = (sentence: SentenceAnalysis, at: { start: number; end: number }, kinds?: readonly Kind[]) =>
    sentence.anchors
      .filter((a) => byAnchor.has(a) && (!kinds || kinds.includes(a.trigger.value)))
      .sort((a, b) => wordDistance(sentence.span.text, a.trigger, at) - wordDistance(sentence.span.text, b.trigger, at))[0];
  const kindsByDistance = (sentence: SentenceAnalysis, at: { start: number; end: number }) => [
    ...new Set([...sentence.triggers].sort((a, b) => wordDistance(sentence.span.text, a, at) - wordDistance(sentence.span.text, b, at)).map((t) => t.value)),
  ];
  /** The happening of the nearest kind that the article dates, for a sentence that dates none. */
  const contextNear = (sentence: SentenceAnalysis, at: { start: number; end: number }) =>
    kindsByDistance(sentence, at).map((kind) => context([kind])).find(Boolean);

  const looseClaims: LooseClaim[] = [];
  const looseFigures: LooseFigure[] = [];
  for (const sentence of analysis.sentences) {
    const quote = { source, quote: sentence.span.text };
    const cite = (target: Mention, withActors: boolean) => {
      if (!target.citations.some((c) => c.quote === quote.quote)) target.citations.push(quote);
      if (withActors) for (const actor of sentence.actors) if (!target.actors.includes(actor)) target.actors.push(actor);
    };

    for (const figure of sentence.figures) {
      const kinds = figure.measure === 'border-length' ? undefined : PEOPLE_KINDS;
      const anchor = nearestAnchor(sentence, figure, kinds);
      const target = anchor ? byAnchor.get(anchor) : kinds ? context(kinds) : contextNear(sentence, figure);
      const placed = { ...withoutOffsets(figure), citation: quote };
      if (target) target.figures.push(placed);
      else if (kinds) looseFigures.push({ kinds, figure: placed, published: publishedDay });
    }
    for (const duration of sentence.durations) {
      const kind = duration.about;
      if (!kind) continue;
      const anchor = nearestAnchor(sentence, duration, [kind]);
      const target = anchor ? byAnchor.get(anchor) : context([kind]);
      const figure: Figure = {
        measure: 'duration',
        unit: duration.unit,
        min: duration.value,
        max: duration.value,
        qualifier: duration.qualifier,
        text: duration.text,
        citation: quote,
      };
      if (target) target.figures.push(figure);
      else looseFigures.push({ kinds: [kind], figure, published: publishedDay });
    }
    for (const place of sentence.places) {
      const at = sentence.span.text.indexOf(place.name);
      const near = { start: Math.max(at, 0), end: Math.max(at, 0) + place.name.length };
      const anchor = nearestAnchor(sentence, near);
      const target = anchor ? byAnchor.get(anchor) : contextNear(sentence, near);
      if (!target) continue;
      if (!target.places.some((p) => p.name === place.name)) target.places.push(place);
      cite(target, !anchor);
    }
    if (sentence.brokers.length > 0) {
      const claim: Claim = { about: 'brokered-by', values: sentence.brokers, citation: quote };
      const anchor = sentence.anchors.find((a) => a.trigger.value === 'ceasefire' && a.phase !== 'collapse' && byAnchor.has(a));
      const agreement = anchor ? byAnchor.get(anchor) : mentions.filter((m) => m.kind === 'ceasefire' && m.phase !== 'collapse' && m.status === 'occurred').sort((a, b) => firstDay(b).localeCompare(firstDay(a)))[0];
      if (agreement) addClaim(agreement, claim);
      else looseClaims.push({ kind: 'ceasefire', claim });
    }
  }
  return { mentions, looseClaims, looseFigures };
}
