import type { DateTime } from 'luxon';
import { DAY_MS } from '../../../../src/lib/dayMs.ts';

/**
 * How many days a day lies from the nearest of a run's days, as a function built once per run: the
 * days are sorted once and each asked-for day is found among them by halving, so that a run of many
 * articles costs a logarithm per question, not the whole run. The run's days and the days asked
 * about are starts of days in one zone, so a distance is a whole number of days, a clock change
 * between them rounded away. With no day in the run, every distance is Infinity.
 * @example daysFromRun([DateTime.fromISO('2024-03-01'), DateTime.fromISO('2024-03-20')])(DateTime.fromISO('2024-03-15')) // 5
 */
export function daysFromRun(runDays: readonly DateTime[]): (day: DateTime) => number {
  const sorted = runDays.map((d) => d.toMillis()).sort((a, b) => a - b);
  return (day) => {
    const t = day.toMillis();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    let nearest = Infinity;
    for (const m of [sorted[lo - 1], sorted[lo]]) if (m !== undefined) nearest = Math.min(nearest, Math.round(Math.abs(t - m) / DAY_MS));
    return nearest;
  };
}
