// Every line the commands print goes through one function that shows control characters, so a
// file name, a cited source or a field name from the data cannot clear the screen, move the
// cursor to print a fake "ok", or hide itself.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { extract } from '../scripts/extract.ts';
import { validate } from '../scripts/validate.ts';
import { showControlCharacters } from '../src/lib/showControlCharacters.ts';

/** Anything a terminal would act on instead of printing. */
const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('showControlCharacters', () => {
  test.each([
    ['an escape sequence that clears the screen', '\u001b[2J\u001b[Hok.txt', '\\u001B[2J\\u001B[Hok.txt'],
    ['a carriage return that overwrites the line', 'bad\rok  ', 'bad\\u000Dok  '],
    ['a line feed that would print a line of its own', 'a\nok  all good', 'a\\u000Aok  all good'],
    ['a bell, a tab and DEL', 'ring\u0007\t\u007f', 'ring\\u0007\\u0009\\u007F'],
    ['a C1 control (8-bit CSI)', 'x\u009b2J', 'x\\u009B2J'],
    ['a right-to-left override that reverses what follows', 'txt.\u202eexe', 'txt.\\u202Eexe'],
    ['a zero-width space', 'a\u200bb', 'a\\u200Bb'],
    ['letters of every script, left alone', 'ข่าว ព័ត៌មាន عربي 😀', 'ข่าว ព័ត៌មាន عربي 😀'],
  ])('shows %s', (_, text, shown) => {
    expect(showControlCharacters(text)).toBe(shown);
  });
});

describe('the commands print data through it', () => {
  const temps: string[] = [];
  afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

  async function run(command: typeof validate, args: string[]) {
    const lines: string[] = [];
    const code = await command(['--now', '2026-11-22', ...args], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    return { code, lines, text: lines.join('\n') };
  }

  test('a file name, a cited source and an unknown field holding escape sequences are printed visibly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'terminal-'));
    temps.push(dir);
    await mkdir(join(dir, 'seeds'));
    await writeFile(join(dir, 'seeds/report.txt'), 'Troops clashed near the border.\n');
    await writeFile(join(dir, 'seeds/\u001b[2J\u001b[Hok.txt'), 'Text.\n');
    const data = join(dir, 'events.json');
    await writeFile(data, JSON.stringify({
      events: [{
        id: '2025-12-01-clash', date: '2025-12-01', kind: 'fighting', status: 'occurred', title: 'Clash', summary: 'Troops clashed.',
        '\u001b]0;pwned\u0007': 1,
        citations: [{ source: 'a\u001b[1A\u001b[2Kok.txt', quote: 'Troops clashed' }],
      }],
    }));
    for (const command of [validate, extract]) {
      const args = command === validate ? ['--data', data, '--seeds', join(dir, 'seeds')] : ['--quiet', '--seeds', join(dir, 'seeds'), '--out', data];
      const { code, lines, text } = await run(command, args);
      expect(code).toBe(1);
      expect(lines.filter((line) => RAW.test(line))).toEqual([]);
      expect(text).toContain('\\u001B[2J\\u001B[Hok.txt');
      if (command === validate) {
        expect(text).toContain('found unknown field "\\u001B]0;pwned\\u0007"');
        expect(text).toContain('"a\\u001b[1A\\u001b[2Kok.txt"');
      }
    }
  });
});
