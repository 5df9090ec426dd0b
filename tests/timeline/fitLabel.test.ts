import { describe, expect, test } from 'vitest';
import { fitLabel } from '../../src/client/timeline/fitLabel.ts';

/** Every character 6 px wide. */
const measure = (text: string) => text.length * 6;

describe('fitLabel', () => {
  test.each([
    ['keeps a title that fits whole', 'Border talks begin', 200, 'Border talks begin'],
    ['cuts after the last whole word that leaves room for an ellipsis', 'Border talks begin', 80, 'Border talks…'],
    ['cuts after the first word when only it fits', 'Border talks begin', 50, 'Border…'],
    ['gives nothing where not even the first word fits', 'Border talks begin', 30, ''],
    ['drops a comma or a dash left at the cut', 'Clashes, shelling and mines', 60, 'Clashes…'],
    ['never cuts a single long word', 'Ceasefire', 40, ''],
  ])('%s', (_, title, room, expected) => {
    expect(fitLabel(title, room, measure)).toBe(expected);
  });

  test('never returns text wider than its room', () => {
    const title = 'Meeting of Southeast Asian foreign ministers in Kuala Lumpur';
    for (let room = 0; room <= 400; room += 7) {
      const text = fitLabel(title, room, measure);
      expect(measure(text)).toBeLessThanOrEqual(room);
      // Whole words only: the text without its ellipsis is a start of the title at a word end.
      const kept = text.replace(/…$/, '');
      expect(title.startsWith(kept) && (kept === '' || kept === title || title[kept.length] === ' ' || /[,;:]/.test(title[kept.length]!))).toBe(true);
    }
  });
});

test('fitLabel cuts a Thai title only at the word ends it is given, never inside a word', () => {
  const title = 'การปะทะด้วยอาวุธระหว่างไทยและกัมพูชา';
  const breaks = [3, 7, 11, 16, 23, 27, 30];
  // One pixel a character: room for 18 characters.
  expect(fitLabel(title, 18, (t) => t.length, breaks)).toBe('การปะทะด้วยอาวุธ…');
  expect(fitLabel(title, 3, (t) => t.length, breaks)).toBe('');
});
