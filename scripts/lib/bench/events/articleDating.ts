import type { PublishedFrom } from '../../../../src/lib/eventSchema.ts';
import { commonestFirst } from '../../commonestFirst.ts';
import { DAY_MS } from '../../../../src/lib/dayMs.ts';

/** How the run dated one article against the day its key gives: days off (negative: too early), or none. */
export interface ArticleDating {
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
    if (source?.published === undefined) return { coarse: false };
    const day = source.published.slice(0, 10);
    const coarse = source.published.length < 10;
    const offBy = Math.round((Date.parse(coarse ? `${day.slice(0, 7)}-01` : day) - Date.parse(published)) / DAY_MS);
    return { offBy, coarse, ...(source.publishedFrom ? { from: source.publishedFrom } : {}) };
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
