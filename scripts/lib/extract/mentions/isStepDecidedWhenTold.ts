import type { SentenceAnalysis, Trigger } from '../sentences/analyseArticle.ts';

/** Kinds of a step a government takes by deciding it: a border shut, an envoy recalled, a decree. */
const STEPS = new Set(['measure', 'diplomacy']);
/** Words that make a step the speaker's side's own plan, not what it asks of others or fears. */
const OWN_PLAN = /^(?:will|would|shall|'ll|’ll|is going to|are going to)$/i;
/** What makes a step hang on another's conduct: "will close the border if the shelling goes on". */
const CONDITION = /\b(?:if|unless|provided|as long as|in case)\b/i;
/** A step told as going on: "would keep conducting drills", "will continue its patrols". */
const CARRIES_ON = /\b(?:keep|continue)\b/i;
/** Verbs of telling that make public what was decided. */
const ANNOUNCING = /^(?:announced|said|declared|told|stated|confirmed)\b/i;

/**
 * Whether a step planned in reported speech, dated by the day it was told, is the step decided
 * that day: "Borea will close the Halvane crossing later this week, its president announced on
 * Thursday". A government that makes public that it will close, cut or recall has decided it; a
 * conflict analyst codes the announcement on the day told as done, and the step itself on its own
 * day as planned. Only a measure or a diplomatic step planned with "will" or "would", undenied, on
 * no condition, told by a plain verb of telling (not "threatened", "warned", "feared", which
 * assertionOf reads as another modality), and no movement of forces, which is not there yet when
 * told, unless told as going on ("would keep conducting drills"). Its doer may be named: a
 * president speaks for the state whose step it is.
 * @example isStepDecidedWhenTold(sentenceOf('Borea will shut the crossing, its president announced on Monday.'), close) // true
 */
export function isStepDecidedWhenTold(sentence: SentenceAnalysis, trigger: Trigger): boolean {
  const h = trigger.happening;
  // Forces sent are not there yet when told; forces that "will keep conducting drills" are.
  const goesOn = CARRIES_ON.test(h.governor?.text ?? '');
  if (!STEPS.has(trigger.value) || trigger.type === 'decision' || (trigger.type === 'deployment' && !goesOn) || h.negated) return false;
  if (h.modality !== 'planned' || !OWN_PLAN.test(h.modalityWord ?? '') || h.told === undefined || h.told.claim) return false;
  const text = sentence.span.text;
  if (!ANNOUNCING.test(text.slice(h.told.frame.start, h.told.frame.end))) return false;
  return !CONDITION.test(text.slice(trigger.start));
}
