import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');

async function validate(cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'scripts/validate.ts')], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run validate', () => {
  test('passes on the committed data', async () => {
    const result = await validate(ROOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok {2}data\/events\.json: \d+ events, \d+ citations checked against 2 articles/);
  });

  test('names file, line, column and path of each problem, exits 1 and leaves the file as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'validate-'));
    await cp(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
    const broken = JSON.parse(await readFile(join(ROOT, 'data/events.json'), 'utf8'));
    broken.events[1].date = '2025-02-30';
    broken.events[2].citations[0].source = 'gone.txt';
    const text = JSON.stringify(broken, null, 2);
    await cp(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    await writeFile(join(dir, 'data/events.json'), text);

    const result = await validate(dir);

    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^data\/events\.json:\d+:\d+ {2}events\[1\]\.date: expected a date that exists on the calendar, found "2025-02-30" \[invalid-field\]$/);
    expect(lines[1]).toMatch(/^data\/events\.json:\d+:\d+ {2}events\[2\]\.citations\[0\]\.source: expected the file name of an article in seeds\/, found "gone\.txt"/);
    expect(lines.at(-1)).toBe('2 problems found.');
    expect(await readFile(join(dir, 'data/events.json'), 'utf8')).toBe(text);
  });

  test('reports a missing data file instead of crashing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'validate-'));
    await cp(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
    const result = await validate(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('data/events.json  expected an events file, found no file [no-file]');
  });
});
