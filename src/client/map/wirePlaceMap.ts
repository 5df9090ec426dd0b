import type { TimelineElement } from '../timeline/TimelineElement.ts';
import { urlForView } from '../timeline/urlView.ts';

/** The place a mark links to: its table row (the link's target without JavaScript) names it. */
function placeOf(link: Element): { name: string; row: HTMLElement } | undefined {
  const id = (link.getAttribute('href') ?? '').replace(/^#/, '');
  const row = id ? document.getElementById(id) : null;
  const name = row?.dataset.place;
  return row && name ? { name, row } : undefined;
}

/**
 * Enhances a server-drawn map (src/components/PlaceMap.astro): hovering or focusing a place shows
 * its events beside it; with a timeline on the page, choosing a place shows only its events in
 * the timeline and the list (`?places=…`, one history entry, undone by Back), and choosing it again
 * shows all. Without this script every place still links to its row of the map's table.
 */
export function wirePlaceMap(figure: HTMLElement, timeline: TimelineElement | null, signal?: AbortSignal): void {
  const popup = figure.querySelector<HTMLElement>('.map-popup');
  const links = [...figure.querySelectorAll<SVGAElement>('svg a')];
  const mark = () => {
    const chosen = timeline?.view.filters.places ?? new Set<string>();
    for (const link of links) {
      const place = placeOf(link);
      if (place && chosen.has(place.name)) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  if (timeline) {
    figure.querySelector<HTMLElement>('.map-hint')?.removeAttribute('hidden');
    figure.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('svg a');
      const place = link && placeOf(link);
      if (!place) return;
      event.preventDefault();
      const current = timeline.view;
      const places = current.filters.places?.has(place.name) ? new Set<string>() : new Set([place.name]);
      // A chosen event may not be at the place: the choice of place clears it.
      const view = { ...current, event: undefined, filters: { ...current.filters, places } };
      timeline.applyView(view, false);
      // An embed leaves its host's address alone, as the timeline does.
      if (!timeline.hasAttribute('data-embedded')) history.pushState(null, '', urlForView(new URL(location.href), view));
      mark();
    }, { signal });
    addEventListener('popstate', mark, { signal });
    document.addEventListener('timeline-view', mark, { signal });
    mark();
  }
  if (!popup) return;
  const show = (link: Element) => {
    const place = placeOf(link);
    if (!place) return;
    const titles = [...place.row.querySelectorAll('a[data-event]')].map((a) => a.textContent ?? '');
    popup.replaceChildren();
    const heading = document.createElement('strong');
    // The link's own name ("Surin: 3 events"), written at build time, so no words ship in the script.
    heading.textContent = link.getAttribute('aria-label') ?? place.name;
    const list = document.createElement('ul');
    for (const title of titles.slice(0, 8)) list.append(Object.assign(document.createElement('li'), { textContent: title }));
    popup.append(heading, list);
    popup.hidden = false;
    const box = link.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    const left = Math.min(box.right - frame.left + 4, frame.width - popup.offsetWidth);
    popup.style.left = `${Math.max(0, left)}px`;
    popup.style.top = `${box.bottom - frame.top + 4}px`;
  };
  const hide = () => {
    popup.hidden = true;
  };
  for (const link of links) {
    link.addEventListener('mouseenter', () => show(link), { signal });
    link.addEventListener('focus', () => show(link), { signal });
    link.addEventListener('mouseleave', hide, { signal });
    link.addEventListener('blur', hide, { signal });
  }
}
