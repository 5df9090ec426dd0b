import type { Kind } from '../../../../src/lib/ontology.ts';
import { VIOLENT_KINDS } from './violentKinds.ts';

/**
 * Violence and protest: the kinds a report may tell one act of violence by, a clash, a shelling,
 * an attack on people or property, a riot (ACLED counts riots beside its political violence).
 * @example UNREST_KINDS.has('protest') // true
 */
export const UNREST_KINDS: ReadonlySet<Kind> = new Set<Kind>([...VIOLENT_KINDS, 'protest']);
