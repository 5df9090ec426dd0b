import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { timex } from '../../scripts/timex.ts';

// Documents written for these tests.
const doc = (text: string, dct = '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-12-24">Dec 24</TIMEX3></DCT>\n') =>
  `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n${dct}<TEXT>\n${text}\n</TEXT>\n</TimeML>\n`;

async function run(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'timex-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  await import('node:fs/promises').then((fs) => fs.mkdir(inDir));
  for (const [name, text] of Object.entries(files)) await writeFile(join(inDir, name), text);
  const out: string[] = [];
  const err: string[] = [];
  const code = await timex([inDir, outDir], { out: (l) => out.push(l), err: (l) => err.push(l.replaceAll(inDir, 'IN')) });
  const written = await readdir(outDir).catch(() => undefined);
  return { code, out, err, written, outDir };
}

describe('npm run timex', () => {
  test('tags every document, keeping everything outside TEXT byte for byte', async () => {
    const input = doc('Border <EVENT eid="e1">talks</EVENT> resumed on <TIMEX3 tid="t1" type="DATE" value="X">Monday</TIMEX3> after three days of fighting.');
    const { code, written, outDir } = await run({ 'a.tml': input, 'b.tml.TE3input': doc('Nothing happened.') });
    expect(code).toBe(0);
    expect(written).toEqual(['a.tml', 'b.tml']);
    const output = await readFile(join(outDir, 'a.tml'), 'utf8');
    expect(output).toBe(
      input.replace(
        /<TEXT>[\s\S]*<\/TEXT>/,
        '<TEXT>\nBorder talks resumed on <TIMEX3 tid="t1" type="DATE" value="2025-12-22">Monday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> of fighting.\n</TEXT>',
      ),
    );
  });

  test('refuses a missing DCT and malformed XML with their file and line, exits 1 and writes nothing', async () => {
    const { code, err, written } = await run({ 'a.tml': doc('Talks on Monday.'), 'b.tml': doc('Talks on Monday.', ''), 'c.tml': doc('Talks <b>on Monday.') });
    expect(code).toBe(1);
    expect(written).toBeUndefined();
    expect(err).toEqual([
      'IN/b.tml:4:1  expected a <DCT> holding a TIMEX3 whose value is the creation day (YYYY-MM-DD) before <TEXT>, found none (the tagger resolves "yesterday" and "Friday" against that day) [timeml-dct]',
      'IN/c.tml:7:7  expected well-formed XML, found unexpected close tag [timeml-xml]',
      '',
      '2 problems in IN; nothing was written.',
    ]);
  });

  test('asks for both folders', async () => {
    const err: string[] = [];
    expect(await timex(['only-one'], { out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err[0]).toBe('expected IN_DIR and OUT_DIR, found 1 argument');
  });
});
