// The benchmarks read their options as the commands do (scripts/io/commandLineOrExit.ts): a
// mistake is a usage error with exit code 2, never a stack trace, and --help prints the usage.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

async function run(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const BENCHES = [
  ['benchDates.ts', 'bench:dates'],
  ['benchExtract.ts', 'bench:extract'],
  ['benchKinds.ts', 'bench:kinds'],
  ['benchValidate.ts', 'bench:validate'],
  ['lighthouse.ts', 'lighthouse'],
  ['traceReady.ts', 'bench:trace'],
  ['traceSteps.ts', 'bench:steps'],
] as const;

describe('the benchmarks’ command lines', () => {
  test.concurrent.each(BENCHES)('%s refuses an unknown option with its usage and exit code 2, running nothing', { timeout: 60_000 }, async (script, name) => {
    const { code, stdout, stderr } = await run(script, ['--sizez', '20']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    expect(lines[0]).toMatch(/^Unknown option '--sizez'/);
    expect(lines[1]).toMatch(new RegExp(`^usage: npm run ${name} -- `));
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test.concurrent.each(BENCHES)('%s prints its usage for --help and exits 0', { timeout: 60_000 }, async (script, name) => {
    const { code, stdout } = await run(script, ['--help']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^usage: npm run ${name} -- `));
  });
});
