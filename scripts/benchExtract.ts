// npm run bench:extract — extraction throughput over a generated corpus.
// Prints articles per second and kilobytes per second for the pure pipeline, best of three runs.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { readLexicon } from './io/readLexicon.ts';
import { compileLexicon } from './lib/compileLexicon.ts';
import { extractEvents } from './lib/extractEvents.ts';
import { generateCorpus } from './lib/generateCorpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1) throw new Error(`invalid --articles: ${values.articles} (expected a positive whole number)`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`invalid --runs: ${values.runs} (expected a positive whole number)`);

const { lexicon, problems } = await readLexicon(join(import.meta.dirname, 'lexicon'));
if (!lexicon) throw new Error(`lexicon problems: ${JSON.stringify(problems)}`);
const compiled = compileLexicon(lexicon);
const articles = generateCorpus(count, lexicon);
const kilobytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / 1024;
const now = DateTime.fromISO('2026-11-22', { zone: 'Asia/Bangkok' });

const times: number[] = [];
let events = 0;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  events = extractEvents({ articles, lexicon: compiled, now, locale: 'en-GB' }).file.events.length;
  times.push((performance.now() - started) / 1000);
}
const best = Math.min(...times);
console.log(`corpus: ${count} generated articles, ${kilobytes.toFixed(0)} KB, ${events} events extracted`);
console.log(`runs (s): ${times.map((t) => t.toFixed(2)).join(', ')}`);
console.log(`throughput (best of ${runs}): ${(count / best).toFixed(1)} articles/s, ${(kilobytes / best).toFixed(1)} KB/s`);
