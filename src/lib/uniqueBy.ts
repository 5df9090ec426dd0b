/**
 * The items whose key was not seen before, in their order: the first of each key is kept.
 * @example uniqueBy([{ q: 'a' }, { q: 'b' }, { q: 'a' }], (c) => c.q).length // 2
 */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
