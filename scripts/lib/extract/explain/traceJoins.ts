import type { Mention } from '../mentions/buildMentions.ts';
import { describeMention } from './describeMention.ts';

/** A stage that takes groups of reports, one per happening, and returns them, some joined. */
export type JoinStep = readonly [name: string, step: (clusters: readonly Mention[][]) => Mention[][]];

/** A report's group joined to another's by a stage, for the trace. */
export interface JoinNote {
  step: string;
  /** The `origin` of the first report of the group it joined. */
  into?: number;
  how: string;
}

/**
 * Runs the stages that join whole groups (a capture to its clash, two tellings of one step, a
 * plan to its holding) in turn, and says of each report whose group a stage joined to another,
 * or dropped, which stage did it and to which group. The group that keeps its place is the one
 * with the most reports; the stages stay pure and unaware.
 * @example traceJoins([[clash], [capture]], [['joinCapturesToClash', joinCapturesToClash]]).notes.get(1)![0]!.into // 0
 */
export function traceJoins(clusters: readonly Mention[][], steps: readonly JoinStep[]): { clusters: Mention[][]; notes: Map<number, JoinNote[]> } {
  const notes = new Map<number, JoinNote[]>();
  const note = (origin: number, n: JoinNote) => (notes.get(origin) ?? notes.set(origin, []).get(origin)!).push(n);
  let current = [...clusters];
  for (const [step, run] of steps) {
    const out = run(current);
    const groupOf = new Map<number, number>();
    current.forEach((c, i) => c.forEach((m) => m.origin !== undefined && !groupOf.has(m.origin) && groupOf.set(m.origin, i)));
    const placed = new Set<number>();
    for (const cluster of out) {
      const from = [...new Set(cluster.flatMap((m) => (m.origin !== undefined && groupOf.has(m.origin) ? [groupOf.get(m.origin)!] : [])))];
      from.forEach((i) => placed.add(i));
      if (from.length < 2) continue;
      const host = [...from].sort((a, b) => current[b]!.length - current[a]!.length || a - b)[0]!;
      const head = current[host]![0]!;
      for (const i of from) {
        if (i === host) continue;
        for (const m of current[i]!) if (m.origin !== undefined) note(m.origin, { step, into: head.origin, how: `its group joined to the group of the ${describeMention(head)} by ${step}` });
      }
    }
    current.forEach((c, i) => {
      if (!placed.has(i)) for (const m of c) if (m.origin !== undefined) note(m.origin, { step, how: `its group dropped by ${step}` });
    });
    current = out;
  }
  return { clusters: current, notes };
}
