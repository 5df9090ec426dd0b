import type { HappeningRules } from './compileHappenings.ts';
import type { Happening } from './findHappenings.ts';

// Not-asserted happenings and causeless harm stand only when nothing firmer is said; plans and
// recaps of what led to the news yield to the news.
const UNASSERTED = 20;
const CASUALTY = 40;
const PLANNED = 10;
const BACKGROUND = 10;

/**
 * The happening a snippet is about, when it reports several: the most specific one that is not
 * denied, preferring what is asserted over what is feared or demanded, and the first sentence
 * over later ones (a later sentence must be `sentencePenalty` places more specific to win).
 * @example chooseHappening(findHappenings('Rebels shelled the town, killing two.', rules), rules)?.type // 'shelling'
 */
export function chooseHappening(happenings: readonly Happening[], rules: HappeningRules): Happening | undefined {
  const score = (h: Happening) =>
    rules.types.get(h.type)!.rank +
    rules.sentencePenalty * h.sentence +
    (h.modality === 'planned' ? PLANNED : h.modality ? UNASSERTED : 0) +
    (h.background ? BACKGROUND : 0) +
    (h.casualty ? CASUALTY : 0);
  return happenings
    .filter((h) => !h.negated)
    .map((h) => ({ h, score: score(h) }))
    .sort((a, b) => a.score - b.score || a.h.trigger.start - b.h.trigger.start)[0]?.h;
}
