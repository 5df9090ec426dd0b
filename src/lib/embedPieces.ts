import type { Event } from './eventSchema.ts';

/** How the embed's events are split: the stretch its page holds, and the pieces fetched later. */
export interface EmbedPieces {
  /** The latest events, rendered into the embed's own page. */
  initial: Event[];
  /** The earlier events in pieces of consecutive events, oldest first. */
  pieces: Event[][];
}

/** Events the embed's page holds at most; the rest come in pieces. */
export const EMBED_FIRST_EVENTS = 400;
/** Events in one piece at most. */
export const EMBED_PIECE_EVENTS = 200;

/**
 * Splits a timeline (in time order) for the embed: every host article pays for the embed's first
 * load, so its page holds only the latest `first` events, and the earlier ones come in pieces of
 * at most `size` consecutive events, fetched as the reader moves to them, searches or filters.
 * A piece never splits a day, so a piece's range is whole days; a timeline no longer than
 * `first` is all initial.
 * @example embedPieces(events, 400, 200).pieces.length // Math.ceil((events.length - 400) / 200) or so
 */
export function embedPieces(events: readonly Event[], first = EMBED_FIRST_EVENTS, size = EMBED_PIECE_EVENTS): EmbedPieces {
  if (events.length <= first) return { initial: [...events], pieces: [] };
  // Back from the end, cut where the day changes, so no day straddles two pieces.
  const dayOf = (i: number) => events[i]!.date.slice(0, 10);
  const cut = (end: number, most: number) => {
    let start = Math.max(0, end - most);
    while (start > 0 && start < end && dayOf(start - 1) === dayOf(start)) start++;
    return start === end ? Math.max(0, end - most) : start;
  };
  const initialStart = cut(events.length, first);
  const pieces: Event[][] = [];
  for (let end = initialStart; end > 0; ) {
    const start = cut(end, size);
    pieces.unshift(events.slice(start, end));
    end = start;
  }
  return { initial: events.slice(initialStart), pieces };
}
