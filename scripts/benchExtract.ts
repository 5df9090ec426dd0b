// npm run bench:extract — extraction throughput over a generated corpus.
// Prints articles per second and kilobytes per second for the pure pipeline, best of three runs.
import { parseArgs } from 'node:util';
import { runExtraction } from './io/bench/timeExtraction.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1) throw new Error(`invalid --articles: ${values.articles} (expected a positive whole number)`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`invalid --runs: ${values.runs} (expected a positive whole number)`);

const { kilobytes, events, times } = await runExtraction(count, runs);
const best = Math.min(...times);
console.log(`corpus: ${count} generated articles, ${kilobytes.toFixed(0)} KB, ${events} events extracted`);
console.log(`runs (s): ${times.map((t) => t.toFixed(2)).join(', ')}`);
console.log(`throughput (best of ${runs}): ${(count / best).toFixed(1)} articles/s, ${(kilobytes / best).toFixed(1)} KB/s`);
