import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

/** The statements a sentence makes of what someone said, with who said it and how a title says it. */
const sayings = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, compiled).about]
    .filter(([t]) => t.happening.rule === 'saying')
    .map(([, f]) => [f.speaker, f.says, f.saysAbout]);

// Sentences written for these tests, of no real report.
describe('sayingsOf: what a sentence tells as someone\'s words on a day it gives', () => {
  test.each([
    ['The Thai prime minister said on Wednesday night that relations had reached a turning point.', [['Thailand', 'says', 'relations had reached a turning point']]],
    ['Relations had reached a low, the Cambodian foreign minister said on Monday.', [['Cambodia', 'says', 'Relations had reached a low']]],
    ['On Sunday, Cambodia\'s defence minister told reporters the border was calm.', [['Cambodia', 'says', 'the border was calm']]],
    // A person by title and name speaks for themselves.
    ['Interior Minister Anan Sukprasert said on Friday that the patrols were routine.', [['Interior Minister Anan Sukprasert', 'says', 'the patrols were routine']]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(sayings(sentence)).toEqual(expected);
  });

  test.each([
    // No day: an article's sources speak in most of its sentences.
    'The Thai prime minister said relations had reached a turning point.',
    // A happening told as fact is the news, not a statement about it.
    'The Thai army said on Monday that Cambodian troops shelled a village.',
    // Nobody the reader can name.
    'An analyst said on Monday that relations had reached a turning point.',
    // A quotation, and what was not said.
    '"Relations have reached a low," the Thai prime minister said on Monday.',
    'Thailand has not said on any day that the patrols were routine.',
    // Hearsay is nobody's statement.
    'The two sides are said on good authority to have met.',
    // Told that nothing happened, a sentence reports a quiet day, not a statement.
    'The night passed without clashes, Thai officials said on Sunday.',
    'There was no shelling near the temple, the Cambodian army said on Monday.',
    'The evening went by without incident, Thai border officials said on Tuesday.',
    'Cambodia\'s defence minister said on Friday there had been no further incidents.',
  ])('"%s" makes no statement', (sentence) => {
    expect(sayings(sentence)).toEqual([]);
  });
});
