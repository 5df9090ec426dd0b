import type { Claim, Event, Figure } from './eventSchema.ts';
import { DAY_MS } from './dayMs.ts';

/** Where the sources of one event report different things about the same matter. */
export type Disagreement =
  | { type: 'figure'; measure: Figure['measure']; unit: Figure['unit']; figures: Figure[] }
  | { type: 'claim'; about: Claim['about']; claims: Claim[] };

const figureValue = (f: Figure) => `${f.min ?? ''}|${f.max ?? ''}|${f.qualifier}`;
const claimValue = (c: Claim) => [...c.values].map((v) => v.toLowerCase()).sort().join('|');

/** Reports this many days apart or more tell a count growing over time, not a disagreement. */
const SAME_TIME_DAYS = 2;

/**
 * Sources disagree when two of them, published at about the same time, report different
 * values. One article giving two numbers (a national total and one province's) is not a
 * disagreement between sources; nor is a toll that a later report updates.
 */
function sourcesDiffer<T extends { citation: { source: string } }>(
  group: readonly T[],
  value: (item: T) => string,
  published: ReadonlyMap<string, string>,
): boolean {
  const apart = (a: string, b: string) => {
    const pa = published.get(a);
    const pb = published.get(b);
    return pa !== undefined && pb !== undefined && Math.abs(Date.parse(pa) - Date.parse(pb)) >= SAME_TIME_DAYS * DAY_MS;
  };
  return group.some((a) =>
    group.some((b) => a.citation.source !== b.citation.source && value(a) !== value(b) && !apart(a.citation.source, b.citation.source)),
  );
}

/** Groups items by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * The matters on which an event's sources disagree: figures of the same measure and unit with
 * different values from different articles, and claims on the same topic naming different
 * things. The site shows each value with its source instead of picking one. `published` gives
 * each source's publication day, where known.
 * @example findDisagreements(talks) // [{ type: 'figure', measure: 'duration', unit: 'days', figures: [3 days, 4 days] }]
 */
export function findDisagreements(
  event: Pick<Event, 'figures' | 'claims'>,
  published: ReadonlyMap<string, string> = new Map(),
): Disagreement[] {
  const figures = groupBy(event.figures, (f) => `${f.measure}|${f.unit}`)
    .filter((group) => sourcesDiffer(group, figureValue, published))
    .map((group): Disagreement => ({ type: 'figure', measure: group[0]!.measure, unit: group[0]!.unit, figures: group }));
  // A date two sources give differently is a disagreement however far apart they wrote: a date,
  // unlike a toll, does not grow over time.
  const claims = groupBy(event.claims, (c) => c.about)
    .filter((group) => sourcesDiffer(group, claimValue, group[0]!.about === 'date' ? new Map() : published))
    .map((group): Disagreement => ({ type: 'claim', about: group[0]!.about, claims: group }));
  return [...figures, ...claims];
}
