import type { PublishedFrom } from '../../../../src/lib/eventSchema.ts';
import { commonestFirst } from '../../commonestFirst.ts';
import { DAY_MS } from '../../../../src/lib/dayMs.ts';

/** How the run dated one article against the day its key gives: days off (negative: too early), or none. */
export interface ArticleDating {
  /** The article's file name. */
  file: string;
  /** The run's day, as it read it ("2024-03-10", or "2024-03" when only a month); undefined when none. */
  read?: string;
  /** Whole days from the key's day to the run's; undefined when the run gave the article no day. */
  offBy?: number;
  /** Only a month was read: the article's day is not known to the day. */
  coarse: boolean;
  from?: PublishedFrom;
}

/**
 * Each article's publication day as the run read it (its sources) against its key's, for a line
 * of bench:events that names no article: on a blind set it tells whether happenings are lost to
 * the dating of whole articles or to the dating inside them.
 */
export function articleDating(
  keyed: readonly { file: string; published: string }[],
  sources: readonly { file: string; published?: string; publishedFrom?: PublishedFrom }[],
): ArticleDating[] {
  return keyed.map(({ file, published }) => {
    const source = sources.find((s) => s.file === file);
    if (source?.published === undefined) return { file, coarse: false };
    const day = source.published.slice(0, 10);
    const coarse = source.published.length < 10;
    const offBy = Math.round((Date.parse(coarse ? `${day.slice(0, 7)}-01` : day) - Date.parse(published)) / DAY_MS);
    return { file, read: source.published.slice(0, coarse ? 7 : 10), offBy, coarse, ...(source.publishedFrom ? { from: source.publishedFrom } : {}) };
  });
}

/** One line: how many articles the run dated to their key's day, how far off the rest, and what dated the ones off. */
export function formatArticleDating(all: readonly ArticleDating[]): string {
  const undated = all.filter((a) => a.offBy === undefined).length;
  const dated = all.filter((a): a is ArticleDating & { offBy: number } => a.offBy !== undefined);
  const exact = dated.filter((a) => !a.coarse && a.offBy === 0).length;
  const coarse = dated.filter((a) => a.coarse).length;
  const off = dated.filter((a) => !a.coarse && a.offBy !== 0);
  const within = (lo: number, hi: number) => off.filter((a) => Math.abs(a.offBy) >= lo && Math.abs(a.offBy) <= hi).length;
  const early = off.filter((a) => a.offBy < 0).length;
  const by = commonestFirst(off.map((a) => a.from ?? 'unknown')).map(([from, n]) => `${n} ${from}`).join(', ');
  return (
    `articles dated ${exact} of ${all.length} to their day: ${within(1, 1)} a day off, ${within(2, 7)} 2–7 days off, ${within(8, Infinity)} further` +
    `${off.length > 0 ? ` (${early} of the ${off.length} off too early; dated from ${by})` : ''}; ${coarse} only to a month; ${undated} undated`
  );
}

/**
 * One line for each article the run dated a day or more off its key's day, furthest first: the
 * summary line says how many, this says which, so that a misdating (a year read from a recalled
 * date, a weekday paired with the wrong date) can be opened with --explain.
 * @example formatArticlesOff([{ file: 'a.txt', read: '2023-03-09', offBy: -366, coarse: false, from: 'text' }]) // ['dated  a.txt 2023-03-09: 366 days early, from text']
 */
export function formatArticlesOff(all: readonly ArticleDating[]): string[] {
  const off = all.filter((a): a is ArticleDating & { offBy: number; read: string } => a.offBy !== undefined && a.read !== undefined && !a.coarse && a.offBy !== 0);
  return [...off]
    .sort((a, b) => Math.abs(b.offBy) - Math.abs(a.offBy) || a.file.localeCompare(b.file))
    .map((a) => `dated  ${a.file} ${a.read}: ${daysOff(a.offBy)}${a.from ? `, from ${a.from}` : ''}`);
}

/**
 * Whole days off a key's day, in words (negative: too early).
 * @example daysOff(-1) // 'a day early'
 */
export function daysOff(n: number): string {
  return `${Math.abs(n) === 1 ? 'a day' : `${Math.abs(n)} days`} ${n < 0 ? 'early' : 'late'}`;
}
