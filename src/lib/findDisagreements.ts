import type { Claim, Event, Figure } from './eventSchema.ts';

/** Where the sources of one event report different things about the same matter. */
export type Disagreement =
  | { type: 'figure'; measure: Figure['measure']; unit: Figure['unit']; figures: Figure[] }
  | { type: 'claim'; about: Claim['about']; claims: Claim[] };

const figureValue = (f: Figure) => `${f.min ?? ''}|${f.max ?? ''}|${f.qualifier}`;
const claimValue = (c: Claim) => [...c.values].map((v) => v.toLowerCase()).sort().join('|');

/** Groups items by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * The matters on which an event's sources disagree: figures of the same measure and unit with
 * different values, and claims on the same topic naming different things. The site shows each
 * value with its source instead of picking one.
 * @example findDisagreements(talks) // [{ type: 'figure', measure: 'duration', unit: 'days', figures: [3 days, 4 days] }]
 */
export function findDisagreements(event: Pick<Event, 'figures' | 'claims'>): Disagreement[] {
  const figures = groupBy(event.figures, (f) => `${f.measure}|${f.unit}`)
    .filter((group) => new Set(group.map(figureValue)).size > 1)
    .map((group): Disagreement => ({ type: 'figure', measure: group[0]!.measure, unit: group[0]!.unit, figures: group }));
  const claims = groupBy(event.claims, (c) => c.about)
    .filter((group) => new Set(group.map(claimValue)).size > 1)
    .map((group): Disagreement => ({ type: 'claim', about: group[0]!.about, claims: group }));
  return [...figures, ...claims];
}
