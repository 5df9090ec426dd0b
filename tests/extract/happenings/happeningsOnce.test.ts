import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { happeningsOnce } from '../../../scripts/lib/extract/happenings/happeningsOnce.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';
import { rules } from '../../helpers/lexicon.ts';

describe('happeningsOnce reads a repeated text once', () => {
  const text = 'Borean troops shelled the Halvane crossing on Monday, and Arland recalled its ambassador.';

  test('a text met again gets what findHappenings reads of it', () => {
    const read = happeningsOnce();
    const tokens = tagText(text, rules.verbOnly);
    const first = read(text, rules, tokens);
    expect(first).toEqual(findHappenings(text, rules, tokens));
    expect(read(text, rules, tokens)).toEqual(first);
  });

  test('no two readings share a happening, so changing one leaves the others alone', () => {
    const read = happeningsOnce();
    const tokens = tagText(text, rules.verbOnly);
    const [first, second, third] = [read(text, rules, tokens), read(text, rules, tokens), read(text, rules, tokens)];
    expect(second[0]).not.toBe(first[0]);
    expect(third[0]).not.toBe(second[0]);
    first[0]!.trigger.text = 'changed';
    expect(read(text, rules, tokens)[0]!.trigger.text).not.toBe('changed');
  });
});
