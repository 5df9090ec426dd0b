import type { TimelineCanvas } from './TimelineCanvas.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/**
 * Shows the tooltip with `text` beside a point of the canvas, kept inside the width; hides it
 * when there is no text. The tooltip is also the description of the timeline while it shows an
 * event, so the full title of a mark whose label was shortened is heard as well as seen.
 */
export function writeTooltip(tooltip: HTMLElement, text: string | undefined, at: { x: number; y: number }, width: number): void {
  if (!text) {
    if (!tooltip.hidden) tooltip.hidden = true;
    return;
  }
  tooltip.textContent = text;
  tooltip.hidden = false;
  const left = Math.min(at.x + 12, width - tooltip.offsetWidth - 4);
  tooltip.style.transform = `translate(${Math.max(0, left)}px, ${at.y + 14}px)`;
}

/** Shows an event's title and day beside its mark, or hides the tooltip when it has no mark (or no event is given). */
export function writeMarkTooltip(tooltip: HTMLElement, canvas: Pick<TimelineCanvas, 'markPosition' | 'day' | 'g'>, event: TimelineEvent | undefined): void {
  const at = event && canvas.markPosition(event.id);
  writeTooltip(tooltip, at && `${event.title} — ${canvas.day(event.start)}`, at ?? { x: 0, y: 0 }, canvas.g.width);
}
