// validate, extract and the build read only regular files: an entry of seeds/ or an events file
// that is a symbolic link, a device or a FIFO is refused unread with a located problem, and the
// size limit counts the bytes read, not what `stat` claims. Fixtures are made per test in a
// temporary folder; a FIFO must not make anything wait for a writer.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { extract } from '../../scripts/extract.ts';
import { validate } from '../../scripts/validate.ts';
import { readTextFile } from '../../src/io/readTextFile.ts';
import { readValidatedData } from '../../src/loaders/readValidatedData.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2026-11-22';
const F = 'tests/fixtures/broken';
const HINT = '(only regular files are read: links, devices and pipes could make the build publish or wait on something outside the project; put the text itself here) [not-a-file]';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A project folder: `seeds/` with the cited article, `events.json` citing it, and `outside.txt` beside them. */
async function project() {
  const dir = await mkdtemp(join(tmpdir(), 'regular-files-'));
  temps.push(dir);
  await mkdir(join(dir, 'seeds'));
  await copyFile(`${F}/cited/report.txt`, join(dir, 'seeds/report.txt'));
  await copyFile(`${F}/events/valid.json`, join(dir, 'events.json'));
  await writeFile(join(dir, 'outside.txt'), 'A secret that must never be published.\n');
  return { dir, seeds: join(dir, 'seeds'), data: join(dir, 'events.json'), shown: relative(ROOT, dir) };
}

async function problemLines(command: typeof validate, args: string[]): Promise<string[]> {
  const err: string[] = [];
  const code = await command(['--now', NOW, ...args], { out: () => {}, err: (line) => err.push(line) });
  expect(code).toBe(1);
  return err.join('\n').split('\n\n')[0]!.split('\n');
}

/** The same problem from validate, extract and the build's loader. */
async function expectRefusedEverywhere(paths: { seeds: string; data: string; dir: string }, expected: string) {
  expect(await problemLines(validate, ['--data', paths.data, '--seeds', paths.seeds])).toEqual([expected]);
  const before = await readFile(paths.data);
  expect(await problemLines(extract, ['--quiet', '--seeds', paths.seeds, '--out', paths.data])).toEqual([expected]);
  expect((await readFile(paths.data)).equals(before)).toBe(true);
  await expect(readValidatedData({ data: paths.data, seeds: paths.seeds }, true)).rejects.toThrow(`problem(s):\n${expected}`);
}

describe('an entry of seeds/ that is not a regular file is refused by validate, extract and the build', () => {
  test('a link to a file outside the repository', async () => {
    const p = await project();
    await symlink('../outside.txt', join(p.seeds, 'notes.txt'));
    await expectRefusedEverywhere(p, `${p.shown}/seeds/notes.txt  expected an article, found a symbolic link to ../outside.txt ${HINT}`);
  });

  test('a link to a device, which stat says is empty and which never ends', async () => {
    const p = await project();
    await symlink('/dev/zero', join(p.seeds, 'zero.txt'));
    await expectRefusedEverywhere(p, `${p.shown}/seeds/zero.txt  expected an article, found a symbolic link to /dev/zero ${HINT}`);
  });

  test('a link back into seeds/: one rule, no exceptions', async () => {
    const p = await project();
    await symlink('report.txt', join(p.seeds, 'again.txt'));
    await expectRefusedEverywhere(p, `${p.shown}/seeds/again.txt  expected an article, found a symbolic link to report.txt ${HINT}`);
  });

  test('a FIFO, without waiting for a writer', async () => {
    const p = await project();
    execFileSync('mkfifo', [join(p.seeds, 'pipe.txt')]);
    await expectRefusedEverywhere(p, `${p.shown}/seeds/pipe.txt  expected an article, found a named pipe (FIFO) ${HINT}`);
  }, 10_000);

  test('seeds/ itself as a link to another folder', async () => {
    const p = await project();
    await rm(p.seeds, { recursive: true });
    await mkdir(join(p.dir, 'elsewhere'));
    await copyFile(`${F}/cited/report.txt`, join(p.dir, 'elsewhere/report.txt'));
    await symlink('elsewhere', p.seeds);
    await expectRefusedEverywhere(p, `${p.shown}/seeds  expected a folder of articles (.txt or .md), found a symbolic link at ${p.shown}/seeds [no-seeds]`);
  });
});

describe('an events file that is not a regular file is refused', () => {
  test.each([
    ['a link', async (file: string) => symlink('../outside.txt', file), 'a symbolic link to ../outside.txt'],
    ['a FIFO', async (file: string) => execFileSync('mkfifo', [file]), 'a named pipe (FIFO)'],
  ])('%s', async (_, make, found) => {
    const p = await project();
    const data = join(p.dir, 'data.json');
    await make(data);
    expect(await problemLines(validate, ['--data', data, '--seeds', p.seeds])).toEqual([`${p.shown}/data.json  expected an events file, found ${found} ${HINT}`]);
    expect(await problemLines(extract, ['--quiet', '--seeds', p.seeds, '--out', data])).toEqual([`${p.shown}/data.json  expected an events file, found ${found} ${HINT}`]);
  }, 10_000);

  test('a device', async () => {
    const p = await project();
    expect(await problemLines(validate, ['--data', '/dev/zero', '--seeds', p.seeds])).toEqual([`${relative(ROOT, '/dev/zero')}  expected an events file, found a device ${HINT}`]);
  });

  test('the size limit counts bytes read: a file that stat calls empty but that holds more than 10 MB is stopped at the limit', async () => {
    const p = await project();
    // Linux's page map of this process: a regular file of size 0 from which gigabytes can be read.
    const started = performance.now();
    expect(await problemLines(validate, ['--data', '/proc/self/pagemap', '--seeds', p.seeds])).toEqual([
      `${relative(ROOT, '/proc/self/pagemap')}  expected an events file of at most 10 MB, found more than 10 MB (check that this is the right file; the limit keeps every check fast) [too-large]`,
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  }, 20_000);

  test('a file that stat calls empty but that holds several blocks under the limit is read whole', async () => {
    // This process's memory map in detail: size 0 to stat, some 100 KB of text lines when read,
    // so the buffer sized by stat must grow, keeping what it had read.
    const { text, problem } = await readTextFile('/proc/self/smaps', { shown: 'smaps', maxBytes: 10 * 2 ** 20, what: 'a map' });
    expect(problem).toBeUndefined();
    expect(text!.length).toBeGreaterThan(64 * 1024);
    expect(text!.endsWith('\n')).toBe(true);
    expect(text!.split('\n').slice(0, -1).filter((line) => !/^([0-9a-f]+-[0-9a-f]+ |[A-Za-z_]+:)/.test(line))).toEqual([]);
  });
});
