import { daySpan } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';

/** Days before a postponement's news an original plan may have been for and still be the one put off. */
const PUT_OFF_AFTER_DAYS = 7;

const firstOf = (cluster: readonly Mention[]) => cluster.reduce((d, m) => (daySpan(m.time.date).first < d ? daySpan(m.time.date).first : d), daySpan(cluster[0]!.time.date).first);
const daysBefore = (day: string, days: number) => new Date(Date.parse(day) - days * 86_400_000).toISOString().slice(0, 10);
/** Who meets or what it is called, as the reports give it; none is a wildcard. */
const identity = (cluster: readonly Mention[]) => new Set(cluster.flatMap((m) => [m.who, m.name]).filter((s): s is string => s !== undefined).map((s) => s.toLowerCase()));
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
  for (const cluster of clusters) {
    for (const m of cluster) {
      if (m.status !== 'scheduled' || m.phase === 'postpone') continue;
      const key = `${m.source}|${m.sentence}|${m.kind}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
    }
  }
  const plansByKind = new Map<string, Mention[][]>();
  for (const cluster of clusters) {
    if (!cluster.every((m) => m.status === 'scheduled' && m.phase !== 'postpone')) continue;
    plansByKind.set(cluster[0]!.kind, [...(plansByKind.get(cluster[0]!.kind) ?? []), cluster]);
  }
  const into = new Map<Mention[], Mention[]>();
  for (const cluster of clusters) {
    for (const putOff of cluster.filter((m) => m.phase === 'postpone')) {
      const moved = (bySentence.get(`${putOff.source}|${putOff.sentence}|${putOff.kind}`) ?? []).find((m) => daySpan(m.time.date).first > putOff.published);
      const target = moved && clusterOf.get(moved);
      if (!target) continue;
      const newDay = firstOf(target);
      const body = identity([putOff, ...target]);
      for (const plan of plansByKind.get(putOff.kind) ?? []) {
        if (plan === target || into.has(plan)) continue;
        const day = firstOf(plan);
        const announced = plan.every((m) => m.published <= putOff.published);
        if (announced && day < newDay && day >= daysBefore(putOff.published, PUT_OFF_AFTER_DAYS) && compatible(identity(plan), body)) into.set(plan, target);
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
    grown.set(target, [...(grown.get(target) ?? target), ...plan.map((m) => ({ ...m, anaphoric: true }))]);
  }
  return clusters.filter((c) => !into.has(c)).map((c) => grown.get(c) ?? c);
}
