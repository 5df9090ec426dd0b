import { isHeading } from './isHeading.ts';

// "Arland to shut Kelvask Pass from Saturday", "Borea and Ondria to meet in Velmora": a headline's
// subject of names, then "to" and the verb, is headline English for what will happen (the
// infinitive stands for the future). Not "tells Borea to leave": a lower-case verb before "to"
// makes the infinitive its object.
const HEADLINE_SUBJECT = /^(?:[^:;]*[:;]\s+)?(?:(?![Tt]o\b)[\p{Lu}][\p{L}'’.-]*|and|of|the|de|el)(?:\s+(?:(?![Tt]o\b)[\p{Lu}][\p{L}'’.-]*|and|of|the|de|el))*\s+[Tt]o\s+$/u;
// "Arland means to publish its findings on Friday": an intention told in the present, right before
// its act. Not "the means to defend itself", a noun.
const MEANS_TO = /(?<!\b(?:the|a|an|any|no|other|its|their|his|her|our|every|all)\s+)\bmeans?\s+to\s+$/i;

/**
 * Whether a sentence tells a happening as intended from now, so that a bare weekday it names is
 * the next one, not the last: in the headline future (a subject of names, then "to" right before
 * it) or after "means to".
 * @example isToldAhead('Arland to shut the Halvane crossing from Friday', 10) // true
 * @example isToldAhead('Borea means to publish its findings on Friday.', 17) // true
 * @example isToldAhead('Arland tells Borea to shut the Halvane crossing', 24) // false
 */
export function isToldAhead(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (isHeading(text) && HEADLINE_SUBJECT.test(before)) || MEANS_TO.test(before);
}
