import { join } from 'node:path';
import { median } from 'd3';
import { DateTime } from 'luxon';
import type { SizeResult } from '../../lib/bench/benchResult.ts';
import { compileLexicon } from '../../lib/extract/lexicon/compileLexicon.ts';
import { extractEvents } from '../../lib/extract/extractEvents.ts';
import { generateCorpus } from '../../lib/bench/generateCorpus.ts';
import { readLexicon } from '../readLexicon.ts';

/** What timing the extraction over a generated corpus found. */
export interface ExtractionRuns {
  articles: number;
  kilobytes: number;
  events: number;
  /** Seconds of each run, in order. */
  times: number[];
}

/** Runs the pure extraction pipeline `runs` times over `count` generated articles (`npm run bench:extract`). */
export async function runExtraction(count: number, runs: number): Promise<ExtractionRuns> {
  const { lexicon, problems } = await readLexicon(join(import.meta.dirname, '../../lexicon'));
  if (!lexicon) throw new Error(`lexicon problems: ${JSON.stringify(problems)}`);
  const compiled = compileLexicon(lexicon);
  const articles = generateCorpus(count, lexicon);
  const now = DateTime.fromISO('2026-11-22', { zone: 'Asia/Bangkok' });
  const times: number[] = [];
  let events = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    events = extractEvents({ articles, lexicon: compiled, now, locale: 'en-GB' }).file.events.length;
    times.push((performance.now() - started) / 1000);
  }
  return { articles: count, kilobytes: articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / 1024, events, times };
}

/** The benchmark's extraction figure for one size: the median of `runs`. */
export async function timeExtraction(count: number, runs: number): Promise<SizeResult['extraction']> {
  const { times, ...corpus } = await runExtraction(count, runs);
  return { ...corpus, seconds: median(times)! };
}
