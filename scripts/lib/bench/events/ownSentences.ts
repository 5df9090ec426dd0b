import { DateTime } from 'luxon';
import type { ArticleAnalysis } from '../../extract/sentences/analyseArticle.ts';
import type { SentenceAnalysis } from '../../extract/sentences/analyseSentence.ts';
import { isHeading } from '../../extract/sentences/isHeading.ts';
import { resolveTime } from '../../extract/time/resolveTime.ts';
import { escapeRegExp } from '../../../../src/lib/escapeRegExp.ts';
import type { KeyHappening } from './devsetKey.ts';
import { spanOf } from './isRightDate.ts';

/** The sentence of one article that tells a key happening, as `ownSentences` found it. */
export interface OwnSentence {
  file: string;
  sentence: SentenceAnalysis;
  /**
   * True when the sentence names the happening's day (a date of it that falls there, read against
   * the key's publication day) and tells its act (a trigger of its kind, its speaker's name, or
   * two in five of the key's words for it), or reads its kind in half the key's words; false when
   * it was chosen on weaker clues: a guess.
   */
  placed: boolean;
}

// Words of a key's `what` that tell one happening from another; the rest are grammar.
const GRAMMAR = new Set(['that', 'this', 'with', 'from', 'into', 'their', 'them', 'they', 'have', 'been', 'were', 'will', 'says', 'said', 'tell', 'tells', 'after', 'before', 'over', 'about', 'which', 'while', 'than', 'then', 'there', 'other', 'each', 'both', 'some', 'without']);
/** A word's first five letters: "retakes" and "retaken", "withdraw" and "withdrawal" compare alike. */
const stem = (w: string) => w.slice(0, 5);
const wordsOf = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !GRAMMAR.has(w)).map(stem));
/** Names a key gives as "Federico Trillo (Spain)": the words before the side. */
const nameOf = (s: string) => s.replace(/\s*\(.*\)\s*$/, '').trim();

/** Whether a date of the sentence, read against the key's publication day, falls on the happening's days. */
function namesItsDay(s: SentenceAnalysis, h: KeyHappening, published: string): boolean {
  const day = DateTime.fromISO(published, { zone: 'UTC' });
  const { first, last } = spanOf(h);
  return s.dates.some((d) =>
    (['past', 'future'] as const).some((direction) => {
      const t = resolveTime(d.spec, day, direction);
      if (!t || t.date.length < 10) return false;
      const span = spanOf(t);
      return span.first <= last && first <= span.last;
    }),
  );
}

/**
 * How well one sentence's clues fit a happening: its day, a trigger or reading of its kind, the
 * share of the key's words for it, its speaker's name, its actors, places and figures.
 */
function clues(s: SentenceAnalysis, h: KeyHappening, published: string, kinds: ReadonlySet<string>, told: ReadonlySet<string>) {
  const text = s.span.text.toLowerCase();
  const here = wordsOf(s.span.text);
  const share = told.size === 0 ? 0 : [...told].filter((w) => here.has(w)).length / told.size;
  const day = namesItsDay(s, h, published);
  const kind = s.triggers.some((t) => kinds.has(t.value)) || s.happenings.some((x) => x.kind !== undefined && kinds.has(x.kind));
  const speaker = h.speaker !== undefined && nameOf(h.speaker).split(/\s+/).some((w) => w.length > 2 && text.includes(w.toLowerCase()));
  const named = [...h.actors, ...h.places].filter((n) => text.includes(n.toLowerCase()) || s.actors.includes(n)).length;
  const figures = h.figures.filter((f) => new RegExp(`(?<![\\d.,])${escapeRegExp(String(f.value))}(?![\\d]|[.,]\\d)`).test(s.span.text.replace(/(\d),(?=\d{3}\b)/g, '$1'))).length;
  // A headline repeats what the body tells in full: the body's sentence comes first.
  const heading = isHeading(s.span.text) ? 1 : 0;
  return { day, kind, share, speaker, score: 2.5 * Number(day) + 2 * Number(kind) + 6 * share + Number(speaker) + 0.5 * Math.min(named, 2) + figures - heading };
}

/**
 * The sentence of each article that tells a key happening (`files`: those the key lists it in),
 * found as a reader finds it when the key quotes none: the one whose date falls on its day, whose
 * trigger is of its kind and whose words, speaker, actors and figures are the key's. `published`
 * is each article's day from the key, so a sentence is placed even where the run misdated its
 * article. Articles with no sentence that shares a clue give none. Pure.
 * @example ownSentences(keyShelling, new Set(['a.txt']), analyses, new Map([['a.txt', '2024-03-20']]))[0].placed // true
 */
export function ownSentences(h: KeyHappening, files: ReadonlySet<string>, analyses: readonly ArticleAnalysis[], published: ReadonlyMap<string, string>): OwnSentence[] {
  // What the key says of the happening, read once for all its sentences.
  const kinds = new Set([h.kind, ...h.alsoKinds]);
  const told = wordsOf(h.what);
  return analyses
    .filter((a) => files.has(a.article.name))
    .flatMap((a) => {
      const file = a.article.name;
      const day = published.get(file) ?? '';
      let best: { sentence: SentenceAnalysis; c: ReturnType<typeof clues> } | undefined;
      for (const sentence of a.sentences) {
        const c = clues(sentence, h, day, kinds, told);
        if (c.score > 0 && (!best || c.score > best.c.score)) best = { sentence, c };
      }
      if (!best) return [];
      const { day: dated, kind, share, speaker } = best.c;
      return [{ file, sentence: best.sentence, placed: (dated && (kind || speaker || share >= 0.4)) || (kind && share >= 0.5) }];
    });
}
