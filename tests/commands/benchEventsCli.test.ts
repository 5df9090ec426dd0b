// `npm run bench:events` run as a maintainer runs it, on either set of real reporting.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

async function benchEvents(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/benchEvents.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// After the title line and the lines that count misses and wrong kinds, the table's header, then a row per conflict.
const rows = (stdout: string) => {
  const lines = stdout.split('\n');
  return lines.slice(lines.findIndex((l) => l.startsWith('conflict ')) + 1).filter((l) => l.trim() !== '').map((l) => l.split(/\s+/)[0]);
};

describe('npm run bench:events --set', () => {
  test('scores the held-out set with --set holdout: one row per conflict of tests/holdout, then the overall row', async () => {
    const { code, stdout, stderr } = await benchEvents(['--set', 'holdout', '--summary']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^bench:events — held-out set: 14 articles of 4 conflicts, /);
    expect(stdout.split('\n')[1]).toMatch(/^missed \d+ of 29: \d+ at their date under another kind, \d+ at their date, said by another speaker, \d+ only at a coarser date, \d+ sharing kind and date with a found happening \(merged into its event, or not read\), \d+ with an unmatched event of their kind near their date \(misdated\), \d+ with none of these \(not read\)$/);
    // The misses, then those not read, by what became of their own sentence, and the wrong kinds, each naming nothing.
    expect(stdout.split('\n')[2]).toMatch(/^missed \d+, by what became of their own sentence: \d+ /);
    expect(stdout.split('\n')[3]).toMatch(/^not read \d+, by what became of their own sentence: \d+ /);
    const header = stdout.split('\n').findIndex((l) => l.startsWith('conflict '));
    expect(stdout.split('\n').slice(1, header).join('\n')).not.toMatch(/["“]/);
    expect(rows(stdout)).toEqual(['afghanistan-pakistan-2025', 'armenia-azerbaijan-2022', 'china-india-2020-2021', 'ethiopia-eritrea-1998-2000', 'overall']);
  });

  test('scores the development set when no set is named', async () => {
    const { code, stdout } = await benchEvents(['--summary', '--conflict', 'sudan-south-sudan-2012']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^bench:events — development set: 4 articles of 1 conflicts, /);
  });

  test('refuses a set it does not know, naming the sets, and exits 2 without scoring', async () => {
    const { code, stdout, stderr } = await benchEvents(['--set', 'holdouts']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('invalid --set: holdouts (expected devset or holdout or fresh or reserve)');
  });
});

// --explain reads the whole development set to find the happening's conflict: about 15 s on a quiet
// machine, over 60 s on one shared under a load of 100 or more, where the default limit failed
// with nothing wrong (as the floor in eventsAccuracy.test.ts found before it).
const WHOLE_SET_MS = 300_000;

describe('npm run bench:events --explain', () => {
  test('shows, for each article that tells of a key happening, each sentence with the stage that lost it or the event it is in', { timeout: WHOLE_SET_MS }, async () => {
    const { code, stdout, stderr } = await benchEvents(['--explain', '2012-04-15-bentiu-mayom-bombing']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^2012-04-15-bentiu-mayom-bombing {2}\[strike\/air-strike\] 2012-04-15: /);
    const articles = lines.filter((l) => l.startsWith('## '));
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((l) => / — published \d{4}-\d{2}-\d{2}$/.test(l))).toBe(true);
    // Every sentence has a verdict line; the bombing's own sentence ends in an event.
    const verdicts = lines.filter((l) => /^\[\d+\] /.test(l));
    expect(verdicts.length).toBeGreaterThan(articles.length);
    expect(verdicts.some((l) => /^\[\d+\] event .*2012-04-15-/.test(l))).toBe(true);
    // What lies within a day of the happening's date is marked.
    expect(lines.some((l) => /^ {4}event 2012-04-15-\S+ ".*" {2}← near the key's date$/.test(l))).toBe(true);
  });

  test('refuses an id that is neither a key happening nor an article, and exits 2', async () => {
    const { code, stdout, stderr } = await benchEvents(['--explain', 'no-such-happening']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('invalid --explain: no-such-happening (expected the id of a key happening or an article file of the set)');
  });
});
