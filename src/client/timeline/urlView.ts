import { parseViewState, serializeViewState, type Known, type ViewState } from './viewState.ts';

/**
 * The view a page address asks for, with warnings for what it holds that this page does not.
 * A story's own link (#event-…, which works without the script) asks for that event.
 * @example readUrlView(new URL('https://x/?kinds=talks#event-a'), known).state.event // 'a'
 */
export function readUrlView(url: URL, known: Known): { state: ViewState; warnings: string[] } {
  const params = new URLSearchParams(url.search);
  const target = /^#event-(.+)$/.exec(url.hash)?.[1];
  if (target && !params.has('event')) params.set('event', decodeURIComponent(target));
  return parseViewState(params, known);
}

/**
 * The address that shows a view: its query, and the page's fragment unless it was a story's
 * #event-…, which the query's selection now replaces.
 * @example urlForView(new URL('https://x/#event-a'), view) // '/?event=b'
 */
export function urlForView(url: URL, view: ViewState): string {
  const query = serializeViewState(view).toString();
  const hash = url.hash.startsWith('#event-') ? '' : url.hash;
  return `${url.pathname}${query ? `?${query}` : ''}${hash}`;
}

/**
 * The event an address names (`?event=` or a story's #event-…), whether or not this page holds it:
 * a large archive's embed then fetches the piece that does.
 * @example wantedEvent(new URL('https://x/#event-a')) // 'a'
 */
export function wantedEvent(url: URL): string | undefined {
  return readUrlView(url, { kinds: new Set(), actors: new Set(), sources: new Set(), ids: { has: () => true } as unknown as Set<string> }).state.event;
}
