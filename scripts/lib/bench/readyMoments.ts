import { median } from 'd3';
import { formatMs } from './readyBreakdown.ts';

/**
 * When a visit passed each step from navigation to ready, in ms since navigation start, as the
 * page's own timings give them: the Navigation Timing entry, the benchmark's mark, and its long
 * animation frames (over 50 ms, which `npm run bench` counts as busy).
 */
export interface ReadyMoments {
  responseEnd: number;
  domInteractive: number;
  /** When the timeline wrote that it had drawn every event; undefined on a page without one. */
  drawn?: number;
  domContentLoaded: number;
  load: number;
  /** Long animation frames: [start, end]. */
  frames: readonly (readonly [number, number])[];
  ready: number;
}

/** Which of the three moments `npm run bench` takes the latest of set a visit's ready. */
export type ReadyCause = 'drawn' | 'load' | 'long frame';

/**
 * What ready waited for: the last of the timeline's mark, the load event and the end of a long
 * animation frame (the frame that shows what the page did is counted when it runs over 50 ms from
 * its first task, idle time included).
 * @example readyCause({ drawn: 100, load: 110, frames: [[40, 150]], ready: 150, … }) // 'long frame'
 */
export function readyCause(m: ReadyMoments): ReadyCause {
  const frameEnd = Math.max(0, ...m.frames.map(([, end]) => end));
  if (frameEnd >= m.ready - 0.5 && frameEnd > Math.max(m.drawn ?? 0, m.load)) return 'long frame';
  return (m.drawn ?? 0) > m.load ? 'drawn' : 'load';
}

/**
 * The moments' medians over a page's visits as one report line, with the long frame that ended
 * last before ready (from its median start) and how often each cause set ready.
 * @example momentsText(visits) // 'response 5.1, parsed 42.0, drawn 103, DOMContentLoaded 104, load 120, last long frame 41.0–144; ready 144 (long frame 5 of 5)'
 */
export function momentsText(visits: readonly ReadyMoments[]): string {
  const m = (pick: (v: ReadyMoments) => number | undefined) => {
    const values = visits.map(pick).filter((v): v is number => v !== undefined);
    return values.length > 0 ? formatMs(median(values)!) : '—';
  };
  const last = (v: ReadyMoments) => v.frames.filter(([, end]) => end <= v.ready + 0.5).at(-1);
  const causes = new Map<ReadyCause, number>();
  for (const v of visits) causes.set(readyCause(v), (causes.get(readyCause(v)) ?? 0) + 1);
  const frame = visits.some((v) => last(v)) ? `, last long frame ${m((v) => last(v)?.[0])}–${m((v) => last(v)?.[1])}` : ', no long frame';
  const drawn = visits.some((v) => v.drawn !== undefined) ? `, drawn ${m((v) => v.drawn)}` : '';
  const by = [...causes].map(([cause, n]) => `${cause} ${n} of ${visits.length}`).join(', ');
  return `response ${m((v) => v.responseEnd)}, parsed ${m((v) => v.domInteractive)}${drawn}, DOMContentLoaded ${m((v) => v.domContentLoaded)}, load ${m((v) => v.load)}${frame}; ready ${m((v) => v.ready)} (set by ${by})`;
}
