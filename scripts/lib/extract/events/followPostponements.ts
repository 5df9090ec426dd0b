import { daySpan } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { daysAfter } from '../time/dayArithmetic.ts';
import { nameKey } from '../sentences/nameKey.ts';

/** Days before a postponement's news an original plan may have been for and still be the one put off. */
const PUT_OFF_AFTER_DAYS = 7;

const firstOf = (cluster: readonly Mention[]) => cluster.reduce((d, m) => (daySpan(m.time.date).first < d ? daySpan(m.time.date).first : d), daySpan(cluster[0]!.time.date).first);
/** Who meets or what it is called, as the reports give it; none is a wildcard. */
const identity = (cluster: readonly Mention[]) => new Set(cluster.flatMap((m) => [m.who, m.name]).filter((s): s is string => s !== undefined).map(nameKey));
const compatible = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === 0 || b.size === 0 || [...a].some((s) => b.has(s));

/**
 * Moves a plan that a later report says was put off to its new date: the reports of the plan as
 * first announced join the plan at the date the postponement gives (which a report that it took
 * place turns to occurred), instead of staying behind as a plan for a day that was given up. The
 * postponement stays its own happening. A plan is taken to be the one put off when it is of the
 * same kind and body, was announced no later than the postponement, and was for a day between a
 * week before the postponement's news and the new date. Returns new groups.
 * @example followPostponements([[planFor30], [putOffOn29], [planFor4From29]]).length // 2
 */
export function followPostponements(clusters: readonly Mention[][]): Mention[][] {
  const clusterOf = new Map<Mention, Mention[]>();
  for (const cluster of clusters) for (const m of cluster) clusterOf.set(m, cluster);
  // The new date each postponement gives: the plan its own sentence dates ahead.
  const bySentence = new Map<string, Mention[]>();
  const plansByKind = new Map<string, { day: string; cluster: Mention[] }[]>();
  for (const cluster of clusters) {
    for (const m of cluster) {
      if (m.status !== 'scheduled' || m.phase === 'postpone') continue;
      const key = `${m.source}|${m.sentence}|${m.kind}`;
      (bySentence.get(key) ?? bySentence.set(key, []).get(key)!).push(m);
    }
    if (cluster.every((m) => m.status === 'scheduled' && m.phase !== 'postpone')) {
      const kind = cluster[0]!.kind;
      (plansByKind.get(kind) ?? plansByKind.set(kind, []).get(kind)!).push({ day: firstOf(cluster), cluster });
    }
  }
  for (const plans of plansByKind.values()) plans.sort((a, b) => a.day.localeCompare(b.day));
  const identities = new Map<readonly Mention[], ReadonlySet<string>>();
  const identityOf = (c: readonly Mention[]) => identities.get(c) ?? identities.set(c, identity(c)).get(c)!;
  const latestAnnounced = new Map<readonly Mention[], string>();
  const announcedBy = (c: readonly Mention[]) => latestAnnounced.get(c) ?? latestAnnounced.set(c, c.reduce((d, m) => (m.published > d ? m.published : d), '')).get(c)!;
  const into = new Map<Mention[], Mention[]>();
  // Postponements told alike (one sentence repeated, many reports of one) are followed once.
  const followed = new Set<string>();
  for (const cluster of clusters) {
    for (const putOff of cluster.filter((m) => m.phase === 'postpone')) {
      const moved = (bySentence.get(`${putOff.source}|${putOff.sentence}|${putOff.kind}`) ?? []).find((m) => daySpan(m.time.date).first > putOff.published);
      const target = moved && clusterOf.get(moved);
      if (!target) continue;
      const body = new Set([...identityOf(target), ...identity([putOff])]);
      const key = `${putOff.kind}|${putOff.published}|${[...body].sort().join('|')}|${firstOf(target)}`;
      if (followed.has(key)) continue;
      followed.add(key);
      const newDay = firstOf(target);
      const from = daysAfter(putOff.published, -PUT_OFF_AFTER_DAYS);
      const plans = plansByKind.get(putOff.kind) ?? [];
      // Plans for a day from a week before the news up to the new date, found by bisection.
      let lo = 0;
      for (let hi = plans.length; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if (plans[mid]!.day < from) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < plans.length && plans[i]!.day < newDay; i++) {
        const plan = plans[i]!.cluster;
        if (plan === target || into.has(plan)) continue;
        if (announcedBy(plan) <= putOff.published && compatible(identityOf(plan), body)) into.set(plan, target);
      }
    }
  }
  if (into.size === 0) return [...clusters];
  // Follow a plan put off twice to its last date.
  const last = (c: Mention[]): Mention[] => (into.has(c) ? last(into.get(c)!) : c);
  const grown = new Map<Mention[], Mention[]>();
  for (const plan of into.keys()) {
    const target = last(plan);
    // The day given up dates nothing now: its reports only join the plan at its new date.
    const group = grown.get(target) ?? grown.set(target, [...target]).get(target)!;
    for (const m of plan) group.push({ ...m, anaphoric: true });
  }
  return clusters.filter((c) => !into.has(c)).map((c) => grown.get(c) ?? c);
}
