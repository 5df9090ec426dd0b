import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented sentences of Arland and Borea, in the shapes reports tell a side's own acts.
const claimedOf = (text: string, kind: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about].filter(([t]) => t.value === kind).map(([, f]) => f.claimed);

describe('toldOfOwnAct: a side telling of its own strike or capture makes it that side\'s claim', () => {
  test.each([
    ['Borea said on Monday that it was holding 40 Arlandese soldiers.', 'detention'],
    ['Arlandese warships near the island came under attack from Borean aircraft, the Borean army said on Sunday.', 'strike'],
    ['Arland said its aircraft bombed Borean positions near the Halvane crossing.', 'strike'],
  ])('%s → claimed', (text, kind) => {
    expect(claimedOf(text, kind)).toEqual([true]);
  });

  test.each([
    // The other side's act: an accusation, the act itself told as it happened.
    ['Borea said Arlandese aircraft bombed its positions near the Halvane crossing.', 'strike'],
    // A passive names the side as the target, not the doer.
    ['Arland said its border post was bombed on Monday.', 'strike'],
    // A coordinated verb the reading gave the teller as subject is the other side's act.
    ['Borea said Arlandese boats fired on its patrol and then seized them.', 'detention'],
    // A clash is both sides' doing: one side telling of it is no claim of its own.
    ['Arland said its troops fought Borean soldiers near the Halvane crossing.', 'fighting'],
  ])('%s → not claimed', (text, kind) => {
    expect(claimedOf(text, kind)).toEqual([false]);
  });
});
