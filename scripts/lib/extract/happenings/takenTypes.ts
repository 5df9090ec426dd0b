import type { EventType } from '../../../../src/lib/ontology.ts';

/**
 * The types of happening that take people: an arrest or an abduction. Reports of the two sides
 * name one taking with either word ("detained" by one, "abducted" by the other).
 * @example TAKEN_TYPES.has('abduction') // true
 */
export const TAKEN_TYPES: ReadonlySet<EventType> = new Set<EventType>(['arrest', 'abduction']);
