import type { Mention } from '../mentions/buildMentions.ts';
import { spanText } from './spanText.ts';

/** A stage that takes reports and returns them, some folded into others, by name for the trace. */
export type FoldStep = readonly [name: string, step: (mentions: readonly Mention[]) => Mention[]];

/** What a stage did to one report: took it out (into another or into nothing), or changed its date. */
export interface FoldNote {
  step: string;
  /** The `origin` of the report it was folded into; none when it was dropped or only changed. */
  into?: number;
  /** In words, for `--explain`: "folded into the strike mention of sentence 3 (2024-03-18) by foldHarmIntoRaid". */
  how: string;
  /** Whether the stage took the report out. */
  removed: boolean;
}

const dateOf = (m: Mention) => spanText(m.time);

/**
 * Runs the fold stages in turn on reports numbered by `origin`, and says of each report which
 * stage took it out and into which report, or changed its date: what `--explain` shows for a
 * happening whose report was built and then lost. The stages themselves stay pure and unaware;
 * only `foldInto`'s `absorbed` tells which report took which.
 * @example traceFolds([riot, attack], [['foldAttacksIntoClash', foldAttacksIntoClash]]).notes.get(1)![0]!.into // 0
 */
export function traceFolds(mentions: readonly Mention[], steps: readonly FoldStep[]): { mentions: Mention[]; notes: Map<number, FoldNote[]> } {
  const notes = new Map<number, FoldNote[]>();
  const note = (origin: number, n: FoldNote) => (notes.get(origin) ?? notes.set(origin, []).get(origin)!).push(n);
  let current = [...mentions];
  for (const [step, run] of steps) {
    const out = run(current);
    const after = new Map<number, Mention>();
    for (const m of out) if (m.origin !== undefined && !after.has(m.origin)) after.set(m.origin, m);
    // Which report took which, read once per stage from what each report absorbed.
    const takers = new Map<number, Mention>();
    if (out.length < current.length) for (const o of out) for (const a of o.absorbed ?? []) if (!after.has(a)) takers.set(a, o);
    const seen = new Set<number>();
    for (const m of current) {
      if (m.origin === undefined || seen.has(m.origin)) continue;
      seen.add(m.origin);
      const kept = after.get(m.origin);
      if (kept) {
        if (dateOf(kept) !== dateOf(m)) note(m.origin, { step, how: `redated ${dateOf(m)} → ${dateOf(kept)}${kept.anaphoric && !m.anaphoric ? ', named as known,' : ''} by ${step}`, removed: false });
        continue;
      }
      const into = takers.get(m.origin);
      note(m.origin, into
        ? { step, into: into.origin, how: `folded into the ${into.kind} mention of sentence ${into.sentence} (${dateOf(into)})${into.sentence === m.sentence ? ', the same sentence,' : ''} by ${step}`, removed: true }
        : { step, how: `dropped by ${step}`, removed: true });
    }
    current = out;
  }
  return { mentions: current, notes };
}
