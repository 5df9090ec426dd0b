import { DateTime } from 'luxon';
import type { Problem } from '../../../../src/lib/problem.ts';
import type { Anchor, ArticleAnalysis } from '../sentences/analyseArticle.ts';
import { resolveTime } from './resolveTime.ts';

/** When an article was published, and whether the text only implies it. */
export interface Publication {
  published: string;
  inferred: boolean;
}

interface Window {
  from: DateTime;
  to: DateTime;
  weight: number;
}

/** A day-precise, resolved happening in an article whose date is known, to pair weekdays with. */
interface KnownDay {
  day: DateTime;
  anchor: Anchor;
}

const YEARS_BACK = 30;
/** A report says "on Wednesday" of a day at most this many days before or after it appears. */
const WEEK = 6;

const isWeekday = (a: Anchor) => a.time.spec.type === 'weekday' && a.time.spec.hint === undefined;
const isMonthDay = (a: Anchor) => a.time.spec.type === 'calendar' && a.time.spec.year === undefined && a.time.spec.day !== undefined;
const weekdayOf = (a: Anchor) => (a.time.spec.type === 'weekday' ? a.time.spec.weekday : 0);
const fold = (s: string | undefined) => s?.toLowerCase().replace(/s$/, '');

/** The days of publication a weekday mention allows, once the day it names is known. */
function windowFor(anchor: Anchor, day: DateTime, weight: number): Window {
  return anchor.tense === 'future'
    ? { from: day.minus({ days: WEEK }), to: day.minus({ days: 1 }), weight }
    : { from: day, to: day.plus({ days: WEEK }), weight };
}

/** The earliest day of the latest stretch that the heaviest total of windows covers. */
function bestDay(windows: Window[], now: DateTime): DateTime | undefined {
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
  return bestAt === undefined ? undefined : DateTime.fromMillis(bestAt, { zone: now.zone });
}

/**
 * Works out when articles without a stated publication date appeared, from their own words.
 * A date in front matter, or else in `given` (a maintainer's edit), is taken as stated.
 * A weekday and a date said of the same happening ("talks on Wednesday" that "began on
 * December 24") fix the year: the latest one, up to `now`, in which that date falls on that
 * weekday. The happening may be told by another article whose date is known. The article is
 * taken to appear on the first day its weekday mentions allow.
 * @example inferPublication(analyses, new Map(), now).publications.get('a.txt') // { published: '2025-12-24', inferred: true }
 */
export function inferPublication(
  analyses: readonly ArticleAnalysis[],
  given: ReadonlyMap<string, string>,
  now: DateTime,
): { publications: Map<string, Publication>; problems: Problem[] } {
  const zone = now.zone;
  const publications = new Map<string, Publication>();
  for (const { article } of analyses) {
    const published = article.meta.published ?? given.get(article.name);
    if (published) publications.set(article.name, { published, inferred: false });
  }

  const knownDays = (analysis: ArticleAnalysis): KnownDay[] => {
    const published = publications.get(analysis.article.name);
    if (!published) return [];
    const p = DateTime.fromISO(published.published, { zone });
    return analysis.sentences.flatMap((s) =>
      s.anchors.flatMap((anchor) => {
        if (anchor.time.spec.type !== 'weekday' && !isMonthDay(anchor)) return [];
        const time = resolveTime(anchor.time.spec, p, anchor.tense);
        return time && !time.approximate && time.date.length === 10 ? [{ day: DateTime.fromISO(time.date, { zone }), anchor }] : [];
      }),
    );
  };

  const windowsFor = (analysis: ArticleAnalysis): Window[] => {
    const dated = analysis.sentences.flatMap((s) => s.anchors.map((anchor) => ({ anchor, sentence: s.index })));
    const weekdays = dated.filter((d) => isWeekday(d.anchor));
    const monthDays = dated.filter((d) => isMonthDay(d.anchor));
    const windows: Window[] = [];
    for (const w of weekdays) {
      for (const d of monthDays) {
        if (w.anchor.trigger.value !== d.anchor.trigger.value) continue;
        const gap = Math.abs(w.sentence - d.sentence);
        const weight = gap === 0 ? 2 : 1 / (1 + gap);
        const spec = d.anchor.time.spec as { month: number; day: number };
        for (let year = now.year - YEARS_BACK; year <= now.year + 1; year++) {
          const day = DateTime.fromObject({ year, month: spec.month, day: spec.day }, { zone });
          if (day.isValid && day.weekday === weekdayOf(w.anchor)) windows.push(windowFor(w.anchor, day, weight));
        }
      }
      for (const other of analyses) {
        if (other === analysis) continue;
        for (const known of knownDays(other)) {
          if (known.anchor.trigger.value !== w.anchor.trigger.value || known.day.weekday !== weekdayOf(w.anchor)) continue;
          const alike = fold(known.anchor.who) === fold(w.anchor.who) || fold(known.anchor.trigger.text) === fold(w.anchor.trigger.text);
          windows.push(windowFor(w.anchor, known.day, alike ? 1 : 0.5));
        }
      }
    }
    // A full date with its year bounds the publication from below, weakly.
    for (const { anchor } of dated) {
      const spec = anchor.time.spec;
      if (spec.type === 'calendar' && spec.year !== undefined && spec.month !== undefined && anchor.tense !== 'future') {
        const day = DateTime.fromObject({ year: spec.year, month: spec.month, day: spec.day ?? 1 }, { zone });
        if (day.isValid) windows.push({ from: spec.day === undefined ? day.endOf('month').startOf('day') : day, to: day.plus({ days: 31 }), weight: 0.1 });
      }
    }
    return windows;
  };

  // Articles pinned down now may pin down others through the happenings they share.
  for (let progress = true; progress; ) {
    progress = false;
    for (const analysis of analyses) {
      if (publications.has(analysis.article.name)) continue;
      const day = bestDay(windowsFor(analysis), now);
      if (day) {
        publications.set(analysis.article.name, { published: day.toISODate()!, inferred: true });
        progress = true;
      }
    }
  }

  const problems: Problem[] = analyses
    .filter((a) => !publications.has(a.article.name))
    .map((a) => ({
      code: 'publication-unknown',
      file: a.article.name,
      line: 1,
      column: 1,
      message: 'expected a publication date, found none: the text does not pin one down',
      hint: 'add front matter with `published: YYYY-MM-DD` at the top of the article',
    }));
  return { publications, problems };
}
