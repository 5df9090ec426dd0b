/**
 * Puts a piece's list items (its months, each with its events) into the list, in time order: a
 * month the list already has gets the events before or after its own, as their times fall; a new
 * month goes between the months around it. Pieces never overlap, so no event comes twice.
 */
export function insertPiece(list: HTMLElement, piece: DocumentFragment): void {
  for (const month of piece.querySelectorAll<HTMLElement>('.months > li.month')) {
    const key = month.dataset.month!;
    const existing = list.querySelector<HTMLElement>(`:scope > li.month[data-month="${CSS.escape(key)}"]`);
    if (!existing) {
      const after = [...list.children].find((m) => (m as HTMLElement).dataset.month! > key) ?? null;
      list.insertBefore(month, after);
      continue;
    }
    const events = existing.querySelector('ol.events')!;
    const incoming = [...month.querySelectorAll<HTMLElement>('ol.events > li[data-id]')];
    const first = events.querySelector<HTMLElement>('li[data-id]');
    // Pieces are whole runs of time: all of the piece's events of a month fall before the page's, or all after.
    const before = first !== null && incoming.length > 0 && incoming[0]!.dataset.date! <= first.dataset.date!;
    if (before) events.prepend(...incoming);
    else events.append(...incoming);
  }
}
