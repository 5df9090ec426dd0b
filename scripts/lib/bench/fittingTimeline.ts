import { SIZE_LIMITS } from '../../../src/lib/sizeLimits.ts';
import { eventsFileText } from './eventsFileText.ts';
import { generateTimeline, type GeneratedTimeline } from './generateTimeline.ts';

/**
 * A generated timeline of `n` events whose events file fits the size limit: the full events when
 * they fit, else lean ones (as small as a real archive's), so that a benchmark can build any size
 * a real archive reaches.
 * @example fittingTimeline(20).lean // false
 */
export function fittingTimeline(n: number): GeneratedTimeline & { lean: boolean } {
  const full = generateTimeline(n);
  if (eventsFileText(full.file).length <= SIZE_LIMITS.events) return { ...full, lean: false };
  return { ...generateTimeline(n, 1, { lean: true }), lean: true };
}
