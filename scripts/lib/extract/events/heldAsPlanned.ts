import { daySpan, precisionOf } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { nameKey } from '../sentences/nameKey.ts';

/** Phases that make a happening of their own: an accord collapsing or extended, a plan put off. */
const OWN_PHASES = new Set(['collapse', 'extend', 'postpone']);

const isPlan = (cluster: readonly Mention[]) => cluster.every((m) => m.status === 'scheduled' && m.phase !== 'postpone');
/** Who meets or what it is called, as the reports give it; none is a wildcard. */
const identity = (cluster: readonly Mention[]) => new Set(cluster.flatMap((m) => [m.who, m.name]).filter((s): s is string => s !== undefined).map(nameKey));
const compatible = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === 0 || b.size === 0 || [...a].some((s) => b.has(s));
const ownPhases = (cluster: readonly Mention[]) => [...new Set(cluster.flatMap((m) => (m.phase && OWN_PHASES.has(m.phase) ? [m.phase] : [])))].sort().join('|');
const isDay = (m: Mention) => !m.time.approximate && precisionOf(m.time.date) === 'day';

/**
 * Turns a plan announced for a period ("talks next week", "a summit later this month", "the
 * election in March") into the happening a later report tells took place on a day inside that
 * period: "the ministers met on Tuesday". The plan's reports join the happening, which cites them
 * and is `occurred`, instead of standing beside it as a plan that, as far as the timeline says,
 * never took place. The happening must be of the same kind and body, dated to a day by a report
 * told as done, no earlier than the plan was first announced; of several, the first. A plan for
 * a day already joins a report of that day; a plan put off, and an accord collapsing or extended,
 * stay their own. Returns new groups.
 * @example heldAsPlanned([[talksNextWeek], [talksHeldOnTuesday]]).length // 1
 */
export function heldAsPlanned(clusters: readonly Mention[][]): Mention[][] {
  // Groups told as having taken place, by kind, with the first day a report told as done gives them.
  const held = new Map<string, { day: string; cluster: Mention[] }[]>();
  for (const cluster of clusters) {
    if (isPlan(cluster)) continue;
    const days = cluster.filter((m) => m.status !== 'scheduled' && isDay(m)).map((m) => m.time.date).sort();
    if (days.length === 0) continue;
    const kind = cluster[0]!.kind;
    (held.get(kind) ?? held.set(kind, []).get(kind)!).push({ day: days[0]!, cluster });
  }
  if (held.size === 0) return [...clusters];
  for (const list of held.values()) list.sort((a, b) => a.day.localeCompare(b.day) || b.cluster.length - a.cluster.length);
  const into = new Map<Mention[], Mention[]>();
  for (const plan of clusters) {
    // A plan for one day is that day's: clustering already joined it to a report of that day.
    if (!isPlan(plan) || plan.every(isDay)) continue;
    const first = plan.reduce((d, m) => (daySpan(m.time.date).first < d ? daySpan(m.time.date).first : d), daySpan(plan[0]!.time.date).first);
    const last = plan.reduce((d, m) => (daySpan(m.time.endDate ?? m.time.date).last > d ? daySpan(m.time.endDate ?? m.time.date).last : d), daySpan(plan[0]!.time.endDate ?? plan[0]!.time.date).last);
    const announced = plan.reduce((d, m) => (m.published < d ? m.published : d), plan[0]!.published);
    const target = (held.get(plan[0]!.kind) ?? []).find(
      ({ day, cluster }) => first <= day && day <= last && day >= announced && compatible(identity(plan), identity(cluster)) && ownPhases(plan) === ownPhases(cluster),
    );
    if (target) into.set(plan, target.cluster);
  }
  if (into.size === 0) return [...clusters];
  const grown = new Map<Mention[], Mention[]>();
  for (const [plan, target] of into) {
    const group = grown.get(target) ?? grown.set(target, [...target]).get(target)!;
    group.push(...plan);
  }
  return clusters.filter((c) => !into.has(c)).map((c) => grown.get(c) ?? c);
}
