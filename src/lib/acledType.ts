import type { Event } from './eventSchema.ts';
import { TYPE_ACLED, TYPE_KINDS, TYPES } from './ontology.ts';

/** ACLED's event type and sub-event type of an event; an empty string where ACLED has none or it is not known. */
export interface AcledType {
  eventType: string;
  subEventType: string;
}

/**
 * An event in ACLED's terms, from the ontology. A type gives its own codes (none for the
 * happenings ACLED does not code, such as talks). Without a type, the kind gives what all its
 * types share: fighting is a Battle whatever its sub-event; ceasefires and accords are all
 * "Strategic developments / Agreement"; a kind whose types ACLED codes differently gives nothing.
 * @example acledType({ kind: 'fighting' }) // { eventType: 'Battles', subEventType: '' }
 */
export function acledType(event: Pick<Event, 'kind' | 'type'>): AcledType {
  const codes = event.type ? [TYPE_ACLED[event.type]] : TYPES.filter((t) => TYPE_KINDS[t] === event.kind).map((t) => TYPE_ACLED[t]);
  const shared = (i: 0 | 1) => {
    const values = new Set(codes.map((c) => c?.[i]));
    return values.size === 1 ? ([...values][0] ?? '') : '';
  };
  const eventType = shared(0);
  return { eventType, subEventType: eventType ? shared(1) : '' };
}
