import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

const phases = (text: string) => [...analyseSentence({ start: 0, end: text.length, text }, 0, compiled).about].map(([t, f]) => `${t.text}:${f.phase ?? '-'}`);

describe('phasesOf: what each phase word says of which happening', () => {
  test.each([
    ['A ceasefire took effect after clashes reignited.', ['ceasefire:begin', 'clashes:resume']],
    // A phase word is not said of what a subordinate clause after it tells.
    ['Officials fear that fighting could resume after troops clashed on Monday.', ['clashed:-']],
    ['The truce was agreed in talks on Monday.', ['truce:agree', 'talks:-']],
    ['Officials convened on Monday.', ['convened:begin']],
    // A list of names the structural reading takes for a new clause does not keep the phase word from its subject.
    ['A ceasefire brokered by the United Nations, Japan and France later collapsed.', ['ceasefire:collapse']],
    ['The talks planned for Monday were put off until Wednesday.', ['talks:postpone']],
    // A telling has no phase: the summit the sources tell of is what was put off.
    ['The fourth Arland summit that Velmora was to host in November has been put off, the Japanese foreign ministry said on Wednesday.', ['summit:postpone', 'said:-']],
    // A meeting cancelled, in either spelling, is put off as one called off is.
    ["Lena Ferrin cancelled a meeting with her Borean counterpart planned for Thursday.", ['meeting:postpone']],
    ["Lena Ferrin canceled a meeting with her Borean counterpart planned for Thursday.", ['meeting:postpone']],
    // The verb that makes a truce of the fighting it ends is spent on that: the truce does not end.
    ['The accord ends the exchanges of fire along the river.', ['accord:-', 'exchanges of fire:-']],
    ['The junta ended the truce on Friday.', ['truce:end']],
    // A participle that describes a noun ("the extended deadline") tells no news of the truce.
    ['Troops left on the extended deadline of the truce.', ['truce:-']],
    // Violence that broke out again resumes; a beginning said of it alone begins it.
    ['Fighting erupted again near the temple on Friday.', ['Fighting:resume']],
    ['Fighting erupted near the temple on Friday.', ['Fighting:begin']],
    // Clashes that ended of themselves are the fighting in its last phase ("Fighting ends"), not a truce.
    ['Clashes ended on Saturday.', ['Clashes:end']],
    // An accord read from hostilities ended is made, not ending: "ended years of deadlock".
    ['The visit ended ten years of military deadlock between the neighbours.', ['ended ten years of military deadlock:agree']],
    // "struck" agrees a deal, never a strike.
    ['Missiles struck the depot on Monday.', ['Missiles struck:-']],
    ['The two sides struck a deal on Monday.', ['deal:agree']],
  ])('"%s" → %j', (sentence, expected) => {
    expect(phases(sentence)).toEqual(expected);
  });
});
