import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { tellingDayBefore } from '../../../scripts/lib/extract/sentences/tellingDayBefore.ts';
import { invented } from '../../helpers/lexicon.ts';

/** Each sentence read alone, in order, as analyseArticle reads them. */
const read = (...texts: string[]) => texts.map((text, i) => analyseSentence({ start: 0, end: text.length, text }, i, invented));

describe('tellingDayBefore: the day a saying just before was told on', () => {
  test('the day of the last saying the two sentences before date, not a day they give a happening', () => {
    expect(tellingDayBefore(read('Kael Orvan said on Friday that the Halvane talks had failed.', 'Borean boats crossed the strait on Wednesday.'))?.text).toBe('Friday');
  });

  test('none when no saying of those sentences is dated, or the dated one lies further back', () => {
    expect(tellingDayBefore(read('Borean boats crossed the strait on Wednesday.'))).toBeUndefined();
    expect(tellingDayBefore(read('Kael Orvan said on Friday that the talks had failed.', 'Borean boats crossed the strait.', 'Velmora closed the Halvane crossing.'))).toBeUndefined();
  });
});
