import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Numbers of events to measure, in order. */
  sizes: number[];
  runs: number;
  /** Where to write the JSON result, relative to the project. */
  out: string;
  /** Whether to measure TimelineJS3 and vis-timeline beside our page. */
  timelineJs: boolean;
  visTimeline: boolean;
  /** Sizes above this are built and weighed, not timed in the browser (archive sizes). */
  pagesUpTo: number;
  /** Sizes above this time our page and the floor only, not TimelineJS3 and vis-timeline (issue 12 compares them up to 10,000 events; a peer's run that takes too long is capped, see bench.ts). */
  peersUpTo: number;
  /** Whether to time the extraction of as many generated articles as events (`bench:extract` is its own benchmark). */
  extraction: boolean;
}

const FULL_SIZES = [20, 200, 2_000, 10_000, 25_000];
const QUICK = { sizes: [20, 200], runs: 1 };

const count = (name: string, text: string): number | string => {
  const n = Number(text.replaceAll('_', ''));
  return Number.isInteger(n) && n >= 1 ? n : `invalid --${name}: ${text} (expected a positive whole number)`;
};

/**
 * Reads the command line of `npm run bench`: `--sizes 20,200,2000,10000`, `--runs 3`,
 * `--out results/bench-<date>.json`, `--quick` (20 and 200 events, one run), `--no-timelinejs`,
 * `--no-vistimeline`, `--pages-up-to 10000` (larger sizes are built and weighed only),
 * `--peers-up-to 10000` (larger sizes time only our page and the floor) and `--no-extraction`. `today` (YYYY-MM-DD) names the default output file.
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
        vistimeline: { type: 'boolean', default: true },
        'pages-up-to': { type: 'string' },
        'peers-up-to': { type: 'string' },
        extraction: { type: 'boolean', default: true },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  const sizes = values.sizes === undefined ? (values.quick ? QUICK.sizes : FULL_SIZES) : values.sizes.split(',').map((s) => count('sizes', s.trim()));
  const runs = values.runs === undefined ? (values.quick ? QUICK.runs : 3) : count('runs', values.runs);
  const pagesUpTo = values['pages-up-to'] === undefined ? 10_000 : count('pages-up-to', values['pages-up-to']);
  const peersUpTo = values['peers-up-to'] === undefined ? 10_000 : count('peers-up-to', values['peers-up-to']);
  const bad = [...sizes, runs, pagesUpTo, peersUpTo].find((v) => typeof v === 'string');
  if (bad !== undefined) return { error: bad as string };
  if (!values.out.endsWith('.json')) return { error: `invalid --out: ${values.out} (expected a file name ending in .json)` };
  return { options: { sizes: sizes as number[], runs: runs as number, out: values.out, timelineJs: values.timelinejs, visTimeline: values.vistimeline, pagesUpTo: pagesUpTo as number, peersUpTo: peersUpTo as number, extraction: values.extraction } };
}
