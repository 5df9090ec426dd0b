/**
 * The sets of real reporting `npm run bench:events` scores, by the name `--set` takes; each is a
 * folder of tests/ laid out as tests/devset/README.md describes. The development set is what the
 * extractor is tuned against; the held-out set is never tuned against (tests/holdout/README.md);
 * the fresh set holds reports added after the extractor was last tuned, scored once before any
 * change is made for them, so that each round's first figure estimates unseen reporting
 * (tests/fresh/README.md). The reserve set holds conflicts no round has seen, scored only at a
 * round's start and end, never tuned against (tests/reserve/README.md).
 */
export const BENCH_SETS = {
  devset: 'development set',
  holdout: 'held-out set',
  fresh: 'fresh set',
  reserve: 'reserve set',
} as const;

export type BenchSet = keyof typeof BENCH_SETS;

/**
 * Reads the value of `--set`: the set and how the benchmark names it, or the message that says
 * what was expected.
 * @example parseBenchSet('holdout') // { set: 'holdout', label: 'held-out set' }
 */
export function parseBenchSet(value: string): { set: BenchSet; label: string } | { error: string } {
  // Object.hasOwn, not `in`: "toString" is no set.
  if (Object.hasOwn(BENCH_SETS, value)) return { set: value as BenchSet, label: BENCH_SETS[value as BenchSet] };
  return { error: `invalid --set: ${value} (expected ${Object.keys(BENCH_SETS).join(' or ')})` };
}
