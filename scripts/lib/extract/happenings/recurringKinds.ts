import type { Kind } from '../../../../src/lib/ontology.ts';
import { VIOLENT_KINDS } from './violentKinds.ts';

/**
 * The kinds of happening that go on day after day, violence and flight: told undated or in the
 * present perfect ("shelling has killed scores", "thousands have fled"), they sum up a round under
 * way, no mark of one day.
 * @example RECURRING_KINDS.has('humanitarian') // true
 */
export const RECURRING_KINDS: ReadonlySet<Kind> = new Set<Kind>([...VIOLENT_KINDS, 'humanitarian']);
