import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeWithLists } from '../../src/io/writeWithLists.ts';

const root = await mkdtemp(join(tmpdir(), 'write-with-lists-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const A = '<!--spooled-list:a-->';
const B = '<!--spooled-list:b-->';
const page = `<main>${A}<p>between</p>${B}</main>`;
// Enough parts to need several writes of a megabyte.
const many = Array.from({ length: 30_000 }, (_, i) => `<li>entry ${i} ตราด</li>`);

describe('writeWithLists', () => {
  test('puts each list in place of its marker, in the page’s order whatever the lists’ order', async () => {
    const file = join(root, 'ok.html');
    await writeFile(file, page);
    await writeWithLists(file, page, [
      { marker: B, parts: () => ['<ol>', '</ol>'] },
      { marker: A, parts: () => many },
    ]);
    expect(await readFile(file, 'utf8')).toBe(`<main>${many.join('')}<p>between</p><ol></ol></main>`);
    expect(await readdir(root)).not.toContainEqual(expect.stringContaining('.partial'));
  });

  test.each([
    ['a marker the page lacks', `<main>${A}</main>`, 'holds no <!--spooled-list:b-->'],
    ['a marker the page holds twice', `<main>${A}${B}${B}</main>`, 'holds more than one <!--spooled-list:b-->'],
  ])('refuses %s and leaves the file as it was', async (_, text, message) => {
    const file = join(root, 'refused.html');
    await writeFile(file, text);
    await expect(writeWithLists(file, text, [{ marker: A, parts: () => [] }, { marker: B, parts: () => [] }])).rejects.toThrow(message);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  test('leaves the file as it was, and no partial file, when a list fails half-way', async () => {
    const file = join(root, 'failed.html');
    await writeFile(file, page);
    function* failing() {
      yield* many;
      throw new Error('no such event');
    }
    await expect(writeWithLists(file, page, [{ marker: A, parts: failing }, { marker: B, parts: () => [] }])).rejects.toThrow('no such event');
    expect(await readFile(file, 'utf8')).toBe(page);
    expect(await readdir(root)).not.toContainEqual(expect.stringContaining('.partial'));
  });
});
