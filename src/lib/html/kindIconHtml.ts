import type { Kind, Status } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { kindSymbolPaths } from '../kindSymbolPaths.ts';

/** Every icon is drawn at this size (KindIcon.css sets it once, not on each icon). */
export const ICON_SIZE = 14;
const PATHS = new Map(kindSymbolPaths(ICON_SIZE / 2 - 2));
const VIEW_BOX = `${-ICON_SIZE / 2} ${-ICON_SIZE / 2} ${ICON_SIZE} ${ICON_SIZE}`;
const icons = new Map<string, string>();

/**
 * A kind's icon, as KindIcon.astro draws it: only a scheduled event's status is written (the
 * other statuses draw alike), and the shape is written in each icon (see KindIcon.astro, which wraps this, for why
 * not `<use>`). Each of the few distinct icons is written once and reused.
 * @example kindIconHtml('fighting', 'scheduled') // '<svg class="kind-icon kind-fighting status-scheduled" …'
 */
export function kindIconHtml(kind: Kind, status: Status = 'occurred'): string {
  const key = `${kind}|${status === 'scheduled'}`;
  let html = icons.get(key);
  if (html === undefined) {
    const classes = `kind-icon kind-${kind}${status === 'scheduled' ? ' status-scheduled' : ''}`;
    // Kinds and their paths are the schema's and the code's own words; escaped all the same.
    html = `<svg class="${escapeHtml(classes)}" viewBox="${VIEW_BOX}" aria-hidden="true"><path d="${escapeHtml(PATHS.get(kind) ?? '')}"></path></svg>`;
    icons.set(key, html);
  }
  return html;
}
