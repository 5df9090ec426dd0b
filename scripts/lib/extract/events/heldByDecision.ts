import { daySpan, precisionOf } from '../../../../src/lib/partialDate.ts';
import type { Mention } from '../mentions/buildMentions.ts';
import { daysBetween } from '../time/dayArithmetic.ts';

/** Days after a planned meeting's day on which the body's decision still tells that it met: a session that ran late into the next day. */
const SESSION_DAYS = 1;

/** A body's name as reports write it, with or without its article: "the Security Council" and "Security Council". */
const bodyName = (s: string) => s.toLowerCase().replace(/^the\s+/, '').trim();

/**
 * Turns a planned meeting of a named body into a meeting held when a report no earlier than the
 * plan's tells of that body deciding on the meeting's day or the day after: "the council is due
 * to meet on Thursday", then "the council voted late on Friday to send observers". A body that
 * decided met; the plan, left scheduled, would say it never did. The decision's report joins the
 * plan as a report that it took place, citing it, without a day of its own; the decision stays
 * its own event. Plans of unnamed participants, and decisions of other bodies, are left as they are.
 * Returns new groups; linear in the reports.
 * @example heldByDecision([[councilDueOn11], [councilVotedOn12]])[0].some((m) => m.status === 'occurred') // true
 */
export function heldByDecision(clusters: readonly Mention[][]): Mention[][] {
  // The body's decisions its reports date in their own words, by body.
  const decisions = new Map<string, Mention[]>();
  for (const cluster of clusters) {
    for (const m of cluster) {
      if (m.kind !== 'measure' || m.type !== 'decision' || m.status !== 'occurred' || !m.agent || m.dating === 'context' || precisionOf(m.time.date) !== 'day') continue;
      const key = bodyName(m.agent);
      (decisions.get(key) ?? decisions.set(key, []).get(key)!).push(m);
    }
  }
  if (decisions.size === 0) return [...clusters];
  return clusters.map((cluster) => {
    if (!cluster.every((m) => m.kind === 'talks' && m.status === 'scheduled' && m.phase !== 'postpone')) return cluster;
    const plan = cluster.find((m) => m.who && precisionOf(m.time.date) === 'day');
    if (!plan) return cluster;
    const day = daySpan(plan.time.date).first;
    const held = (decisions.get(bodyName(plan.who!)) ?? []).find((d) => {
      const gap = daysBetween(day, daySpan(d.time.date).first);
      return gap >= 0 && gap <= SESSION_DAYS && d.published >= plan.published;
    });
    if (!held) return cluster;
    const report: Mention = {
      ...plan,
      source: held.source,
      published: held.published,
      sentence: held.sentence,
      status: 'occurred',
      dating: 'context',
      anaphoric: true,
      denied: false,
      figures: [],
      claims: [],
      citations: [held.citations[0]!],
    };
    return [...cluster, report];
  });
}
