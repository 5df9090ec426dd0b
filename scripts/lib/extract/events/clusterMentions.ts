import { daySpan, precisionOf } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';

const RANK = { day: 0, month: 2, year: 3 } as const;
/** Exact days first, then windows, then months and years: precise reports found the clusters. */
const rank = (m: Mention) => (m.time.approximate ? 1 : RANK[precisionOf(m.time.date)!]);
/** Dated by its own words before dated by the article's time at that point. */
const strength = (m: Mention) => (m.dating === 'context' ? 1 : 0);
const span = (m: Mention) => ({ first: daySpan(m.time.date).first, last: daySpan(m.time.endDate ?? m.time.date).last });
/** Phases that cannot be one happening: an accord collapsing is not the accord being agreed. */
const apart = (a: string, b: string) =>
  a !== b && (a === 'collapse' || b === 'collapse' || a === 'postpone' || b === 'postpone' || (a === 'end' && b === 'begin') || (a === 'begin' && b === 'end'));
const fold = (s: string | undefined) => s?.toLowerCase();
/** Kinds one day's violence is reported as: "clashes" and "shelling" of one day are one round of fighting. */
const VIOLENCE = new Set(['fighting', 'strike']);
/** The group of kinds a report may merge with. */
export const familyOf = (kind: string) => (VIOLENCE.has(kind) ? 'violence' : kind);
const parties = (names: string) => names.split(/,\s*|\s+and\s+/);

/** Whether two reports can be of the same happening. */
function compatible(a: Mention, b: Mention): boolean {
  if (familyOf(a.kind) !== familyOf(b.kind)) return false;
  // Each side's strikes of one day are two happenings: "Indian missiles" and "Pakistani shelling".
  if (a.agent && b.agent && !parties(a.agent).some((p) => parties(b.agent!).includes(p))) return false;
  // Participants tell meetings apart, as the reports that date them name them.
  if (a.who && b.who && a.dating !== 'context' && b.dating !== 'context' && fold(a.who) !== fold(b.who)) return false;
  if (a.phase && b.phase && apart(a.phase, b.phase)) return false;
  // Two statements by different speakers are two statements.
  if (a.speaker && b.speaker && fold(a.speaker) !== fold(b.speaker)) return false;
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
 * Groups reports of the same happening, across articles: same kind (fighting and strikes count as
 * one day's violence unless their agents differ), overlapping dates, nothing
 * that tells them apart (different participants or speakers, an accord agreed versus one
 * collapsing, a meeting held versus one put off). Reports dated to the day found the groups;
 * a vaguer report ("in July", "last year") joins the group of its kind inside its period that
 * most reports speak of, and a report dated only by the article's time joins the group of its
 * day. A recap of an earlier round dated only to its month or year that no precise report
 * matches is left out: it is background, not news.
 * @example clusterMentions([talksOn24From000, talksOn24From004]).length // 1
 */
export function clusterMentions(mentions: readonly Mention[]): Mention[][] {
  const ordered = [...mentions].sort(
    (a, b) =>
      strength(a) - strength(b) ||
      rank(a) - rank(b) ||
      a.time.date.localeCompare(b.time.date) ||
      a.source.localeCompare(b.source) ||
      a.sentence - b.sentence,
  );
  const clusters: Mention[][] = [];
  // Only clusters of the same kind that share a month can overlap: index them so.
  const index = new Map<string, Set<Mention[]>>();
  for (const mention of ordered) {
    const { first, last } = span(mention);
    const keys = months(first, last).map((m) => `${familyOf(mention.kind)}|${m}`);
    const candidates = new Set(keys.flatMap((k) => [...(index.get(k) ?? [])]));
    const fits = [...candidates].filter((cluster) => cluster.every((member) => compatible(member, mention)));
    const vague = rank(mention) > 0 || mention.dating === 'context';
    const best = fits.length === 1 || (vague && fits.length > 1) ? [...fits].sort((a, b) => preference(b, mention) - preference(a, mention))[0] : undefined;
    if (!best && mention.background && rank(mention) >= RANK.month) continue;
    const cluster = best ?? [];
    if (cluster.length === 0) clusters.push(cluster);
    cluster.push(mention);
    for (const key of keys) index.set(key, (index.get(key) ?? new Set()).add(cluster));
  }
  return clusters;
}

/** How well a group suits a vague report: of its own phase and article, then the most reported, then the earliest. */
function preference(cluster: readonly Mention[], mention: Mention): number {
  const phase = mention.phase && cluster.some((m) => m.phase === mention.phase) ? 1000 : 0;
  const article = cluster.some((m) => m.source === mention.source) ? 100 : 0;
  const first = Date.parse(span(cluster[0]!).first) / 8.64e7;
  return phase + article + cluster.length - first / 1e6;
}
