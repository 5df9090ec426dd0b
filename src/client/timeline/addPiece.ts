import { insertPiece } from './insertPiece.ts';
import { readEvents } from './readEvents.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/**
 * Puts a piece of a large archive (its list items' HTML) into the list, and reads its events.
 * The events are in time order; the piece's items join the list where their times fall.
 */
export function addPiece(list: HTMLElement, html: string): { events: TimelineEvent[]; items: Map<string, HTMLElement> } {
  const template = document.createElement('template');
  template.innerHTML = html;
  const read = readEvents(template.content);
  insertPiece(list, template.content);
  return read;
}
