import type { At } from '../sentences/nearestByWords.ts';
import { clauseOf, datesItsOwn } from './isFigureOfNothing.ts';

// The present perfect of a toll: "have been killed", "has died", "have killed", "has displaced".
const PERFECT_TOLL =
  /\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+(?:killed|wounded|injured|hurt|displaced|evacuated)|died|killed|wounded|injured|claimed|displaced|left)\b/i;

// People displaced "by the fighting", "in the war": the fighting named only as what uprooted them
// is the whole of it, and those displaced by it a number that stands, not one round's.
const DISPLACED_BY_IT =
  /\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+(?:displaced|uprooted|made\s+homeless|forced\s+(?:from|out\s+of)\s+their\s+homes)\s+(?:by|in|from)|fled(?:\s+from)?)\s+(?:the\s+)?(?:fighting|war|conflict|violence|clashes|hostilities|unrest)\b/i;

/**
 * Whether a figure tells where a count stands rather than what one happening did: a toll in the
 * present perfect ("about 700 of their fighters have been killed", "at least 1,000 people have
 * died") whose clause gives no day of its own, in a sentence that names no happening the toll could
 * be of (`namesHappening`: "fighting that has killed 13", "have died since the fighting escalated,
 * while thousands have fled" count that fighting) but as what displaced them ("175,000 have been
 * displaced by the fighting"). The count of a whole war or of many days,
 * which no one day's event holds, attaches to nothing.
 * @example isStandingToll('At least 1,000 people have been killed.', { start: 0, end: 14 }, false) // true
 */
export function isStandingToll(text: string, figure: At, namesHappening: boolean): boolean {
  const { start, end } = clauseOf(text, figure);
  const clause = text.slice(start, end);
  if (datesItsOwn(text, figure)) return false;
  if (DISPLACED_BY_IT.test(text.slice(figure.end, end))) return true;
  return !namesHappening && PERFECT_TOLL.test(clause);
}
