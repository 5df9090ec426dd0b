import type { Kind } from '../../../../src/lib/ontology.ts';

/**
 * The kinds of happening that are violence, ACLED's political violence: battles, explosions and
 * remote violence, violence against civilians. In the ontology's order, which tolls rely on.
 * @example VIOLENT_KINDS.has('strike') // true
 */
export const VIOLENT_KINDS: ReadonlySet<Kind> = new Set<Kind>(['fighting', 'strike', 'civilians']);

/**
 * The violent kinds that are armed fire, ACLED's battles and remote violence: "clashes" and
 * "shelling" of one day are one round, and a capture may be taken in either.
 * @example ARMED_KINDS.has('civilians') // false
 */
export const ARMED_KINDS: ReadonlySet<Kind> = new Set<Kind>(['fighting', 'strike']);
