import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeFolder } from '../../src/io/writeFolder.ts';

const root = await mkdtemp(join(tmpdir(), 'write-folder-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const files = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `${i}.json`, text: `{"n":${i}}\n` }));

describe('writeFolder', () => {
  test('writes every file it is given, more than it writes at once, and says how many', async () => {
    const folder = join(root, 'many');
    expect(await writeFolder(folder, files(100))).toBe(100);
    expect((await readdir(folder)).length).toBe(100);
    expect(await readFile(join(folder, '42.json'), 'utf8')).toBe('{"n":42}\n');
    expect(await readdir(root)).not.toContainEqual(expect.stringContaining('.partial'));
  });

  test('replaces a folder written before whole: no file of the old one stays', async () => {
    const folder = join(root, 'replaced');
    await mkdir(folder);
    await writeFile(join(folder, 'stale.json'), 'old');
    await writeFolder(folder, files(3));
    expect((await readdir(folder)).sort()).toEqual(['0.json', '1.json', '2.json']);
  });

  test('leaves the folder as it was, and no temporary folder, when the files fail part way', async () => {
    const folder = join(root, 'kept');
    await mkdir(folder);
    await writeFile(join(folder, 'old.json'), 'old');
    function* failing() {
      yield* files(40);
      throw new Error('the data ran out');
    }
    await expect(writeFolder(folder, failing())).rejects.toThrow('the data ran out');
    expect(await readdir(folder)).toEqual(['old.json']);
    expect((await readdir(root)).filter((name) => name.includes('partial'))).toEqual([]);
  });

  test.each(['../escape.json', 'a/b.json', '..'])('refuses %j, which is not a plain file name, and writes nothing', async (name) => {
    const folder = join(root, `refused-${encodeURIComponent(name)}`);
    await expect(writeFolder(folder, [{ name, text: '' }])).rejects.toThrow('not a plain file name');
    await expect(readdir(folder)).rejects.toThrow('ENOENT');
    expect(await readdir(root)).not.toContain('escape.json');
  });

  test('refuses two files of one name rather than keep the later', async () => {
    const folder = join(root, 'twice');
    await expect(writeFolder(folder, [{ name: 'a.json', text: '1' }, { name: 'a.json', text: '2' }])).rejects.toThrow('EEXIST');
    await expect(readdir(folder)).rejects.toThrow('ENOENT');
  });
});
