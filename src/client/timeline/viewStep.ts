import type { TimelineEvent } from './timelineEvent.ts';

/**
 * The event a step lands on among those shown: the next or previous one from the selection,
 * the first or last; with nothing selected, a step forward starts at the first event and a step
 * back at the last. It stays at the ends rather than wrapping. Undefined when nothing is shown.
 * @example stepTo(visible, 'b', 'next') // the id after 'b'
 */
export function stepTo(visible: readonly TimelineEvent[], selected: string | undefined, step: 'next' | 'previous' | 'first' | 'last'): string | undefined {
  if (visible.length === 0) return undefined;
  const last = visible.length - 1;
  const index = selected === undefined ? -1 : visible.findIndex((e) => e.id === selected);
  const target =
    step === 'first' ? 0
    : step === 'last' ? last
    : index === -1 ? (step === 'next' ? 0 : last)
    : Math.min(last, Math.max(0, index + (step === 'next' ? 1 : -1)));
  return visible[target]!.id;
}

/** A zoom transform as d3-zoom writes it: scale `k`, then shift `x`. */
export interface Transform {
  k: number;
  x: number;
}

/**
 * The transform that shows `[from, to)` across the width, with `margin` pixels either side:
 * used for a shared range, "show all", and a cluster clicked open.
 * @example rangeTransform((t) => t / 10, 0, 1000, 800, 8) // { k: 7.84, x: 8 }
 */
export function rangeTransform(base: (time: number) => number, from: number, to: number, width: number, margin: number): Transform {
  const [x0, x1] = [base(from), base(to)];
  const k = (width - 2 * margin) / Math.max(1, x1 - x0);
  return { k, x: margin - k * x0 };
}

/**
 * The range to show so that an event is in view: none when it already is, well inside the
 * edges; else the same span, centred on it.
 * @example revealRange([0, 100], { start: 150, end: 151 }, (t) => t * 8, 800) // [100.5, 200.5]
 */
export function revealRange(domain: readonly [number, number], event: Pick<TimelineEvent, 'start' | 'end'>, x: (time: number) => number, width: number): [number, number] | undefined {
  const [a, b] = [x(event.start), x(event.end)];
  if (a >= 16 && b <= width - 16) return undefined;
  const span = domain[1] - domain[0];
  const centre = (event.start + event.end) / 2;
  return [centre - span / 2, centre + span / 2];
}

/**
 * A range moved and narrowed to lie within `bounds`, and widened to at least `least`.
 * @example clampRange([-10, 20], [0, 100], 5) // [0, 30]
 */
export function clampRange([from, to]: readonly [number, number], [min, max]: readonly [number, number], least: number): [number, number] {
  const span = Math.min(max - min, Math.max(least, to - from));
  const centre = (from + to) / 2;
  const start = Math.min(max - span, Math.max(min, centre - span / 2));
  return [start, start + span];
}
