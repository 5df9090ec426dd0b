import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { isCountedFrom } from '../../../scripts/lib/extract/sentences/isCountedFrom.ts';
import { findOffsets } from '../../../scripts/lib/extract/time/findOffsets.ts';
import { invented } from '../../helpers/lexicon.ts';

describe('isCountedFrom: the happening an offset phrase counts from', () => {
  test('is the one told in the phrase\'s clause, not the news after it', () => {
    const text = 'A day after Borea suspended trade at the Halvane crossing, Arland expelled two Borean envoys.';
    const [offset] = findOffsets(text);
    const counted = analyseSentence({ start: 0, end: text.length, text }, 0, invented).triggers.map((t) => [t.text, isCountedFrom(t, offset!.end, text.indexOf(','))]);
    expect(counted).toEqual([['suspended trade', true], ['expelled', false]]);
  });
});
