import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

/** Each trigger of a sentence with its modality, if any, and the direction its dates point. */
const read = (text: string) => {
  const a = analyseSentence({ start: 0, end: text.length, text }, 0, compiled);
  return {
    triggers: a.triggers.map((t) => [t.text, t.happening.modality ?? 'asserted']),
    anchors: a.anchors.map((x) => [x.time.text, x.trigger.text, x.tense]),
  };
};

describe('assertedByModifiers: a noun its own modifier dates in the past took place', () => {
  test('a "would" of the verb that governs the noun does not make it planned', () => {
    expect(read('The ministers said on Monday they would respect the ceasefire agreed on Sunday.')).toEqual({
      triggers: [['ceasefire', 'asserted']],
      anchors: [['Sunday', 'ceasefire', 'past']],
    });
  });

  test('nor does a "could", which without the modifier keeps the truce a possibility', () => {
    expect(read('The army said it could honour the truce signed on 3 May.').anchors).toEqual([['3 May', 'truce', 'past']]);
    expect(read('The army said it could honour a truce.').triggers).toEqual([]);
  });
});
