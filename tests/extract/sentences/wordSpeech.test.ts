import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { thirdPerson } from '../../../scripts/lib/extract/sentences/wordSpeech.ts';
import { invented } from '../../helpers/lexicon.ts';

const worded = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
    .filter(([t]) => t.value === 'statement' || t.value === 'accusation')
    .map(([, f]) => [f.says, f.saysAbout]);

describe('thirdPerson', () => {
  test.each([
    ['urge', 'urges'],
    ['deny', 'denies'],
    ['push', 'pushes'],
    ['call', 'calls'],
    ['have', 'has'],
  ])('%s → %s', (verb, expected) => {
    expect(thirdPerson(verb)).toBe(expected);
  });
});

describe('wordSpeech: how a title says what a speaker did', () => {
  test.each([
    ['Japan and France called for restraint.', [['call for', 'restraint']]],
    ['Arland urged both governments to halt hostilities.', [['urges', 'both governments to halt hostilities']]],
    // A hyphenated word the tagger splits stays whole: not "welcomes a fact-".
    ['The ministry welcomed a fact-finding mission.', [['welcomes', 'a fact-finding mission']]],
    // The "to" a trigger phrase ends on leads what the speaker demands: it stays in the title.
    ['The general staff gave the rebels 48 hours to stop the raids or face attack.', [['gives the rebels 48 hours', 'to stop the raids']]],
    ['The envoy pressed the two armies to pull back their heavy guns, diplomats said.', [['presses', 'the two armies to pull back their heavy guns']]],
    ['Borea accused Arland of shelling Borean positions with heavy artillery.', [['accuses', 'of shelling Borean positions with heavy artillery']]],
    ['Borea denies breaking the truce.', [['denies', 'breaking the truce']]],
    ['Ondria has offered to mediate between Arland and Borea over the pass.', [['offers', 'to mediate between Arland and Borea over the pass']]],
    ['The minister called the vote absurd.', [['calls', 'the vote absurd']]],
    ['The envoy called the raids an act of war.', [['calls', 'the raids an act of war']]],
    // A telling denied by naming it so is worded as named; a verb joined on says something else.
    ['The spokesman called the Borean account ridiculous.', [['calls', 'the Borean account ridiculous']]],
    ['The spokesman called the Borean account ridiculous and said Arland would answer.', [['calls', 'the Borean account ridiculous']]],
    // Whom a speaker calls on comes before what it urges them to do.
    ['The secretary-general has again called on the north to pull its soldiers back.', [['calls on', 'the north to pull its soldiers back']]],
    // The day said on is no part of what was said, nor is a day's "on" part of the verb.
    ['The secretary-general urged on Monday both sides to exercise restraint.', [['urges', 'both sides to exercise restraint']]],
    ['The secretary-general called on Tuesday for maximum restraint.', [['calls', 'for maximum restraint']]],
    ['The secretary-general urged this morning both sides to exercise restraint.', [['urges', 'both sides to exercise restraint']]],
    // What was announced before the verb, and no day after it.
    ['The two sides have agreed to a truce, the prime minister announced on Wednesday.', [['announces', 'truce']]],
    // Concern over nothing the words name: no "over" in the title.
    ['The ministry said it was deeply concerned and urged both sides to show restraint.', [['voices concern', undefined], ['urges', 'both sides to show restraint']]],
    // A statement named by its noun is issued.
    ['The two governments confirmed the terms in a joint statement.', [['issues', 'joint statement']]],
    ['The United States, the European Union and the UN all condemned the raid.', [['condemn', 'the raid']]],
    // A proposal answered is worded by the answer, and is the answerer's.
    ['Arland rejected a Borean proposal for talks in the capital.', [['rejects', 'a Borean proposal']]],
    ['Borea welcomed the proposal.', [['welcomes', 'the proposal']]],
    ['China said it was deeply concerned about the clashes on the border.', [['voices concern', 'over the clashes on the border']]],
    ['The ministry said it was extremely concerned about the shelling.', [['voices concern', 'over the shelling']]],
    // Whom it called on is the addressee, which the title names once: "calls on Arland and Borea to show restraint".
    ['The Security Council called on Arland and Borea to show restraint.', [['calls on', 'to show restraint']]],
    // A long object is cut before "between", not in the middle of the names it joins.
    ['The envoy said he was alarmed by the fighting between Arland and Borea.', [['voices concern', 'over the fighting']]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(worded(sentence)).toEqual(expected);
  });
});

describe('wordSpeech: whom it was said to, and when, are no part of what was said', () => {
  const said = (text: string) =>
    [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
      .filter(([t]) => t.value === 'statement' || t.value === 'accusation')
      .map(([, f]) => [f.says, f.saysAbout]);
  test.each([
    // A day after whom it was said to (the title names whom apart, as the addressee).
    ['Borea urged Arland on Tuesday to hand back the Vel Amar temple.', [['urges', 'to hand back the Vel Amar temple']]],
    ['Borea warned Arland on Tuesday against any move on the Kelvask Pass.', [['warns', 'against any move']]],
    // The outlet told is the channel: what was said follows "that".
    ["Arland's president told the BBC on Tuesday that the pass belonged to Arland.", [['says', 'the pass belonged to Arland']]],
  ])('%s', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
