import type { Event } from '../../../../src/lib/eventSchema.ts';
import { SPOKEN_TYPES, type DevsetKey, type KeyHappening } from './devsetKey.ts';
import { speakerFit, speakerFits, type PartyOf } from './speakerFits.ts';
import { ownSentences } from './ownSentences.ts';
import { sentenceFate, type SentenceFate } from './sentenceFate.ts';
import { isRightDate, overlaps, startDistance, WINDOW_DAYS } from './isRightDate.ts';
import type { ExtractTrace } from '../../extract/extractEvents.ts';
import { spanText } from '../../extract/explain/spanText.ts';
import { nameKey } from '../../extract/sentences/nameKey.ts';

/**
 * What became of one extracted event:
 * - `correct`: a listed happening at the right date, of its kind and status, and the first event for it;
 * - `wrong-status`: right happening, date and kind, wrong status (a plan left scheduled, a claim taken as fact);
 * - `wrong-kind`: a listed happening at the right date, but of another kind;
 * - `wrong-speaker`: a saying (statement, proposal, accusation, denial) at its date, kind and status,
 *   whose speaker the event names as another than the key's: its title tells a reader the wrong voice;
 * - `duplicate`: a second event for a happening that already has one;
 * - `coarse-date`: overlaps a listed happening only at a coarser precision (a recap "in April");
 * - `trap`: made from a passage the key says is no event (a fear, a hypothetical, a recap);
 * - `unmatched`: none of these: an event the reports do not support.
 */
export const VERDICTS = ['correct', 'wrong-status', 'wrong-kind', 'wrong-speaker', 'duplicate', 'coarse-date', 'trap', 'unmatched'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface JudgedEvent {
  id: string;
  date: string;
  endDate?: string;
  kind: string;
  status: string;
  title: string;
  source: string;
  quote: string;
  verdict: Verdict;
  /** The happening it was judged against, when there is one. */
  happening?: string;
  /** Why, in a few words, for the lists a reader scans. */
  note?: string;
  /** For a wrong kind, the kind the key codes. */
  expected?: string;
}

/**
 * Why a key happening was missed: an event at its date under another kind; an event of its kind
 * and date that names another speaker (a saying given to another voice); an event only at a
 * coarser date; an event of its kind at its date that stands for another happening (merged into
 * it, or this one was never read: the key cannot tell which); an event of its kind that matched nothing, a few days off or in another year on the same
 * day (read, but misdated); or none of these (not read).
 */
export type MissCause = 'kind' | 'speaker' | 'coarse' | 'merged' | 'misdated' | 'none';

/** An event that matched nothing, of a happening's kind, near its date or a whole number of years off. */
function misdatedAs(j: JudgedEvent, h: KeyHappening): boolean {
  if (j.verdict !== 'unmatched' || j.kind !== h.kind) return false;
  const sameDayOtherYear = j.date.length === 10 && h.date.length === 10 && j.date.slice(4) === h.date.slice(4) && j.date !== h.date;
  return sameDayOtherYear || startDistance(j, h) <= WINDOW_DAYS;
}

export interface Miss {
  id: string;
  what: string;
  date: string;
  kind: string;
  cause: MissCause;
  reason: string;
  /** With the run's trace: what became of its own sentence (ownSentences, sentenceFate). */
  own?: SentenceFate;
}

export interface MisplacedFigure {
  event: string;
  happening: string;
  measure: string;
  text: string;
  quote: string;
}

export interface ConflictScore {
  conflict: string;
  title: string;
  articles: number;
  /** Articles the extractor refused or could not date, with its message. */
  refused: { file: string; message: string }[];
  keyHappenings: number;
  found: number;
  events: number;
  counts: Record<Verdict, number>;
  figures: { right: number; misplaced: number };
  /** Events found for a spoken happening (a statement, proposal, accusation, denial) that name its speaker, and those that name another or none. */
  speakers: { right: number; wrong: number };
  misses: Miss[];
  judged: JudgedEvent[];
  misplacedFigures: MisplacedFigure[];
  wrongSpeakers: WrongSpeaker[];
}

/** An event for a spoken happening that names another speaker than the key's, or none. */
export interface WrongSpeaker {
  event: string;
  happening: string;
  speaker?: string;
  expected: string;
}

export interface ScoreInput {
  key: DevsetKey;
  events: readonly Event[];
  refused?: readonly { file: string; message: string }[];
  /** The side the gazetteer reads in a speaker's words, for judging who spoke (speakerFits). */
  partyOf?: PartyOf;
  /** What the extractor made of each article, to say how far a happening not read got. */
  trace?: Pick<ExtractTrace, 'analyses' | 'mentions'> & Partial<Pick<ExtractTrace, 'fates'>>;
}

/** Verdicts of an event that stands for its happening, at its date and kind: the first one for it is kept, the rest are duplicates. */
const READ_AS_ITS_HAPPENING: readonly Verdict[] = ['correct', 'wrong-status', 'wrong-speaker'];
/** Verdicts of an event that finds its happening: a saying given to another voice does not find the key's. */
const FINDS: readonly Verdict[] = ['correct', 'wrong-status'];

/**
 * Whether an event of `kind` has the status the key codes for `h`. An act one side charges the
 * other with is coded `claimed`, and may be coded as the charge instead (`alsoKinds: [accusation]`,
 * tests/devset/README.md): an event that codes it so is the charge, which was made, so `occurred`
 * is its right status there.
 */
const statusFits = (h: KeyHappening, kind: string, status: string) =>
  h.status === status || (kind === 'accusation' && h.kind !== kind && h.alsoKinds.includes(kind) && h.status === 'claimed' && status === 'occurred');

/** A happening that is a saying, whose speaker the key gives and a title names. */
const spoken = (h: KeyHappening) => h.speaker !== undefined && (SPOKEN_TYPES as readonly string[]).includes(h.type);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function placeOverlap(event: Event, h: KeyHappening): number {
  const names = new Set(event.places.flatMap((p) => [p.name, p.admin1, p.country]).filter(Boolean));
  return h.places.filter((p) => names.has(p)).length;
}

/** The figures scored: counts of people, which reports attach to one round or another. Durations and lengths are not. */
export const SCORED_MEASURES: readonly string[] = ['killed', 'injured', 'displaced', 'evacuated'];

function figureFits(f: Event['figures'][number], h: KeyHappening): boolean {
  const low = f.min ?? 0;
  const high = f.max ?? Number.POSITIVE_INFINITY;
  return h.figures.some((k) => k.measure === f.measure && low <= (k.max ?? k.value) && k.value <= high);
}

/**
 * How far an event's own facts agree with a happening: each place and actor they share, each count
 * of people of the event that the happening's figures allow, less each actor the event names that
 * the happening does not, and one more when the event names first the party the key names first
 * (the key lists the doer first). It tells apart two happenings of one kind on one day, such as
 * one side's shelling and the other side's answering fire, which date and kind cannot.
 * @example agreement(strikeKilling4, keyShellingKilling4) > agreement(strikeKilling4, keyAnsweringFire) // true
 */
export function agreement(event: Event, h: KeyHappening): number {
  const figures = event.figures.filter((f) => SCORED_MEASURES.includes(f.measure) && figureFits(f, h)).length;
  const shared = event.actors.filter((a) => h.actors.includes(a)).length;
  const foreign = event.actors.length - shared;
  const doer = event.actors.length > 0 && event.actors[0] === h.actors[0] ? 1 : 0;
  return placeOverlap(event, h) + figures + shared - foreign + doer;
}

/**
 * Scores one conflict's extracted events against its key. Pure; the rules are in README
 * "npm run bench:events" and on each verdict above.
 * @example scoreConflict({ key, events, kinds }).found // 7
 */
export function scoreConflict({ key, events, refused = [], partyOf, trace }: ScoreInput): ConflictScore {
  const byId = new Map(key.happenings.map((h) => [h.id, h]));
  const articles = new Map(key.articles.map((a) => [a.file, a]));
  const keyIds = new Set(key.articles.flatMap((a) => a.key));

  type Work = { event: Event; kind: string; listed: KeyHappening[]; keyed: Set<string>; candidates: KeyHappening[] };
  const work: Work[] = events.map((event) => {
    const cited = [...new Set(event.citations.map((c) => c.source))].map((f) => articles.get(f)).filter((a) => a !== undefined);
    const keyed = new Set(cited.flatMap((a) => a.key));
    const listed = [...new Set(cited.flatMap((a) => [...a.key, ...a.other]))].map((id) => byId.get(id)!).filter(Boolean);
    return { event, kind: event.kind, listed, keyed, candidates: listed.filter((h) => isRightDate(event, h)) };
  });

  const taken = new Set<string>();
  const judged = new Map<Event, JudgedEvent>();
  // Events with fewer candidates choose first, so an event that could be one of two happenings
  // does not take the only one another event could be.
  const order = [...work].sort((a, b) => a.candidates.length - b.candidates.length || a.event.id.localeCompare(b.event.id));
  for (const w of order) {
    const { event, kind } = w;
    const first = event.citations[0]!;
    const base = {
      id: event.id,
      date: event.date,
      ...(event.endDate ? { endDate: event.endDate } : {}),
      kind,
      status: event.status,
      title: event.title,
      source: first.source,
      quote: first.quote,
    };
    const ofKind = w.candidates.filter((h) => h.kind === kind || h.alsoKinds.includes(kind));
    if (ofKind.length > 0) {
      // A happening coded as the event's own kind comes before one that only allows it (`alsoKinds`):
      // a statement and a charge of one day, each allowing the other's kind, are matched by kind.
      // Two sayings of one day are told apart by who spoke, as a reader tells them (the person or
      // office before the side alone), before the actors they share.
      const fit = (h: KeyHappening) => (event.speaker && spoken(h) ? speakerFit(event.speaker, h.speaker!, partyOf) : 1);
      const misspoken = (h: KeyHappening) => fit(h) === 0;
      const rank = (h: KeyHappening) => [taken.has(h.id) ? 1 : 0, statusFits(h, kind, event.status) ? 0 : 1, 2 - fit(h), w.keyed.has(h.id) ? 0 : 1, h.kind === kind ? 0 : 1, startDistance(event, h), -agreement(event, h)];
      const ranked = [...ofKind].sort((a, b) => {
        const x = rank(a);
        const y = rank(b);
        for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
        return a.id.localeCompare(b.id);
      });
      // A second event for a saying its speaker fits, which another event has, is a duplicate of
      // it, not another speaker's saying of that day; failing that, a happening that is no saying
      // (a measure its words announce) and that no other event has, before another voice's saying.
      const best = misspoken(ranked[0]!)
        ? (ranked.find((h) => spoken(h) && !misspoken(h)) ?? ranked.find((h) => !spoken(h) && !taken.has(h.id)) ?? ranked[0]!)
        : ranked[0]!;
      taken.add(best.id);
      if (!statusFits(best, kind, event.status)) judged.set(event, { ...base, verdict: 'wrong-status', happening: best.id, note: `expected ${best.status}` });
      else if (misspoken(best)) judged.set(event, { ...base, verdict: 'wrong-speaker', happening: best.id, note: `expected ${best.speaker}, names ${event.speaker}` });
      else judged.set(event, { ...base, verdict: 'correct', happening: best.id });
      continue;
    }
    if (w.candidates.length > 0) {
      const nearest = [...w.candidates].sort((a, b) => startDistance(event, a) - startDistance(event, b) || a.id.localeCompare(b.id))[0]!;
      judged.set(event, { ...base, verdict: 'wrong-kind', happening: nearest.id, expected: nearest.kind, note: `expected ${nearest.kind}${nearest.alsoKinds.length ? ` or ${nearest.alsoKinds.join(', ')}` : ''}` });
      continue;
    }
    const trap = event.citations
      .flatMap((c) => (articles.get(c.source)?.traps ?? []).filter((t) => squash(c.quote).includes(squash(t.quote)) || squash(t.quote).includes(squash(c.quote))))
      .at(0);
    if (trap) {
      judged.set(event, { ...base, verdict: 'trap', note: `${trap.why}: "${trap.quote}"` });
      continue;
    }
    const coarse = w.listed
      .filter((h) => overlaps(event, h))
      .sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind) || startDistance(event, a) - startDistance(event, b) || a.id.localeCompare(b.id))[0];
    if (coarse) {
      judged.set(event, { ...base, verdict: 'coarse-date', happening: coarse.id, note: `${coarse.id} is ${coarse.date}${coarse.endDate ? `…${coarse.endDate}` : ''}` });
      continue;
    }
    judged.set(event, { ...base, verdict: 'unmatched' });
  }

  // Found is decided before duplicates are marked: a second event of a saying given to another voice finds nothing.
  const firstVerdicts = events.map((e) => judged.get(e)!);
  // One event per happening: the rest are duplicates, whichever article they come from.
  const perHappening = new Map<string, Event[]>();
  for (const event of events) {
    const j = judged.get(event)!;
    if (j.happening && READ_AS_ITS_HAPPENING.includes(j.verdict)) perHappening.set(j.happening, [...(perHappening.get(j.happening) ?? []), event]);
  }
  for (const [id, list] of perHappening) {
    const keep = [...list].sort((a, b) => (judged.get(a)!.verdict === 'correct' ? 0 : 1) - (judged.get(b)!.verdict === 'correct' ? 0 : 1) || b.citations.length - a.citations.length || a.id.localeCompare(b.id))[0]!;
    const voices = new Set([nameKey(keep.speaker ?? '')]);
    for (const event of list) {
      if (event === keep) continue;
      const j = judged.get(event)!;
      // A saying in a voice the happening's speaker does not fit, beside events in other voices that
      // have the happening, is a saying the key does not list (a third party's appeal, a
      // lawyer's word), not a second telling of this one: unmatched, as a reader would judge it.
      if (j.verdict === 'wrong-speaker' && event.speaker && !voices.has(nameKey(event.speaker))) {
        voices.add(nameKey(event.speaker));
        const { happening: _told, ...unlisted } = j;
        judged.set(event, { ...unlisted, verdict: 'unmatched', note: `a saying by ${event.speaker}, a voice no happening of its day in the key gives; ${keep.id} is ${id}` });
      } else judged.set(event, { ...j, verdict: 'duplicate', note: `another event, ${keep.id}, is ${id}` });
    }
  }

  const all = events.map((e) => judged.get(e)!);
  const found = new Set(firstVerdicts.filter((j) => j.happening && FINDS.includes(j.verdict)).map((j) => j.happening!));
  const judgedById = new Map(all.map((j) => [j.id, j]));
  const refusedFiles = new Set(refused.map((r) => r.file));
  const days = new Map(key.articles.map((a) => [a.file, a.published]));
  const misses: Miss[] = [...keyIds].sort().map((id) => byId.get(id)).filter((h) => h !== undefined && !found.has(h.id)).map((h) => {
    const wrongKind = all.find((j) => j.verdict === 'wrong-kind' && j.happening === h!.id);
    const misspoken = firstVerdicts.find((j) => j.verdict === 'wrong-speaker' && j.happening === h!.id);
    const coarse = all.find((j) => j.verdict === 'coarse-date' && j.happening === h!.id);
    const merged = all.find((j) => j.happening !== undefined && j.happening !== h!.id && j.kind === h!.kind && isRightDate(j, h!));
    const misdated = all.find((j) => misdatedAs(j, h!));
    const cause: MissCause = wrongKind ? 'kind' : misspoken ? 'speaker' : coarse ? 'coarse' : merged ? 'merged' : misdated ? 'misdated' : 'none';
    const reason = wrongKind
      ? `found as ${wrongKind.kind}: "${wrongKind.title}"`
      : misspoken
        ? `said by another speaker: "${misspoken.title}"`
      : coarse
        ? `only at a coarser date, ${coarse.date}`
        : merged
          ? `no event of its own; "${merged.title}" at its date stands for ${merged.happening}`
          : misdated
            ? `no event at its date; "${misdated.title}" (${misdated.date}) may be it, misdated`
          : 'no event at its date';
    // The articles that must find it: a recap elsewhere (`other`) is no sentence it was missed in.
    const files = new Set(key.articles.filter((a) => a.key.includes(h!.id)).map((a) => a.file));
    const own = trace ? sentenceFate(h!, ownSentences(h!, files, trace.analyses, days), { files, mentions: trace.mentions, fates: trace.fates, judged: judgedById, refused: refusedFiles, published: days }) : undefined;
    return { id: h!.id, what: h!.what, date: spanText(h!), kind: h!.kind, cause, reason: own ? `${reason}; ${own.detail}` : reason, ...(own ? { own } : {}) };
  });

  const misplacedFigures: MisplacedFigure[] = [];
  let right = 0;
  for (const event of events) {
    const j = judged.get(event)!;
    const h = j.happening ? byId.get(j.happening) : undefined;
    if (!h || j.verdict === 'wrong-kind' || j.verdict === 'coarse-date') continue;
    for (const f of event.figures.filter((f) => SCORED_MEASURES.includes(f.measure))) {
      if (figureFits(f, h)) right++;
      else misplacedFigures.push({ event: event.id, happening: h.id, measure: f.measure, text: f.text, quote: f.citation.quote });
    }
  }

  const wrongSpeakers: WrongSpeaker[] = [];
  let rightSpeakers = 0;
  for (const event of events) {
    const j = judged.get(event)!;
    const h = j.happening ? byId.get(j.happening) : undefined;
    if (!h?.speaker || !spoken(h) || !READ_AS_ITS_HAPPENING.includes(j.verdict)) continue;
    if (speakerFits(event.speaker, h.speaker, partyOf)) rightSpeakers++;
    else wrongSpeakers.push({ event: event.id, happening: h.id, ...(event.speaker ? { speaker: event.speaker } : {}), expected: h.speaker });
  }

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, all.filter((j) => j.verdict === v).length])) as Record<Verdict, number>;
  return {
    conflict: key.conflict,
    title: key.title,
    articles: key.articles.length,
    refused: [...refused],
    keyHappenings: keyIds.size,
    found: [...keyIds].filter((id) => found.has(id)).length,
    events: events.length,
    counts,
    figures: { right, misplaced: misplacedFigures.length },
    speakers: { right: rightSpeakers, wrong: wrongSpeakers.length },
    misses,
    judged: all,
    misplacedFigures,
    wrongSpeakers,
  };
}
