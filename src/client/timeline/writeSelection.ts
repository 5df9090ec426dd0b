import { writePanel } from './writePanel.ts';
import { writeStory } from './writeStory.ts';

/** Where the selection is shown: the list's entries by id, and the element holding panel and announcer. */
export interface SelectionParts {
  root: HTMLElement;
  /** An entry by its event's id (TimelineData's `entry`, which brings in one not in the list yet). */
  items: Pick<ReadonlyMap<string, HTMLElement>, 'get'>;
}

/** How a selection is shown: in the vertical view as an open story, said aloud, focused, scrolled to. */
export interface SelectionLook {
  vertical: boolean;
  announcement?: string;
  /** Move focus to the story's line (vertical) or the panel's heading link. */
  focus?: boolean;
  /** Bring the story into view (vertical). */
  scroll?: boolean;
}

/**
 * Shows a change of selection in the page: the entry left unmarked, the new one marked (and, in
 * the vertical view, open as a story), the details panel filled or hidden, the announcement said
 * by the live region, and, when asked, the story scrolled into view and focus moved to it.
 */
export function writeSelection(parts: SelectionParts, previous: string | undefined, selected: string | undefined, look: SelectionLook): void {
  const before = previous === undefined ? undefined : parts.items.get(previous);
  if (before) writeStory(before, false, false);
  const item = selected === undefined ? undefined : parts.items.get(selected);
  if (item) writeStory(item, true, look.vertical);
  const panel = parts.root.querySelector<HTMLElement>('.details');
  const heading = panel ? writePanel(panel, look.vertical ? undefined : item) : undefined;
  const live = parts.root.querySelector('[data-role="announcer"]');
  if (live && look.announcement) live.textContent = look.announcement;
  if (!item) return;
  if (look.scroll) item.scrollIntoView({ block: 'nearest' });
  const target = look.vertical ? item.querySelector<HTMLElement>('.story-line') : (heading?.querySelector<HTMLElement>('a') ?? heading);
  if (!look.focus || !target) return;
  if (!target.matches('a, button')) target.tabIndex = -1;
  target.focus();
}
