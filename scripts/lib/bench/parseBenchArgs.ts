import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Numbers of events to measure, in order. */
  sizes: number[];
  runs: number;
  /** Where to write the JSON result, relative to the project. */
  out: string;
  /** Whether to measure TimelineJS3 beside our page. */
  timelineJs: boolean;
}

const FULL_SIZES = [20, 200, 2_000, 10_000];
const QUICK = { sizes: [20, 200], runs: 1 };

const count = (name: string, text: string): number | string => {
  const n = Number(text.replaceAll('_', ''));
  return Number.isInteger(n) && n >= 1 ? n : `invalid --${name}: ${text} (expected a positive whole number)`;
};

/**
 * Reads the command line of `npm run bench`: `--sizes 20,200,2000,10000`, `--runs 3`,
 * `--out results/bench-<date>.json`, `--quick` (20 and 200 events, one run) and
 * `--no-timelinejs`. `today` (YYYY-MM-DD) names the default output file.
 * @example parseBenchArgs(['--quick'], '2026-11-23').options?.sizes // [20, 200]
 */
export function parseBenchArgs(args: string[], today: string): { options?: BenchOptions; error?: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      allowNegative: true,
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        out: { type: 'string', default: `results/bench-${today}.json` },
        quick: { type: 'boolean', default: false },
        timelinejs: { type: 'boolean', default: true },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  const sizes = values.sizes === undefined ? (values.quick ? QUICK.sizes : FULL_SIZES) : values.sizes.split(',').map((s) => count('sizes', s.trim()));
  const runs = values.runs === undefined ? (values.quick ? QUICK.runs : 3) : count('runs', values.runs);
  const bad = [...sizes, runs].find((v) => typeof v === 'string');
  if (bad !== undefined) return { error: bad as string };
  if (!values.out.endsWith('.json')) return { error: `invalid --out: ${values.out} (expected a file name ending in .json)` };
  return { options: { sizes: sizes as number[], runs: runs as number, out: values.out, timelineJs: values.timelinejs } };
}
