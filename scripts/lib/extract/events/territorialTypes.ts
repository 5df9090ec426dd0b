import type { EventType } from '../../../../src/lib/ontology.ts';

/**
 * The types of happening in which ground changes hands, by force or not: the outcome of fighting,
 * not fighting a toll counts.
 * @example TERRITORIAL_TYPES.has('territory-transfer') // true
 */
export const TERRITORIAL_TYPES: ReadonlySet<EventType> = new Set<EventType>(['territory-taken', 'territory-regained', 'territory-transfer']);
