import type { TimelineEvent } from './timelineEvent.ts';

/**
 * The run of `events` (in time order) that can show between `from` and `to` (UTC ms): those that
 * start by `to` and do not end before `from`, found by binary search, so that a frame zoomed
 * into part of a long archive lays out only that part. `longest` is the longest event's span:
 * no event starting earlier than `from - longest` reaches `from`. The run may hold events that
 * end before `from`; the layout culls those.
 * @example eventsInView(events, Date.UTC(2025, 6, 1), Date.UTC(2025, 7, 1), 31 * DAY_MS) // July's events, and June's that might reach into July
 */
export function eventsInView<T extends Pick<TimelineEvent, 'start'>>(events: readonly T[], from: number, to: number, longest: number): readonly T[] {
  const [first, end] = viewRange(events, from, to, longest);
  return first === 0 && end === events.length ? events : events.slice(first, end);
}

/**
 * The same run as indices, `[first, end)`: a frame passes them to the layout instead of copying
 * some 8,000 events into a new list each frame at 10,000 events.
 * @example viewRange(events, Date.UTC(2025, 6, 1), Date.UTC(2025, 7, 1), 31 * DAY_MS) // [412, 530]
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
