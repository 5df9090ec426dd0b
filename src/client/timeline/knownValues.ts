import type { PieceManifest } from './PieceLoader.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import type { Known } from './viewState.ts';

/**
 * What a link may name on this page: the kinds, places and events it holds, and the actors and
 * sources of the whole archive (a large archive's manifest lists them; its pieces come later).
 * @example knownValues(events).ids.has(events[0].id) // true
 */
export function knownValues(events: readonly TimelineEvent[], manifest?: Pick<PieceManifest, 'actors' | 'sources'>): Known {
  return {
    kinds: new Set(events.map((e) => e.kind)),
    actors: new Set(manifest?.actors ?? events.flatMap((e) => e.actors)),
    sources: new Set(manifest?.sources ?? events.flatMap((e) => e.sources)),
    ids: new Set(events.map((e) => e.id)),
    places: new Set(events.flatMap((e) => (e.place ? [e.place] : []))),
  };
}
