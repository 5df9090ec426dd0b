import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { ADVERSARIAL, adversarialArticle } from '../../lib/bench/adversarialArticles.ts';
import { compileLexicon } from '../../lib/extract/lexicon/compileLexicon.ts';
import { extractEvents } from '../../lib/extract/extractEvents.ts';
import { readLexicon } from '../readLexicon.ts';

/** One adversarial input's timing: seconds for the pure pipeline, and the process's peak memory. */
export interface AdversarialTiming {
  name: string;
  bytes: number;
  seconds: number;
  /** Processor seconds of the same run, which other work on a shared machine does not inflate as much. */
  cpuSeconds: number;
  peakMegabytes: number;
  events: number;
}

/** Times one input in this process; run in a child of its own so that its peak memory is its own. */
export async function timeOneAdversarial(index: number, size: 0 | 1): Promise<AdversarialTiming> {
  const { lexicon, problems } = await readLexicon(join(import.meta.dirname, '../../lexicon'));
  if (!lexicon) throw new Error(`lexicon problems: ${JSON.stringify(problems)}`);
  const input = ADVERSARIAL[index]!;
  const bytes = input.sizes[size];
  const article = adversarialArticle(input, bytes);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { file } = extractEvents({ articles: [article], lexicon: compileLexicon(lexicon), now: DateTime.fromISO('2026-01-01', { zone: 'Asia/Bangkok' }), locale: 'en-GB' });
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return { name: input.name, bytes, seconds, cpuSeconds: (user + system) / 1e6, peakMegabytes: process.resourceUsage().maxRSS / 1024, events: file.events.length };
}

/**
 * Times every adversarial input at both its sizes, each run in a fresh Node process; of `runs`
 * runs the fastest time (what the code needs, less what other work on the machine took) and the
 * highest peak memory are kept.
 */
export async function timeAdversarial(script: string, runs: number): Promise<AdversarialTiming[]> {
  const run = promisify(execFile);
  const timings: AdversarialTiming[] = [];
  for (const [index] of ADVERSARIAL.entries()) {
    for (const size of [0, 1] as const) {
      const all: AdversarialTiming[] = [];
      for (let r = 0; r < runs; r++) {
        const { stdout } = await run(process.execPath, [script, '--adversarial-one', `${index}:${size}`], { maxBuffer: 1 << 20 });
        all.push(JSON.parse(stdout) as AdversarialTiming);
      }
      timings.push({ ...all[0]!, seconds: Math.min(...all.map((t) => t.seconds)), cpuSeconds: Math.min(...all.map((t) => t.cpuSeconds)), peakMegabytes: Math.max(...all.map((t) => t.peakMegabytes)) });
    }
  }
  return timings;
}
