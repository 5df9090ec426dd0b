import type { Trigger } from './triggersOf.ts';

// The verbs of a charge that take the act charged as their object: "accused Borea of shelling",
// "charging the other with trespass", "blamed Arland for the raid".
const CHARGE = /^(?:accus|charg|blam)\p{L}*$/iu;
// From the charge's verb to the act charged: whom it is charged on, then "of", "with" or "for".
const ON_TO_ACT = /^\s+(?:[^\s.;:,"“”]+\s+){1,8}?(?:of|with|for)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Whether an act is only the object of a charge the sentence tells: "Ondria accused Borea on
 * Thursday of bombing its embassy". The news is the charge (an accusation); the act is what one
 * side alleges, which the charge carries, no happening of its own.
 * @example chargedAct(text, bombing, triggers) // true
 */
export function chargedAct(text: string, t: Trigger, triggers: readonly Trigger[]): boolean {
  if (t.value === 'accusation' || t.value === 'statement') return false;
  return triggers.some((c) => c.value === 'accusation' && c.end <= t.start && CHARGE.test(c.text.split(/\s+/)[0] ?? '') && ON_TO_ACT.test(text.slice(c.end, t.start)));
}
