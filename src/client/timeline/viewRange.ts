import type { TimelineEvent } from './timelineEvent.ts';

/**
 * The run of `events` (in time order) that can show between `from` and `to` (UTC ms), as indices
 * `[first, end)`: those that start by `to` and do not end before `from`, found by binary search,
 * so that a frame zoomed into part of a long archive lays out only that part, and copies none of
 * it. `longest` is the longest event's span: no event starting earlier than `from - longest`
 * reaches `from`. The run may hold events that end before `from`; the layout culls those.
 * @example viewRange(events, Date.UTC(2025, 6, 1), Date.UTC(2025, 7, 1), 31 * DAY_MS) // [412, 530]: July's events, and June's that might reach into July
 */
export function viewRange(events: readonly Pick<TimelineEvent, 'start'>[], from: number, to: number, longest: number): [number, number] {
  return [firstStartingAt(events, from - longest), firstStartingAt(events, to, true)];
}

/** The index of the first event starting at `time` or later (after it when `after`). */
function firstStartingAt(events: readonly Pick<TimelineEvent, 'start'>[], time: number, after = false): number {
  let [lo, hi] = [0, events.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? events[mid]!.start <= time : events[mid]!.start < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
