import { describe, expect, test } from 'vitest';
import { splitPhrase } from '../../../scripts/lib/extract/happenings/compileHappenings.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';
import { tokenKeys } from '../../../scripts/lib/extract/happenings/tokenKeys.ts';
import { tokenPhrases } from '../../../scripts/lib/extract/happenings/tokenPhrases.ts';

const find = (phrases: [string, string][], text: string) => {
  const tokens = tagText(text);
  return tokenPhrases(phrases.map(([p, v]) => [splitPhrase(p), v] as const))
    .longest(tokens, tokenKeys(tokens))
    .map((m) => [text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end), m.values]);
};

describe('tokenPhrases', () => {
  test('matches inflected words by their dictionary form', () => {
    expect(find([['shell', 'shelling']], 'Rebels shelled the town.')).toEqual([['shelled', ['shelling']]]);
  });

  test('lets a gap stand for a few words, but not across punctuation', () => {
    expect(find([['take _ control', 'taken']], 'They took full control of the hill.')).toEqual([['took full control', ['taken']]]);
    expect(find([['take _ control', 'taken']], 'They took the hill; control passed.')).toEqual([]);
  });

  test('lets a gap span a quotation it holds whole, but not one it opens or closes', () => {
    expect(find([['drive _ out', 'regained']], 'Borean troops drove "hostile elements" out of Kelvask Pass.')).toEqual([['drove "hostile elements" out', ['regained']]]);
    expect(find([['drive _ out', 'regained']], 'Borean troops drove “hostile elements” out of Kelvask Pass.')).toEqual([['drove “hostile elements” out', ['regained']]]);
    expect(find([['freeze _ ties', 'frozen']], 'Arland said it would "fully freeze" ties with Ondria.')).toEqual([]);
  });

  test('lets a long gap (`__`) stand for a whole phrase, still not across punctuation', () => {
    const text = 'They gave the fighters dug in on the two hills above the pass three days to go.';
    expect(find([['give _ days to', 'limit']], text)).toEqual([]);
    expect(find([['give __ days to', 'limit']], text)).toEqual([['gave the fighters dug in on the two hills above the pass three days to', ['limit']]]);
    expect(find([['give __ days to', 'limit']], 'They gave the fighters, who hold the pass, three days to go.')).toEqual([]);
  });

  test('prefers the longest phrase and splits hyphenated words as the tagger does', () => {
    expect(find([['bomb', 'explosive'], ['car bomb', 'explosive'], ['suicide car bomb', 'suicide']], 'A suicide car bomb went off.')).toEqual([['suicide car bomb', ['suicide']]]);
    expect(find([['cease-fire', 'truce']], 'The cease-fire held.')).toEqual([['cease-fire', ['truce']]]);
  });

  test('gives a span every value listed for it', () => {
    expect(find([['seize', 'arrest'], ['seize', 'weapons']], 'Police seized rifles.')).toEqual([['seized', ['arrest', 'weapons']]]);
  });
});

describe('tokenPhrases reads a stretch of a token list as if it were the whole', () => {
  test('a stretch has the phrases that start in it and end by its end, whichever stretch was asked of first', () => {
    const tokens = tagText('Borea took full control of the Halvane crossing and Arland took control.');
    const keys = tokenKeys(tokens);
    const finder = () => tokenPhrases([[splitPhrase('take _ control'), 'taken']]);
    const spans = (ms: { start: number; end: number }[]) => ms.map((m) => [m.start, m.end]);
    const first = finder();
    const upTo = spans(first.all(tokens, keys, 0, 3));
    expect(upTo).toEqual([]);
    expect(spans(first.all(tokens, keys, 0, 4))).toEqual([[1, 4]]);
    expect(spans(first.all(tokens, keys))).toEqual(spans(finder().all(tokens, keys)));
    expect(spans(first.all(tokens, keys, 2))).toEqual([[10, 12]]);
  });
});
