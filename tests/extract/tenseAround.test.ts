import { describe, expect, test } from 'vitest';
import { tenseAround } from '../../scripts/lib/extract/time/tenseAround.ts';

/** The direction read for the bracketed words of a sentence. */
const tense = (marked: string) => {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return tenseAround(marked.replace(/[[\]]/g, ''), { start, end });
};

describe('tenseAround', () => {
  test.each([
    ['Talks will resume on [Friday].', 'future'],
    ['Troops clashed on [Friday].', 'past'],
    ['The army said on [Monday] that talks would resume on Friday.', 'past'],
    ['The army said on Monday that talks would resume on [Friday].', 'future'],
    ['The offer was extended to [Nov. 16].', 'future'],
    ['Refugees must return home by [Jan. 14].', 'future'],
    ['Prices have fallen since [March].', 'past'],
    ['The dividend will be paid [Dec. 14].', 'future'],
    ['A ceasefire on [Monday].', 'neutral'],
    // "is to open": what is arranged lies ahead, however many words stand between.
    ['Under the accord, signed on Tuesday, traders and travellers alike are to use the Halvane crossing freely from [May 14].', 'future'],
    // A plan made in the past looks ahead of the report, unless the day is the planning's (no cue:
    // neutral, which a weekday reads as the past).
    ['Villagers planned a march to the border on [Saturday].', 'future'],
    ['The delegation planned to leave the capital on [Thursday].', 'future'],
    ['Protesters were planning to block the road on [Monday].', 'future'],
    ['On [Friday], the ministry planned to pay the first claims.', 'neutral'],
    // What lay ahead in a past perfect has passed; a date further off than a week is not moved.
    ['Both sides had withdrawn their troops by [Wednesday].', 'past'],
    ['The truce had been due to expire on [Friday] evening.', 'past'],
    ['The offer had been set to expire [Nov. 6].', 'future'],
    ['Shelling has eased since the middle of [October].', 'past'],
    ['Prices have come down from the middle of [October].', 'past'],
    // A modal governs its clause however far back it stands; one before a saying speaks for the saying.
    ['Arlandese employers would not be allowed to hire new Borean staff from [Jan. 1].', 'future'],
    ['Borean firms will face limits on working in Ondria and on hiring any staff from [March 3].', 'future'],
    ['The offer would end, the ministry said in a long statement on [Friday].', 'neutral'],
    // So does a plan told in the present, the day its last words.
    ['Borea intends to close its whole frontier with Arland from [Thursday] night, citing the drills.', 'future'],
    ['Arland plans to shut the Halvane crossing and both ferry ports to all traffic from [Monday].', 'future'],
    // A weekday something is set for lies ahead of the setting; an owned one ("Friday's attack") does not.
    ['The Velmora council called a special sitting for [Wednesday], at which the minister was to report.', 'future'],
    ['Arland blamed Borea for [Wednesday]\'s attack on the pass.', 'past'],
    ['The council had called a sitting for [Wednesday], but it never met.', 'past'],
    // A plan called off in its sentence may have been due on either side of the report: its clause's
    // past tense decides, not "for".
    ['A rally planned in Velmora for [Saturday] was cancelled after the shelling.', 'past'],
    ['The Velmora council called a special sitting for [Wednesday], which was later called off.', 'past'],
  ])('%s reads as %s', (marked, expected) => {
    expect(tense(marked)).toBe(expected);
  });
});
