// npm run bench:extract — extraction throughput over a generated corpus, then the time and
// memory of single adversarial articles, each at two sizes so that growth shows. Target (issue
// 17): any article up to the 1 MB limit extracts in ≤ 5 s with ≤ 500 MB; exits 1 when one does not.
import { loadavg } from 'node:os';
import { commandLineOrExit } from './io/commandLineOrExit.ts';
import { timeAdversarial, timeOneAdversarial } from './io/bench/timeAdversarial.ts';
import { runExtraction } from './io/bench/timeExtraction.ts';

const USAGE = `usage: npm run bench:extract -- [options]
  --articles N       generated articles in the throughput corpus (default: 1000)
  --runs N           runs of each measurement; the best is reported (default: 3)
  --no-adversarial   skip the single adversarial articles (no sentence breaks, 200,000 numbers, …)`;

const values = commandLineOrExit(
  process.argv.slice(2),
  {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    'no-adversarial': { type: 'boolean', default: false },
    'adversarial-one': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  USAGE,
);
if (values['adversarial-one'] !== undefined) {
  // The child of one adversarial timing: prints its result as JSON.
  const [index, size] = values['adversarial-one'].split(':').map(Number);
  console.log(JSON.stringify(await timeOneAdversarial(index!, size === 1 ? 1 : 0)));
  process.exit(0);
}
const count = Number(values.articles);
const runs = Number(values.runs);
for (const [name, value] of [['articles', count], ['runs', runs]] as const) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`invalid --${name}: ${values[name]} (expected a positive whole number)\n${USAGE}`);
    process.exit(2);
  }
}

const { kilobytes, events, times } = await runExtraction(count, runs);
const best = Math.min(...times);
console.log(`corpus: ${count} generated articles, ${kilobytes.toFixed(0)} KB, ${events} events extracted`);
console.log(`runs (s): ${times.map((t) => t.toFixed(2)).join(', ')}`);
console.log(`throughput (best of ${runs}): ${(count / best).toFixed(1)} articles/s, ${(kilobytes / best).toFixed(1)} KB/s`);

const TARGET = { seconds: 5, megabytes: 500 };

if (!values['no-adversarial']) {
  console.log(`\nadversarial articles (one article each; pure pipeline; fastest of ${runs} runs, and its processor time; highest peak memory of the whole process; load average ${loadavg()[0]!.toFixed(1)}; target ≤ ${TARGET.seconds} s and ≤ ${TARGET.megabytes} MB each):`);
  const timings = await timeAdversarial(import.meta.filename, runs);
  const within = (t: (typeof timings)[number]) => t.seconds <= TARGET.seconds && t.peakMegabytes <= TARGET.megabytes;
  for (let i = 0; i < timings.length; i += 2) {
    const [small, large] = [timings[i]!, timings[i + 1]!];
    const ratio = large.seconds / Math.max(small.seconds, 1e-3);
    console.log(
      `  ${small.name.padEnd(32)} ${`${small.bytes / 1024} KB`.padStart(8)} ${small.seconds.toFixed(2).padStart(6)} s (cpu ${small.cpuSeconds.toFixed(2)}) ${small.peakMegabytes.toFixed(0).padStart(4)} MB` +
        `   ${`${large.bytes / 1024} KB`.padStart(8)} ${large.seconds.toFixed(2).padStart(6)} s (cpu ${large.cpuSeconds.toFixed(2)}) ${large.peakMegabytes.toFixed(0).padStart(4)} MB   ×${ratio.toFixed(2)} time for ×2 input` +
        `   ${within(small) && within(large) ? 'within target' : 'TARGET MISSED'}`,
    );
  }
  if (!timings.every(within)) process.exitCode = 1;
}
