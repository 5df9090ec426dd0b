import type { Kind, Status } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';

/** Every icon is drawn at this size (KindIcon.css sets it once, not on each icon). */
export const ICON_SIZE = 14;
const icons = new Map<string, string>();

/**
 * A kind's icon, as KindIcon.astro draws it: one empty element that KindIcon.css paints in the
 * kind's shape and colour (src/lib/kindIconClip.ts). It stands beside the kind's name, which says
 * what it is, so it has no text of its own to announce. Only a scheduled event's status is written
 * (the other statuses draw alike). Each of the few distinct icons is written once and reused.
 * @example kindIconHtml('fighting', 'scheduled') // '<span class="kind-icon kind-fighting status-scheduled"></span>'
 */
export function kindIconHtml(kind: Kind, status: Status = 'occurred'): string {
  const key = `${kind}|${status === 'scheduled'}`;
  let html = icons.get(key);
  if (html === undefined) {
    // Kinds are the schema's own words; escaped all the same.
    html = `<span class="${escapeHtml(`kind-icon kind-${kind}${status === 'scheduled' ? ' status-scheduled' : ''}`)}"></span>`;
    icons.set(key, html);
  }
  return html;
}
