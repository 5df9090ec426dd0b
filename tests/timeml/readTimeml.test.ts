import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problem.ts';
import { readTimeml } from '../../scripts/lib/timeml/readTimeml.ts';
import { writeTimeml } from '../../scripts/lib/timeml/writeTimeml.ts';

// A document written for these tests, in the shape of TempEval-3's input.
const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-12-24" functionInDocument="CREATION_TIME">24 December 2025</TIMEX3></DCT>
<TEXT>
Border <EVENT eid="e1" class="OCCURRENCE">talks</EVENT> began <TIMEX3 tid="t1" type="DATE" value="2025-12-22">on Monday</TIMEX3> &amp; ended <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
`;

describe('readTimeml', () => {
  test('reads the creation day, the plain text with entities decoded, and the annotated expressions', () => {
    const { document, problems } = readTimeml('a.tml', DOC);
    expect(problems).toEqual([]);
    expect(document!.dct).toBe('2025-12-24');
    expect(document!.text).toBe('\nBorder talks began on Monday & ended after two days.\n');
    expect(document!.timexes.map((t) => [document!.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['on Monday', 'DATE', '2025-12-22'],
      ['two days', 'DURATION', 'P2D'],
    ]);
  });

  test.each([
    ['malformed XML', DOC.replace('</TEXT>', '</TEXTX>'), 'a.tml:7:8  expected well-formed XML, found unexpected close tag [timeml-xml]'],
    ['a missing DCT', DOC.replace(/<DCT>.*<\/DCT>\n/, ''), 'a.tml:4:1  expected a <DCT> holding a TIMEX3 whose value is the creation day (YYYY-MM-DD) before <TEXT>, found none (the tagger resolves "yesterday" and "Friday" against that day) [timeml-dct]'],
    ['no TEXT', DOC.replace(/<TEXT>[\s\S]*<\/TEXT>\n/, ''), 'a.tml:1:1  expected one <TEXT> element, found 0 [timeml-text]'],
  ])('names the line and what was expected for %s', (_, xml, message) => {
    const { document, problems } = readTimeml('a.tml', xml);
    expect(document).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([message]);
  });
});

describe('writeTimeml', () => {
  test('replaces TEXT\'s annotation with the given expressions and keeps every other byte', () => {
    const { document } = readTimeml('a.tml', DOC);
    const at = (words: string) => document!.text.indexOf(words);
    const out = writeTimeml(document!, [
      { start: at('Monday'), end: at('Monday') + 6, type: 'DATE', value: '2025-12-22' },
      { start: at('two days'), end: at('two days') + 8, type: 'DURATION', value: 'P2D' },
    ]);
    expect(out).toBe(
      DOC.replace(
        /<TEXT>[\s\S]*<\/TEXT>/,
        '<TEXT>\nBorder talks began on <TIMEX3 tid="t1" type="DATE" value="2025-12-22">Monday</TIMEX3> &amp; ended after <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.\n</TEXT>',
      ),
    );
    expect(readTimeml('b.tml', out).document!.text).toBe(document!.text);
  });

  test('refuses overlapping expressions, a programmer error', () => {
    const { document } = readTimeml('a.tml', DOC);
    expect(() => writeTimeml(document!, [{ start: 1, end: 9, type: 'DATE', value: 'X' }, { start: 5, end: 12, type: 'DATE', value: 'Y' }])).toThrow(/overlapping/);
  });
});
