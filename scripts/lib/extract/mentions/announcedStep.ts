import type { SentenceAnalysis, Trigger } from '../sentences/analyseArticle.ts';

/** Kinds of a step a government takes by deciding it: a border shut, an envoy recalled, a decree. */
const STEPS = new Set(['measure', 'diplomacy']);
/** Words that make a step the speaker's own plan, not what it asks of others or fears. */
const OWN_PLAN = /^(?:will|would|shall|'ll|’ll|is going to|are going to)$/i;
/** A step's doer told by a pronoun of the speaker: "it will keep its crossings shut". */
const OWN_DOER = /^(?:it|its|they|their|we|our)\b/i;
/** A relative clause between the saying and the step: "the point where war or peace would be decided" tells no step of the speaker's. */
const RELATIVE = /\b(?:where|which|who|whom|whose|when|whereby)\b/i;
/** What makes a step hang on another's conduct: "would withdraw if the other side stopped". */
const CONDITION = /\b(?:if|unless|should|provided|as long as|in case)\b/i;

/**
 * The step a saying announces as its speaker's own: "Arland said on Wednesday that it will keep
 * its crossings with Borea shut for a month". A government that says it will close, keep closed,
 * cut or recall has decided it: the saying is that decision, told on its day, and a conflict
 * analyst codes the step, not a statement. The step must be a measure or a diplomatic one, planned
 * with "will" or "would" in the saying's own complement, undenied, done by the speaker or a
 * pronoun for it (or left unnamed in the passive), hung on no condition, outside a relative
 * clause, no bare decision and no movement of forces, and given no day of its own (a step dated
 * ahead is its own plan, read as such). Returns that step's trigger, or undefined.
 * @example announcedStep(sentenceOf('Arland said it will keep the border shut.'), said)?.value // 'diplomacy'
 */
export function announcedStep(sentence: SentenceAnalysis, saying: Trigger): Trigger | undefined {
  if (saying.value !== 'statement') return undefined;
  const text = sentence.span.text;
  return sentence.triggers.find((t) => {
    const h = t.happening;
    // A decision named as planned ("war or peace would be decided") is no step: the step is what is decided.
    // Forces said to be on their way are not there yet ("two more battalions would be sent"): a
    // movement announced is a plan of its own, no step in force from the day told.
    if (!STEPS.has(t.value) || t.type === 'decision' || t.type === 'deployment' || h.negated || h.modality !== 'planned' || !OWN_PLAN.test(h.modalityWord ?? '')) return false;
    // Told by this saying: its frame is the saying's verb.
    if (h.told === undefined || h.told.frame.start < saying.start || h.told.frame.start >= saying.end) return false;
    const doer = h.agent?.text;
    const by = h.told.by?.text;
    if (doer !== undefined && !OWN_DOER.test(doer) && !(by !== undefined && (doer.includes(by) || by.includes(doer)))) return false;
    if (CONDITION.test(text.slice(saying.end, text.length)) || RELATIVE.test(text.slice(saying.end, t.start))) return false;
    return !sentence.anchors.some((a) => a.trigger === t);
  });
}
