import type { TimelineData } from './TimelineData.ts';
import { readUrlView, wantedEvent } from './urlView.ts';
import type { ViewState } from './viewState.ts';

/**
 * Shows the view the page's address asks for. A link to an event in a piece of a large archive not
 * loaded yet shows the rest at once and the view again once that piece has come. Options the
 * address gets wrong are warned of on the page's first view only (`initial`), once it is known
 * whether the event they name exists.
 */
export function openFromUrl(address: () => URL, data: TimelineData, apply: (state: ViewState) => void, initial: boolean): void {
  // Read again when the piece has come: the reader may have changed the view meanwhile.
  const url = address();
  const { state, warnings } = readUrlView(url, data.known);
  const wanted = wantedEvent(url);
  const later = data.pieces && wanted && !data.known.ids.has(wanted) ? data.pieces.loadEvent(wanted) : undefined;
  const warn = () => {
    if (initial) for (const w of warnings) console.warn(`timeline: ${w}`);
  };
  if (!later) warn();
  apply(state);
  void later?.then((found) => {
    if (found) openFromUrl(address, data, apply, initial);
    else warn();
  });
}
