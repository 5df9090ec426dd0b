/**
 * How often each value occurs, commonest first, ties in alphabetical order so that a report
 * reads the same on every run whatever order the values came in.
 * @example commonestFirst(['b', 'a', 'b']) // [['b', 2], ['a', 1]]
 */
export function commonestFirst(values: Iterable<string>): [value: string, count: number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
