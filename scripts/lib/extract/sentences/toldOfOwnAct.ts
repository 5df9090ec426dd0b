import type { Trigger } from './triggersOf.ts';
import { TAKEN_TYPES } from '../happenings/takenTypes.ts';

// One side's acts of violence and the taking of prisoners. A clash is both sides' doing, not one's own.
const CONTESTED = new Set(['strike', 'civilians']);
const TAKEN: ReadonlySet<string> = TAKEN_TYPES;
// The teller standing for itself as the doer: "Borea said it was holding 40 soldiers".
const SELF = /^(?:it|we)$/i;
const PASSIVE = /^(?:was|were|been|being|is|are)\b/i;
const BE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i;

/**
 * Whether a side tells of its own act of violence or capture: "Arland said its aircraft struck
 * the post", "Borea said it was holding 40 Arlandese soldiers". Such a telling is that side's
 * claim while only it says so (the devset's coding ruling on captured combatants, rule 2); a
 * report of the act by anyone else, in its own words, still makes it a fact.
 * @example toldOfOwnAct(trigger, 'Arland', 'Arland') // true for a strike
 */
export function toldOfOwnAct(trigger: Trigger, teller: string | undefined, agent: string | undefined): boolean {
  const h = trigger.happening;
  const by = h.told?.by;
  if (teller === undefined || by === undefined || h.agent === undefined || h.negated || h.modality !== undefined) return false;
  // A doer read as the teller's own words ("Borea said … and then seized them" gives "seized" the
  // sentence's subject) is a misreading, as is one of a passive ("its post was shelled").
  if (h.agent.start < by.end && by.start < h.agent.end) return false;
  if (PASSIVE.test(h.trigger.text) || (!/^\S+ing\b/i.test(h.trigger.text) && BE_BEFORE.test(h.clause.text.slice(0, Math.max(0, h.trigger.start - h.clause.start))))) return false;
  if (!CONTESTED.has(trigger.value) && !(trigger.value === 'detention' && trigger.type !== undefined && TAKEN.has(trigger.type))) return false;
  return agent === teller || (agent === undefined && SELF.test(h.agent.text.trim()));
}
