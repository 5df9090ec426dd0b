import { dayRange } from './dayRange.ts';
import type { Event, Figure, Measure } from './eventSchema.ts';
import { findDisagreements } from './findDisagreements.ts';

/** One number that one source reported for one event: a mark on a chart and a row of its table. */
export interface FigureRow {
  event: Pick<Event, 'id' | 'title' | 'date' | 'endDate' | 'approximate' | 'status'>;
  /** The days the event's date covers, as UTC milliseconds `[start, end)` of its Indochina-Time calendar days (see dayRange). */
  start: number;
  end: number;
  figure: Figure;
  /** True when this event's sources, reporting at about the same time, give different values for this measure. */
  disputed: boolean;
}

/**
 * Every count of people for one measure, one row per (event, reported figure), in event order.
 * `published` gives each source's publication day, so that a later update is not taken for a disagreement.
 * @example figureSeries(events, 'killed') // [{ event: { id: '2025-07-fighting', … }, figure: { text: 'dozens', … }, disputed: false }, …]
 */
export function figureSeries(
  events: readonly Event[],
  measure: Measure,
  published: ReadonlyMap<string, string> = new Map(),
): FigureRow[] {
  return events.flatMap((event) => {
    const figures = event.figures.filter((f) => f.measure === measure && f.unit === 'people');
    if (figures.length === 0) return [];
    const disputed = findDisagreements({ figures, claims: [] }, published).length > 0;
    const [start, end] = dayRange(event.date, event.endDate);
    const { id, title, date, endDate, approximate, status } = event;
    return figures.map((figure) => ({ event: { id, title, date, endDate, approximate, status }, start, end, figure, disputed }));
  });
}
