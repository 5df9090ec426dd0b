import type { TimelineEvent } from './timelineEvent.ts';

/** An event placed on screen. */
export interface Mark {
  event: TimelineEvent;
  /** Pixel extent: a point event has x0 === x1 at its day's middle. */
  x0: number;
  x1: number;
  lane: number;
  /** Free pixels to the right before the next mark in the lane, for a label. */
  room: number;
}

/** Events that found no free lane, counted where they fall. */
export interface Cluster {
  x: number;
  events: TimelineEvent[];
}

export interface LayoutOptions {
  /** Time (UTC ms) to pixels. */
  x: (time: number) => number;
  width: number;
  lanes: number;
  /** Room a point mark needs on either side. */
  radius: number;
  /** Width of the columns overflowing events are counted in. */
  clusterWidth: number;
}

/**
 * Places events in lanes so that none hides another: each event takes the first lane free at
 * its position; when all lanes are taken there, it is counted in a cluster instead. Events
 * outside the visible width are left out (culled), so the cost of drawing follows what is seen.
 * `events` must be in time order.
 * @example layoutMarks(events, { x, width: 800, lanes: 6, radius: 7, clusterWidth: 24 }).marks.length
 */
export function layoutMarks(events: readonly TimelineEvent[], options: LayoutOptions): { marks: Mark[]; clusters: Cluster[] } {
  const { x, width, lanes, radius, clusterWidth } = options;
  const laneEnds = new Float64Array(lanes).fill(-Infinity);
  const lastInLane: (Mark | undefined)[] = new Array(lanes);
  const marks: Mark[] = [];
  const columns = new Map<number, Cluster>();
  const gap = 2;
  for (const event of events) {
    let x0 = x(event.start);
    let x1 = x(event.end);
    if (event.point || x1 - x0 < radius * 2) {
      const mid = (x0 + x1) / 2;
      x0 = x1 = mid;
    }
    const left = x0 - radius;
    const right = x1 + radius;
    if (right < 0 || left > width) continue;
    let lane = 0;
    while (lane < lanes && laneEnds[lane]! > left - gap) lane++;
    if (lane < lanes) {
      const previous = lastInLane[lane];
      if (previous) previous.room = left - (previous.x1 + radius);
      laneEnds[lane] = right;
      const mark = { event, x0, x1, lane, room: width - right };
      lastInLane[lane] = mark;
      marks.push(mark);
    } else {
      const column = Math.floor(Math.max(0, Math.min(width, (x0 + x1) / 2)) / clusterWidth);
      const cluster = columns.get(column) ?? { x: (column + 0.5) * clusterWidth, events: [] };
      cluster.events.push(event);
      columns.set(column, cluster);
    }
  }
  return { marks, clusters: [...columns.values()] };
}
