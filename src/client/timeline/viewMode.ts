/** Below this width (CSS pixels) the timeline runs down the page; the list's container query (EventList.css) says the same. */
export const VERTICAL_BELOW = 600;

/**
 * The view a timeline shows: the one its page asked for (`data-view`, from an embed's options),
 * else vertical when narrower than VERTICAL_BELOW. A width not read yet (-1) counts as narrow.
 * @example viewMode(undefined, 390) // 'vertical'
 */
export function viewMode(asked: string | undefined, width: number): 'timeline' | 'vertical' {
  if (asked === 'vertical' || asked === 'timeline') return asked;
  return width < VERTICAL_BELOW ? 'vertical' : 'timeline';
}
