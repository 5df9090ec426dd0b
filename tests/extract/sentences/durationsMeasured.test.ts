import { expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { durationsMeasured } from '../../../scripts/lib/extract/sentences/durationsMeasured.ts';
import { findTimeExpressions } from '../../../scripts/lib/extract/time/findTimeExpressions.ts';
import { invented } from '../../helpers/lexicon.ts';

/** What each duration of a sentence measures, read with the sentence's own triggers. Sentences of no real report. */
const measured = (text: string) => {
  const { triggers } = analyseSentence({ start: 0, end: text.length, text }, 0, invented);
  return durationsMeasured(text, findTimeExpressions(text).durations, triggers, invented).map((d) => [d.text, d.about]);
};

test('durationsMeasured reads the kind named after the length\'s "of"', () => {
  expect(measured('The truce came after five days of fighting in Ondria.')).toEqual([['five days', 'fighting']]);
});

test('durationsMeasured takes the nearest happening by words when the length names none', () => {
  expect(measured('Arland and Borea held talks for three days in Velmora.')).toEqual([['three days', 'talks']]);
});

test('durationsMeasured leaves a duration of a sentence with no happening unmeasured', () => {
  expect(measured('The road was closed for two days.').map(([, about]) => about)).toEqual([undefined]);
});
