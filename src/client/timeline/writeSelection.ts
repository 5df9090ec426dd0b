import { writePanel } from './writePanel.ts';
import { writeStory } from './writeStory.ts';

/** Where the selection is shown: the list's entries by id, and the element holding panel and announcer. */
export interface SelectionParts {
  root: HTMLElement;
  items: ReadonlyMap<string, HTMLElement>;
}

/**
 * Shows a change of selection in the page: the entry left unmarked, the new one marked (and, in
 * the vertical view, open as a story), the details panel filled or hidden, and `announcement`
 * said by the live region. Returns what focus goes to when the reader asked to open it: the
 * story's line, else the panel's heading link.
 */
export function writeSelection(parts: SelectionParts, previous: string | undefined, selected: string | undefined, vertical: boolean, announcement?: string): HTMLElement | undefined {
  const before = previous === undefined ? undefined : parts.items.get(previous);
  if (before) writeStory(before, false, false);
  const item = selected === undefined ? undefined : parts.items.get(selected);
  if (item) writeStory(item, true, vertical);
  const panel = parts.root.querySelector<HTMLElement>('.details');
  const heading = panel ? writePanel(panel, vertical ? undefined : item) : undefined;
  const live = parts.root.querySelector('[data-role="announcer"]');
  if (live && announcement) live.textContent = announcement;
  const target = vertical ? item?.querySelector<HTMLElement>('.story-line') : (heading?.querySelector<HTMLElement>('a') ?? heading);
  return target ?? undefined;
}
