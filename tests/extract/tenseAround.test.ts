import { describe, expect, test } from 'vitest';
import { tenseAround } from '../../scripts/lib/extract/time/tenseAround.ts';

/** The direction read for the bracketed words of a sentence. */
const tense = (marked: string) => {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return tenseAround(marked.replace(/[[\]]/g, ''), { start, end });
};

describe('tenseAround', () => {
  test.each([
    ['Talks will resume on [Friday].', 'future'],
    ['Troops clashed on [Friday].', 'past'],
    ['The army said on [Monday] that talks would resume on Friday.', 'past'],
    ['The army said on Monday that talks would resume on [Friday].', 'future'],
    ['The offer was extended to [Nov. 16].', 'future'],
    ['Refugees must return home by [Jan. 14].', 'future'],
    ['Prices have fallen since [March].', 'past'],
    ['The dividend will be paid [Dec. 14].', 'future'],
    ['A ceasefire on [Monday].', 'neutral'],
  ])('%s reads as %s', (marked, expected) => {
    expect(tense(marked)).toBe(expected);
  });
});
