// npm run bench:validate — validate's time on inputs built to be slow, each at half and at the
// full size the limits allow, so that growth shows: linear time means the full size takes at
// most about twice as long. Target: any events file up to the 10 MB limit in ≤ 10 s.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { commandLineOrExit } from './io/commandLineOrExit.ts';
import { SIZE_LIMITS } from '../src/lib/sizeLimits.ts';
import { VALIDATE_FAMILIES } from './lib/bench/adversarialValidateInputs.ts';

const TARGET_SECONDS = 10;
const USAGE = `usage: npm run bench:validate -- [--only TEXT] [--kill-after SECONDS]
  --only TEXT             time only the input families whose name contains TEXT
  --kill-after SECONDS    stop a run past this and report it as such (default: 300)`;
const values = commandLineOrExit(process.argv.slice(2), { only: { type: 'string' }, 'kill-after': { type: 'string', default: '300' }, help: { type: 'boolean', default: false } }, USAGE);
// A run past this is stopped and reported as such: inputs like these once took minutes.
const killAfter = Number(values['kill-after']);
if (!(killAfter > 0)) {
  console.error(`invalid --kill-after: ${values['kill-after']} (expected seconds, more than 0)\n${USAGE}`);
  process.exit(2);
}

interface Run {
  code: number;
  seconds: number;
  /** Processor time, which other work on a shared machine does not inflate as much. */
  cpuSeconds: number;
  peakMB: number;
  lines: number;
}

const dir = await mkdtemp(join(tmpdir(), 'bench-validate-'));
const rows: string[] = [];
let missed = 0;
try {
  for (const family of VALIDATE_FAMILIES.filter((f) => !values.only || f.name.includes(values.only))) {
    const runs: Run[] = [];
    for (const scale of [0.5, 1]) {
      const input = family.build(scale);
      if (Buffer.byteLength(input.events) > SIZE_LIMITS.events) throw new Error(`${family.name}: the generated events file is over the limit`);
      const seeds = join(dir, 'seeds');
      await rm(seeds, { recursive: true, force: true });
      await mkdir(seeds);
      await Promise.all(Object.entries(input.articles).map(([name, text]) => writeFile(join(seeds, name), text)));
      await writeFile(join(dir, 'events.json'), input.events);
      const args = [join(import.meta.dirname, 'io/bench/timeValidate.ts'), '--now', '2026-11-22', '--data', join(dir, 'events.json'), '--seeds', seeds];
      const run = await promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 20, timeout: killAfter * 1000 })
        .then(({ stdout }) => JSON.parse(stdout) as Run)
        .catch((error: { killed?: boolean }) => {
          if (!error.killed) throw error;
          return { code: -1, seconds: Infinity, cpuSeconds: NaN, peakMB: NaN, lines: NaN };
        });
      runs.push(run);
      const met = run.seconds <= TARGET_SECONDS;
      if (!met) missed += 1;
      rows.push(`| ${family.name} | ×${scale} | ${input.holds} | ${run.seconds === Infinity ? `killed after ${killAfter}` : run.seconds.toFixed(2)} | ${run.cpuSeconds.toFixed(2)} | ${run.peakMB.toFixed(0)} | ${run.code === 0 ? 0 : (run.lines - 2).toLocaleString('en-GB')} | ${met ? 'yes' : 'NO'} |`);
      console.error(`${family.name} ×${scale}: ${run.seconds.toFixed(2)} s (processor ${run.cpuSeconds.toFixed(2)} s), ${run.peakMB.toFixed(0)} MB`);
    }
    const growth = runs[1]!.seconds / runs[0]!.seconds;
    rows.push(`| | growth ×2 → | | ${Number.isFinite(growth) ? `×${growth.toFixed(2)}` : '—'} | ×${(runs[1]!.cpuSeconds / runs[0]!.cpuSeconds).toFixed(2)} | | | |`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`validate on adversarial inputs (target: ≤ ${TARGET_SECONDS} s each; one process per input; load average ${loadavg()[0]!.toFixed(1)} at the end)\n`);
console.log('| family | scale | input | time (s) | processor time (s) | peak memory (MB) | problems | within target |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | :---: |');
for (const row of rows) console.log(row);
process.exitCode = missed > 0 ? 1 : 0;
