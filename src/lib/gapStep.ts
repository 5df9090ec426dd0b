import { DAY_MS } from './dayMs.ts';

/** The largest step: some eight months and more all look alike, a long pause. */
export const MAX_GAP_STEP = 8;

/**
 * How much space the vertical timeline leaves between two events, as a step from 0 (same day) to
 * 8: time to scale, but compressed (the step grows with the logarithm of the days between), so a
 * quiet month shows as a pause, not a screen of nothing. The server writes it into the list, so
 * it holds without JavaScript; the timeline rewrites it when filters change what is adjacent.
 * @example [0, 1, 3, 7, 30, 365].map((d) => gapStep(0, d * 86_400_000)) // [0, 1, 2, 3, 5, 8]
 */
export function gapStep(from: number, to: number): number {
  const days = Math.max(0, Math.round((to - from) / DAY_MS));
  return Math.min(MAX_GAP_STEP, Math.ceil(Math.log2(1 + days)));
}
