import { wordDistance } from './wordDistance.ts';

/** A stretch of a text by offsets. */
export interface At {
  start: number;
  end: number;
}

/**
 * Items ordered by how many words lie between each and `at`, nearest first; `cost` turns that
 * distance into another measure (a penalty for another clause, for lying after). Ties keep the
 * earlier item in the text first.
 * @example rankByWords('talks on Monday after clashes', [clashes, talks], monday)[0] // talks
 */
export function rankByWords<T extends At>(text: string, items: readonly T[], at: At, cost: (item: T, words: number) => number = (_, w) => w): T[] {
  return items
    .map((item) => ({ item, cost: cost(item, wordDistance(text, item, at)) }))
    .sort((a, b) => a.cost - b.cost || a.item.start - b.item.start)
    .map((x) => x.item);
}

/**
 * The item nearest `at` by words between them, as `rankByWords` orders them.
 * @example nearestByWords('talks on Monday after clashes', [clashes, talks], monday) // talks
 */
export function nearestByWords<T extends At>(text: string, items: readonly T[], at: At, cost?: (item: T, words: number) => number): T | undefined {
  return rankByWords(text, items, at, cost)[0];
}
