import type { Attribution } from './findAttributions.ts';
import type { Chunk } from './readStructure.ts';
import type { Occurs } from './typeOf.ts';

/** Classes of people a blow may fall on, which a teller's words name without being hit. */
const VICTIM_CLASSES: ReadonlySet<string> = new Set(['civilian']);

/**
 * The same test of where a class occurs, blind to the teller's words of any report that tells the
 * trigger at `at`: "guns fired out to sea, a journalist at the site said" names no civilian the
 * guns aimed at, only who saw them. Words inside what is told still count ("a shell hit the
 * village, killing a farmer, officials said").
 * @example withoutTellers(occurs, attributions, 0, 0, 12)('civilian', { start: 0, end: 12 })
 */
export function withoutTellers(occurs: Occurs, attributions: readonly Attribution[], at: number, from: number, to: number): Occurs {
  const scopes = attributions.filter((a) => a.scope.start <= at && at < a.scope.end).map((a) => a.scope);
  if (scopes.length === 0) return occurs;
  // What all the reports telling the trigger tell: the words outside it are the tellers'.
  const told: Chunk = { start: Math.max(from, ...scopes.map((s) => s.start)), end: Math.min(to, ...scopes.map((s) => s.end)) };
  return (value, run, startsAt) => {
    if (startsAt || !VICTIM_CLASSES.has(value)) return occurs(value, run, startsAt);
    const inner: Chunk = { start: Math.max(run.start, told.start), end: Math.min(run.end, told.end) };
    return inner.end > inner.start && occurs(value, inner, false);
  };
}
