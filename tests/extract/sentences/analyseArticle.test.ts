import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const anchors = (body: string) =>
  analyseArticle(article('a.txt', body), invented).sentences.flatMap((s) =>
    s.anchors.map((a) => ({ date: a.time.text, kind: a.trigger.value, phase: a.phase, tense: a.tense, claimed: a.claimed, borrowed: a.borrowed })),
  );

describe('analyseArticle', () => {
  test('gives each date to the happening it belongs to', () => {
    expect(anchors('Officials convened for talks on Monday after border clashes reignited last week.')).toEqual([
      { date: 'Monday', kind: 'talks', phase: 'begin', tense: 'past', claimed: false, borrowed: false },
      { date: 'last week', kind: 'fighting', phase: 'resume', tense: 'past', claimed: false, borrowed: false },
    ]);
  });

  test('lends a sentence\'s date to none of what a relative clause before its news names its subject by', () => {
    // An invented wire lede: the rebels are named by the town they took before; only the truce is Tuesday's.
    const lede = anchors('The rebels who captured the town have declared a truce on Tuesday.');
    expect(lede.map((a) => a.kind)).toEqual(['ceasefire']);
    // Told as news in its own clause, the capture shares the day.
    expect(anchors('The rebels captured the town and declared a truce on Tuesday.').map((a) => a.kind).sort()).toEqual(['ceasefire', 'fighting']);
  });

  test('lends the date of a sentence sourced after it all to each act it tells, but not of one told by a speaker before them', () => {
    const borrowed = (body: string) => anchors(body).filter((a) => a.borrowed).map((a) => a.kind).sort();
    // Invented, in the shape of a wire report of a raid: the source comes last.
    expect(borrowed('On Monday, in the first raid, militants stormed an oil platform and blew up a patrol launch, according to shipping sources.')).toEqual(['fighting', 'strike']);
    // "Borea said Arlandese troops fired on the temple": told, the firing keeps to its own words.
    expect(borrowed('Troops clashed on Sunday, and Borea said Arlandese troops fired on the temple.')).toEqual([]);
  });

  test('counts a past-perfect "the day before" from the story\'s day, not from the day an aside before it named', () => {
    const dayBefore = (body: string) =>
      analyseArticle(article('a.txt', body), invented)
        .sentences.flatMap((s) => s.anchors)
        .find((a) => a.time.text === 'the day before')?.time.spec;
    // Invented: the aside "had lost two posts … on Sunday" is set before the story's Tuesday.
    expect(dayBefore('Borean jets struck the Kelvask Pass on Tuesday. The raid followed weeks of tension. Arland had lost two posts in clashes on Sunday. Ondria had appealed for restraint only the day before.')).toMatchObject({ type: 'weekday', weekday: 1 });
    // Told in the simple past, the sentence goes on from the last day named.
    expect(dayBefore('Borean jets struck the Kelvask Pass on Tuesday. Arland lost two posts in clashes on Sunday. Ondria appealed for restraint the day before.')).toMatchObject({ type: 'weekday', weekday: 6 });
    // With no aside between, the story's day is the last one named.
    expect(dayBefore('Borean jets struck the Kelvask Pass on Tuesday. Ondria had appealed for restraint only the day before.')).toMatchObject({ type: 'weekday', weekday: 1 });
  });

  test('reads the future from the words before the date', () => {
    expect(anchors('The UN Security Council will hold an emergency meeting on Saturday.')).toMatchObject([{ kind: 'talks', tense: 'future' }]);
    expect(anchors('Officials said talks were intended to prepare for a possible summit on Friday.')).toMatchObject([{ kind: 'talks', tense: 'future' }]);
  });

  test('does not take the day a statement was made for a happening', () => {
    expect(anchors('The army said on Monday that it would not retreat.')).toEqual([]);
    expect(anchors('A spokesman told reporters on Tuesday the truce held.')).toEqual([]);
  });

  test('marks a happening one side alleges as claimed', () => {
    expect(anchors('Borea accused Arlandese troops of firing artillery on Sunday.')).toMatchObject([{ kind: 'strike', claimed: true }]);
  });

  test.each([
    ['Artillery shells landed near the village on Sunday.', 'strike', 'shelling'],
    ['Drones carried out air strikes on the depot on Sunday.', 'strike', 'air-strike'],
    ['Troops clashed near the pass on Sunday.', 'fighting', 'armed-clash'],
    ['Two soldiers were killed near the pass on Sunday.', 'fighting', undefined],
    ['The two sides agreed a peace deal on Sunday.', 'ceasefire', 'peace-agreement'],
  ])('dates "%s" as the happening it reports, of kind %s and type %s (a toll as fighting of no known type)', (sentence, kind, type) => {
    const [anchor] = analyseArticle(article('a.txt', sentence), invented).sentences[0]!.anchors;
    expect([anchor?.trigger.value, anchor?.type]).toEqual([kind, type]);
  });

  test('lends a date to a happening told in another clause of the sentence', () => {
    expect(anchors('A truce brokered by Japan later collapsed, with clashes erupting again on March 3.')).toEqual([
      { date: 'March 3', kind: 'fighting', phase: 'resume', tense: 'neutral', claimed: false, borrowed: false },
      { date: 'March 3', kind: 'ceasefire', phase: 'collapse', tense: 'neutral', claimed: false, borrowed: true },
    ]);
  });

  test('gives a phase word to its subject: "the truce was agreed in talks" agrees the truce', () => {
    const [sentence] = analyseArticle(article('a.txt', 'The truce was agreed in talks in Velmora on Monday.'), invented).sentences;
    // The date is the talks'; the truce agreed in them shares the sentence's one date.
    expect(sentence!.anchors.map((a) => [a.trigger.value, a.phase, a.borrowed])).toEqual([
      ['talks', undefined, false],
      ['ceasefire', 'agree', true],
    ]);
  });

  test('finds nothing to date in a text without dates', () => {
    expect(anchors('Both sides traded accusations over the disputed temple.')).toEqual([]);
  });

  test('collects figures, durations with what they measure, actors, places and brokers', () => {
    const [sentence] = analyseArticle(
      article('a.txt', 'The truce, brokered by China, ended five days of fighting in Ondria that killed 20 people.'),
      invented,
    ).sentences;
    expect(sentence!.figures.map((f) => [f.measure, f.min])).toEqual([['killed', 20]]);
    expect(sentence!.durations.map((d) => [d.text, d.about])).toEqual([['five days', 'fighting']]);
    expect(sentence!.places.map((p) => p.name)).toEqual(['Ondria']);
    expect(sentence!.brokers).toEqual(['China']);
    expect(sentence!.actors).toEqual([]);
  });
});
