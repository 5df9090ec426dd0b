import { describe, expect, test } from 'vitest';
import { opensApart } from '../../../scripts/lib/extract/events/opensApart.ts';

describe('opensApart: a sentence that opens on another happening', () => {
  test.each([
    ['Separately, Borean drones struck a convoy near Halvane crossing, killing four.', true],
    ['In another incident, two Ondrian herders were shot dead at Kelvask Pass.', true],
    ['In a separate attack on Friday, Arlandese shells hit a school.', true],
    ['Elsewhere, Velmora reported heavy fire along the river.', true],
    ['The shelling went on separately from the talks, Arland said.', false],
    ['Another incident at Kelvask Pass left three soldiers wounded.', false],
    ['In the attack, six Borean soldiers were killed.', false],
  ])('%s → %s', (sentence, apart) => {
    expect(opensApart(sentence)).toBe(apart);
  });
});
