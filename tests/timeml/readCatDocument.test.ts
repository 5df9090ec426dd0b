import { describe, expect, test } from 'vitest';
import { benchDocumentOfCat, scoredDocument } from '../../scripts/lib/timeml/benchDocument.ts';
import { readCatDocument } from '../../scripts/lib/timeml/readCatDocument.ts';

// A CAT XML document written for this test, in MEANTIME's shape: a headline, a dateline, a story.
const words = [['Talks', 0], ['resume', 0], ['March', 1], ['3', 1], [',', 1], ['2025', 1], ['Talks', 2], ['resumed', 2], ['yesterday', 2], ['.', 2]] as const;
const XML = `<?xml version="1.0" ?><Document doc_id="1" lang="en">
${words.map(([w, s], i) => `<token number="${i}" sentence="${s}" t_id="${i + 1}">${w}</token>`).join('\n')}
<Markables>
<TIMEX3 m_id="20" functionInDocument="CREATION_TIME" type="DATE" value="2025-03-03"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="21" functionInDocument="NONE" type="DATE" value="2025-03-02" anchorTimeID="20"><token_anchor t_id="9"/></TIMEX3>
<TIMEX3 m_id="22" functionInDocument="NONE" type="DATE" value="2025" anchorTimeID="20"/>
</Markables>
</Document>`;

describe('readCatDocument', () => {
  test('rebuilds the text a sentence a line, and reads the creation day and the markables by token', () => {
    const { document, problems } = readCatDocument('a.xml', XML);
    expect(problems).toEqual([]);
    expect(document!.text).toBe('Talks resume\nMarch 3, 2025\nTalks resumed yesterday.');
    expect(document!.dct).toBe('2025-03-03');
    expect(document!.timexes).toEqual([
      { first: 2, last: 5, type: 'DATE', value: '2025-03-03', creationTime: true },
      { first: 8, last: 8, type: 'DATE', value: '2025-03-02', creationTime: false },
    ]);
  });

  test('scores neither the dateline nor anything tagged in it', () => {
    const doc = benchDocumentOfCat('a.xml', readCatDocument('a.xml', XML).document!);
    const at = (w: string) => doc.text.indexOf(w);
    const scored = scoredDocument(doc, [
      { start: at('March'), end: at('2025') + 4, type: 'DATE', value: '2025-03-03' },
      { start: at('yesterday'), end: at('yesterday') + 9, type: 'DATE', value: '2025-03-02' },
    ]);
    expect(scored.gold.map((g) => g.text)).toEqual(['yesterday']);
    expect(scored.system.map((s) => s.text)).toEqual(['yesterday']);
  });

  test('names the fault of malformed XML', () => {
    expect(readCatDocument('a.xml', XML.replace('</Document>', '')).problems[0]).toMatchObject({ code: 'cat-xml', file: 'a.xml' });
  });
});
