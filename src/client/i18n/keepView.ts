/**
 * The view in the URL now (query and fragment: filters, range, selected event) moved onto a link
 * to the same page in another edition; the link's own path is kept.
 * @example withView('/th/', '?kinds=talks#event-a') // '/th/?kinds=talks#event-a'
 */
export const withView = (href: string, view: string) => `${href.replace(/[?#].*$/, '')}${view}`;

/**
 * Every language link (`a[data-keep-view]`) takes the current view as it is followed, by
 * pointer, keyboard or a middle click: the timeline rewrites the URL as the reader moves, so the
 * links are brought up to date at that moment rather than on each change.
 */
export function keepView(root: Document): void {
  const update = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-keep-view]');
    if (link) link.href = withView(link.getAttribute('href') ?? '', `${location.search}${location.hash}`);
  };
  for (const type of ['pointerdown', 'focusin', 'click', 'auxclick']) root.addEventListener(type, update, { capture: true });
}
