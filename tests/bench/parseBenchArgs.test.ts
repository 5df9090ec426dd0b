import { expect, test } from 'vitest';
import { parseBenchArgs } from '../../scripts/lib/bench/parseBenchArgs.ts';

const TODAY = '2026-11-23';

test('parseBenchArgs measures five sizes three times by default, the archive size built and weighed only, into a dated results file', () => {
  expect(parseBenchArgs([], TODAY).options).toEqual({ sizes: [20, 200, 2_000, 10_000, 25_000], runs: 3, out: 'results/bench-2026-11-23.json', timelineJs: true, visTimeline: true, pagesUpTo: 10_000, peersUpTo: 10_000, extraction: true });
});

test('parseBenchArgs reads --peers-up-to and --no-extraction', () => {
  expect(parseBenchArgs(['--peers-up-to', '10_000', '--no-extraction'], TODAY).options).toMatchObject({ peersUpTo: 10_000, extraction: false });
  expect(parseBenchArgs(['--peers-up-to', '0'], TODAY).error).toBe('invalid --peers-up-to: 0 (expected a positive whole number)');
});

test('parseBenchArgs reads --no-vistimeline and --pages-up-to', () => {
  expect(parseBenchArgs(['--no-vistimeline', '--pages-up-to', '2000'], TODAY).options).toMatchObject({ visTimeline: false, pagesUpTo: 2_000 });
  expect(parseBenchArgs(['--pages-up-to', 'all'], TODAY).error).toBe('invalid --pages-up-to: all (expected a positive whole number)');
});

test('parseBenchArgs reads --sizes, --runs, --quick and --no-timelinejs', () => {
  expect(parseBenchArgs(['--sizes', '50, 1_000', '--runs', '5', '--no-timelinejs'], TODAY).options).toMatchObject({ sizes: [50, 1_000], runs: 5, timelineJs: false });
  expect(parseBenchArgs(['--quick'], TODAY).options).toMatchObject({ sizes: [20, 200], runs: 1 });
});

test.each([
  [['--sizes', '20,abc'], 'invalid --sizes: abc (expected a positive whole number)'],
  [['--runs', '0'], 'invalid --runs: 0 (expected a positive whole number)'],
  [['--out', 'results/bench.txt'], 'invalid --out: results/bench.txt (expected a file name ending in .json)'],
])('parseBenchArgs rejects %j', (args, error) => {
  expect(parseBenchArgs(args, TODAY).error).toBe(error);
});
