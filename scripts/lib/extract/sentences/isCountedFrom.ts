import type { Trigger } from './triggersOf.ts';

/**
 * Whether a happening is the one an offset phrase counts from ("a day after Arland closed the
 * border"): told after the phrase and before `end` (where its clause or the next date begins), as
 * the background of the news, and as done, not merely possible.
 * @example isCountedFrom(closed, phrase.end, text.indexOf(',', phrase.end)) // true
 */
export const isCountedFrom = (trigger: Trigger, phraseEnd: number, end: number): boolean =>
  trigger.start >= phraseEnd && trigger.start < end && trigger.happening.background && trigger.happening.modality === undefined;
