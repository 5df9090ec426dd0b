import type { DevsetConflict } from '../../../scripts/io/bench/readDevset.ts';
import { daySpan } from '../../../src/lib/partialDate.ts';

/** A round is its parties (two or more actors in common) over the days of its key happenings. */
function round({ key }: DevsetConflict) {
  const keyed = key.happenings.filter((h) => key.articles.some((a) => a.key.includes(h.id)));
  const spans = keyed.map((h) => ({ first: daySpan(h.date).first, last: daySpan(h.endDate ?? h.date).last }));
  return { name: key.conflict, parties: new Set(keyed.flatMap((h) => h.actors)), first: spans.map((s) => s.first).sort()[0]!, last: spans.map((s) => s.last).sort().at(-1)! };
}

/**
 * Rounds of `a` that one of `b` also covers, as "a's conflict = b's conflict": two parties in
 * common over overlapping days. The sets a bench scores must not measure one round twice.
 */
export function sharedRounds(a: readonly DevsetConflict[], b: readonly DevsetConflict[]): string[] {
  const others = b.map(round);
  return a.map(round).flatMap((x) =>
    others.filter((y) => [...x.parties].filter((p) => y.parties.has(p)).length >= 2 && x.first <= y.last && y.first <= x.last).map((y) => `${x.name} = ${y.name}`),
  );
}
