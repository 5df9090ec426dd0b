import type { Mention } from '../mentions/buildMentions.ts';
import { daySpan, precisionOf } from '../../../../src/lib/partialDate.ts';

const RANK = { day: 0, month: 2, year: 3 } as const;
/** Exact days first, then windows, then months and years: precise reports found the clusters. */
const rank = (m: Mention) => (m.time.approximate ? 1 : RANK[precisionOf(m.time.date)!]);
const span = (m: Mention) => ({ first: daySpan(m.time.date).first, last: daySpan(m.time.endDate ?? m.time.date).last });
/** Phases that cannot be one happening: an accord collapsing is not the accord being agreed. */
const apart = (a: string, b: string) => a !== b && (a === 'collapse' || b === 'collapse' || (a === 'end' && b === 'begin') || (a === 'begin' && b === 'end'));

/** Whether two reports can be of the same happening. */
function compatible(a: Mention, b: Mention): boolean {
  if (a.kind !== b.kind) return false;
  if (a.who && b.who && a.who.toLowerCase() !== b.who.toLowerCase()) return false;
  if (a.phase && b.phase && apart(a.phase, b.phase)) return false;
  const sa = span(a);
  const sb = span(b);
  // Two exact days: the same day is the same happening, even if one report announced it ahead.
  if (rank(a) === 0 && rank(b) === 0) return sa.first === sb.first;
  if ((a.status === 'scheduled') !== (b.status === 'scheduled')) return false;
  return sa.first <= sb.last && sb.first <= sa.last;
}

/** The months a span touches, as `YYYY-MM` keys. */
function months(first: string, last: string): string[] {
  const keys: string[] = [];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = last.slice(0, 7);
  for (let key = first.slice(0, 7); key <= end; key = `${year}-${String(month).padStart(2, '0')}`) {
    keys.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return keys;
}

/**
 * Groups reports of the same happening, across articles: same kind, overlapping dates, nothing
 * that tells them apart (different participants, an accord agreed versus one collapsing). A vague
 * report that fits more than one precise happening is left on its own rather than guessed.
 * @example clusterMentions([talksOn24From000, talksOn24From004]).length // 1
 */
export function clusterMentions(mentions: readonly Mention[]): Mention[][] {
  const ordered = [...mentions].sort(
    (a, b) => rank(a) - rank(b) || a.time.date.localeCompare(b.time.date) || a.source.localeCompare(b.source) || a.sentence - b.sentence,
  );
  const clusters: Mention[][] = [];
  // Only clusters of the same kind that share a month can overlap: index them so.
  const index = new Map<string, Set<Mention[]>>();
  for (const mention of ordered) {
    const { first, last } = span(mention);
    const keys = months(first, last).map((m) => `${mention.kind}|${m}`);
    const candidates = new Set(keys.flatMap((k) => [...(index.get(k) ?? [])]));
    const fits = [...candidates].filter((cluster) => cluster.every((member) => compatible(member, mention)));
    const cluster = fits.length === 1 ? fits[0]! : [];
    if (cluster.length === 0) clusters.push(cluster);
    cluster.push(mention);
    for (const key of keys) index.set(key, (index.get(key) ?? new Set()).add(cluster));
  }
  return clusters;
}
