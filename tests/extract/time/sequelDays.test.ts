import { describe, expect, test } from 'vitest';
import { sequelOpening } from '../../../scripts/lib/extract/time/sequelDays.ts';

describe('sequelDays: how many days a sentence opening so lies from the day the story last named', () => {
  test.each([
    ['Three days later Borea recalled its envoy.', 3],
    ['A day later the Arlandese army pulled back.', 1],
    ['Two days earlier Arland had closed the Halvane crossing.', -2],
    ['The next day Borean guards fired on the Kelvask Pass.', 1],
    ['The following morning the guns fell silent.', 1],
    ['The previous evening Arland had warned Velmora.', -1],
    ['The day before, Arland had warned Velmora.', -1],
    ['About two hours later the minister confirmed it.', 0],
    ['"Then, a day later, the shelling resumed," he said.', undefined],
    ['And 12 days later the talks opened.', 12],
  ])('%s → %s', (text, days) => {
    expect(sequelOpening(text)?.days).toBe(days);
  });

  test.each([
    'A few days later the talks resumed.',
    'Borea recalled its envoy three days later.',
    'The day before the vote, Arland closed the border.',
    'The next round of talks is due in May.',
  ])('names no day from the one before: %s', (text) => {
    expect(sequelOpening(text)?.days).toBeUndefined();
  });

  test('gives where its opening words end, so that what follows them is read on its own', () => {
    const text = 'A day earlier, Arland had expelled two Borean diplomats.';
    const opening = sequelOpening(text)!;
    expect(opening.days).toBe(-1);
    expect(text.slice(opening.end)).toBe(', Arland had expelled two Borean diplomats.');
    expect(sequelOpening('Borea recalled its envoy three days later.')).toBeUndefined();
  });
});
