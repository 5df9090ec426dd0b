import { idleText } from './idleText.ts';
import { TimelineCanvas } from './TimelineCanvas.ts';
import type { TimelineData } from './TimelineData.ts';

/**
 * The horizontal timeline's canvas for an element, holding its data's events. After each frame
 * it writes how many events it drew (`data-drawn`, which the tests and the benchmark wait for)
 * and the range shown; once `shown()` says the view asked for is on screen, moving the view
 * fetches the pieces of a large archive it reaches (the margins at either edge show no event of
 * their own). The range is written with the first frame, and after later ones in idle time (see
 * idleText); the count only when it changes: a frame that changes nothing else of the page then
 * costs no style or layout.
 */
export function startCanvas(root: HTMLElement, viewport: HTMLElement, data: TimelineData, signal: AbortSignal, onZoom: () => void): { canvas: TimelineCanvas; hold(): void; shown(): void } {
  const range = idleText(root.querySelector('[data-role="range"]'));
  signal.addEventListener('abort', () => range.stop());
  let shown = false;
  let first = true;
  const canvas = new TimelineCanvas(viewport, signal, onZoom, (from, to) => {
    const drawn = String(canvas.drawn);
    if (root.dataset.drawn !== drawn) root.dataset.drawn = drawn;
    range.write(() => `${canvas.day(Math.max(from, 0))} – ${canvas.day(to - 1)}`, first);
    first = false;
    const edge = (to - from) * 0.02;
    if (shown) void data.pieces?.loadRange(from + edge, to - edge);
  });
  const hold = () => {
    canvas.setEvents(data.events, data.span);
    canvas.pending = data.pieces?.pending() ?? [];
  };
  hold();
  return { canvas, hold, shown: () => void (shown = true) };
}
