import { ringReach } from './markRing.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/** Where a mark's title may be drawn: from `x`, `room` pixels wide, on the mark's right or left. */
export interface LabelSlot {
  side: 'right' | 'left';
  /** The label's start: its left edge on the right side, its right edge on the left side. */
  x: number;
  room: number;
}

/** An event placed on screen. */
export interface Mark {
  event: TimelineEvent;
  /** Pixel extent: a point event has x0 === x1 at its day's middle. */
  x0: number;
  x1: number;
  lane: number;
  /** Where the shape is drawn: the point itself, or near the start of a span. */
  cx: number;
  /** Room for the title; absent when there is too little to write even one word. */
  label?: LabelSlot;
}

/**
 * Events that found no free lane, counted where they fall; or a piece of the archive not loaded
 * yet. A count and a span, not the events: zoomed out over 10,000 events, some 7,000 are counted
 * each frame, and keeping them in lists was most of the layout's cost.
 */
export interface Cluster {
  /** The middle of its column, in pixels. */
  x: number;
  /** How many events it stands for. */
  count: number;
  /** The earliest start and the latest end of those events (UTC ms): the range a click zooms to. */
  from: number;
  to: number;
  /** A piece of the archive not loaded yet. */
  pending: boolean;
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
  /** The width of an event's whole title in pixels; without it no room is kept for titles. */
  labelWidth?: (event: TimelineEvent) => number;
  /** The least room worth a label: narrower rooms get none. */
  minLabel?: number;
}

/**
 * Pixels between a mark's ring (see markRing; drawn when it is selected) and its label, and
 * between anything and the next thing in a lane. Measured from the mark's edge, a selected
 * mark's ring covered the first or last letters of its title.
 */
const LABEL_GAP = 2;
/** Pixels between a span's title and the left edge, when the span began beyond it. */
const EDGE_GAP = 5;
const GAP = 2;

interface Lane {
  /** Right edge of the last mark. */
  markEnd: number;
  /** Right edge of the last thing drawn, mark or label. */
  used: number;
  last: Mark | undefined;
}

/**
 * Places events in lanes so that no mark hides another and no title runs into a mark or another
 * title. In time order, each event takes the first lane where its mark and its whole title fit,
 * the title on the right of the mark or, near the right edge, on its left; failing that, the
 * first lane where its mark is free, with what room there is for its title; failing that, a lane
 * where only the title before it is in the way, which is then shortened to end before the mark;
 * and when no lane has room for the mark, it is counted in a cluster. Labels never cross the
 * edges. Events outside the width are left out (culled), so the cost follows what is seen.
 * `events` must be in time order; `within` (indices, first and end) lays out only that run of them.
 * @example layoutMarks(events, { x, width: 800, lanes: 6, radius: 7, clusterWidth: 24, labelWidth }).marks[0].label // { side: 'right', x: 112, room: 688 }
 */
export function layoutMarks(events: readonly TimelineEvent[], options: LayoutOptions, within: readonly [number, number] = [0, events.length]): { marks: Mark[]; clusters: Cluster[] } {
  const { x, width, lanes: laneCount, radius: r, clusterWidth, labelWidth, minLabel = 24 } = options;
  const lanes: Lane[] = Array.from({ length: laneCount }, () => ({ markEnd: -Infinity, used: -Infinity, last: undefined }));
  const marks: Mark[] = [];
  const columns = new Columns(width, clusterWidth);
  // The lowest mark end of any lane: a mark starting before it (and its gap) has no lane, and is
  // counted at once. Zoomed into a large archive, most events in view are, and each costs only this test.
  let open = laneCount > 0 ? -Infinity : Infinity;
  // A lane records a title's end as far beyond it as a ring reaches past a shape: the next mark's
  // shape keeps that distance, so its ring, when selected, stays off the title.
  const ring = ringReach(r);
  for (let e = within[0]; e < within[1]; e++) {
    const event = events[e]!;
    let x0 = x(event.start);
    let x1 = x(event.end);
    if (event.point || x1 - x0 < r * 2) x0 = x1 = (x0 + x1) / 2;
    const left = x0 - r;
    const right = x1 + r;
    if (right < 0 || left > width) continue;
    if (left - GAP < open) {
      columns.count(event, (x0 + x1) / 2);
      continue;
    }
    const cx = x1 > x0 ? x0 + Math.min(r + 2, (x1 - x0) / 2) : x0;
    // Every mark has the same fields from the start, so the code that reads them sees one shape.
    const mark: Mark = { event, x0, x1, lane: 0, cx, label: undefined };
    if (!labelWidth) {
      open = placeMark(lanes, marks, (mark.lane = lanes.findIndex((l) => l.markEnd <= left - GAP)), mark, right, r, left);
      continue;
    }
    const whole = labelWidth(event);
    // A span's title starts inside it, after its shape; a point's beside it.
    // A span that began off the left edge has its title start at the edge.
    const rightStart = Math.max(cx + ring + LABEL_GAP, x1 > x0 ? EDGE_GAP : -Infinity);
    const leftEnd = x0 - ring - LABEL_GAP;
    // What a title before it in a lane must end before: the ring this mark has when selected.
    const reach = x0 - ring;
    let free = -1;
    let placed = false;
    for (let i = 0; i < laneCount && !placed; i++) {
      const used = lanes[i]!.used;
      if (used > left - GAP) continue;
      if (free < 0) free = i;
      if (rightStart + whole <= width) {
        mark.label = { side: 'right', x: rightStart, room: width - rightStart };
        open = placeMark(lanes, marks, (mark.lane = i), mark, rightStart + whole + ring - r, r, reach);
        placed = true;
      } else if (leftEnd - whole >= Math.max(0, used + GAP)) {
        mark.label = { side: 'left', x: leftEnd, room: leftEnd - Math.max(0, used + GAP) };
        open = placeMark(lanes, marks, (mark.lane = i), mark, right, r, reach);
        placed = true;
      }
    }
    if (placed) continue;
    if (free >= 0) {
      // The mark fits here but its title does not, whole, on either side: the larger room.
      const used = lanes[free]!.used;
      const leftRoom = leftEnd - Math.max(0, used + GAP);
      const rightRoom = width - rightStart;
      mark.label = rightRoom >= leftRoom ? { side: 'right', x: rightStart, room: rightRoom } : { side: 'left', x: leftEnd, room: leftRoom };
      open = placeMark(lanes, marks, (mark.lane = free), mark, mark.label.side === 'right' ? width : right, r, reach);
      continue;
    }
    // Only titles stand in the way: shorten the one that leaves the most room to its owner.
    let best = -1;
    let bestRoom = -Infinity;
    for (let i = 0; i < laneCount; i++) {
      const lane = lanes[i]!;
      if (lane.markEnd > left - GAP) continue;
      const slot = lane.last?.label;
      const room = slot && slot.side === 'right' ? reach - GAP - slot.x : Infinity;
      if (room > bestRoom) [best, bestRoom] = [i, room];
    }
    mark.label = { side: 'right', x: rightStart, room: width - rightStart };
    open = placeMark(lanes, marks, (mark.lane = best), mark, rightStart + whole + ring - r, r, reach);
  }
  // Rooms are final now that every lane's later marks are placed: drop those too small to use.
  for (const mark of marks) if (mark.label && mark.label.room < minLabel) mark.label = undefined;
  return { marks, clusters: columns.clusters() };
}

/**
 * Puts a mark in a lane (and in `marks`), the end of what it brings (its shape or its title) at `end`, and its
 * ring's left edge at `reach`; returns the
 * lowest mark end of any lane. A function of the module, not a closure made anew each layout:
 * V8's optimised layout expects the same function at each call, and a new one each frame sent
 * it back to the interpreter at the first frame of a zoom or pan.
 */
function placeMark(lanes: Lane[], marks: Mark[], lane: number, mark: Mark, end: number, r: number, reach: number): number {
  const l = lanes[lane]!;
  // The title before it in the lane may run only up to what this mark brings: its shape or its title.
  const previous = l.last?.label;
  const start = mark.label?.side === 'left' ? mark.label.x - mark.label.room : reach;
  if (previous?.side === 'right') previous.room = Math.max(0, Math.min(previous.room, start - GAP - previous.x));
  l.markEnd = mark.x1 + r;
  l.used = Math.max(l.markEnd, end);
  l.last = mark;
  marks.push(mark);
  let open = Infinity;
  for (let i = 0; i < lanes.length; i++) open = Math.min(open, lanes[i]!.markEnd);
  return open;
}

/** The cluster columns across the width: a count and a span each, filled in place. */
class Columns {
  readonly #count: Uint32Array;
  readonly #from: Float64Array;
  readonly #to: Float64Array;
  readonly #width: number;
  readonly #size: number;

  constructor(width: number, size: number) {
    const n = Math.floor(Math.max(0, width) / size) + 1;
    [this.#count, this.#from, this.#to] = [new Uint32Array(n), new Float64Array(n).fill(Infinity), new Float64Array(n).fill(-Infinity)];
    [this.#width, this.#size] = [width, size];
  }

  count(event: TimelineEvent, at: number): void {
    const column = Math.floor(Math.max(0, Math.min(this.#width, at)) / this.#size);
    this.#count[column]!++;
    if (event.start < this.#from[column]!) this.#from[column] = event.start;
    if (event.end > this.#to[column]!) this.#to[column] = event.end;
  }

  clusters(): Cluster[] {
    const found: Cluster[] = [];
    for (let i = 0; i < this.#count.length; i++) {
      if (this.#count[i]! > 0) found.push({ x: (i + 0.5) * this.#size, count: this.#count[i]!, from: this.#from[i]!, to: this.#to[i]!, pending: false });
    }
    return found;
  }
}
