import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented sentences of Arland, Borea, Ondria and Velmora.
const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, invented);
const kindsOf = (text: string) => read(text).triggers.map((t) => t.value);

describe('chargedAct: the act a charge is made of is carried by the charge, no happening of its own', () => {
  test.each([
    ['Ondria accused Velmora on Monday of shelling two villages near the Kelvask Pass.'],
    ['The Borean envoy, accusing Arland of bombing the Halvane crossing, walked out of the meeting.'],
    ['Velmora blamed Ondria for the raid on its border post and said it would answer.'],
  ])('%s → the charge, not the act charged', (text) => {
    const kinds = kindsOf(text);
    expect(kinds).toContain('accusation');
    expect(kinds.filter((k) => k === 'strike' || k === 'fighting')).toEqual([]);
    expect(read(text).anchors.every((a) => a.trigger.value !== 'strike' && a.trigger.value !== 'fighting')).toBe(true);
  });

  test.each([
    // The act told as done, beside the charge, is news of its own.
    ['Borean artillery shelled two villages on Monday, and Arland accused Borea of breaking the truce.'],
  ])('%s → the act told as done stays', (text) => {
    expect(kindsOf(text).some((k) => k === 'strike' || k === 'fighting')).toBe(true);
  });

  test('an act charged that its words date keeps its day, and lends it to no charge', () => {
    const text = 'Ondria accused Velmora of shelling its border posts last week.';
    expect(kindsOf(text)).toContain('strike');
    expect(read(text).anchors.filter((a) => a.trigger.value === 'accusation')).toEqual([]);
  });
});
