import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented sentences in the shapes of wire reports of border incidents; parties Arland and Borea.
const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, invented);
const kinds = (text: string) => read(text).triggers.filter((t) => t.value === 'statement' || t.value === 'accusation').map((t) => t.value);
const titled = (text: string) => [...read(text).about].filter(([t]) => t.value === 'accusation').map(([, f]) => `${f.says} ${f.saysAbout ?? ''}`.trim());

describe('judgedAsBlame: a saying that judges an act by a word of blame accuses its doer', () => {
  test.each([
    'Arland on Tuesday called the shelling of Ondria an act of aggression by Borea.',
    "Arland's prime minister on Tuesday called the Borean attack an act of war.",
    'Arland on Tuesday called the killings by Borean troops murder.',
    "Borea's army on Tuesday called the drone flight a serious Arlandese provocation.",
    "Arland condemned in the strongest terms on Tuesday what it called Borea's aggression against Ondria.",
  ])('"%s" is an accusation', (text) => {
    expect(kinds(text)).toEqual(['accusation']);
  });

  test.each([
    // No party named: whose act it was is left unsaid.
    'The prime minister on Tuesday called the attack an act of war.',
    // Fault found, no hostile act charged.
    "Arland on Tuesday called Borea's vote illegal and invalid.",
    // A bombing's condemnation names no side.
    'Arland on Tuesday condemned what it called a cowardly attack.',
  ])('"%s" stays a statement', (text) => {
    expect(kinds(text)).toEqual(['statement']);
  });

  test('a naming in passing inside another act, a meeting called, accuses no one and states nothing', () => {
    // Calling people to a meeting convenes it (happenings.yaml); the naming inside is no saying of its own.
    expect(kinds('Arland on Tuesday called his security officials to a meeting to discuss what it called the latest provocation.')).toEqual([]);
  });

  test('a participle that opens the sentence gives the reason of the act it frames, no accusation', () => {
    expect(kinds("Calling the blasts a deliberate provocation, Arland's army restarted its loudspeakers on Tuesday.")).toEqual(['statement']);
  });

  test('the title words the charge by its judgement, the speaker\'s name for the act kept as theirs', () => {
    expect(titled('Arland on Tuesday called the killings by Borean troops murder.')).toEqual(['calls the killings by Borean troops murder']);
    expect(titled("Arland condemned on Tuesday what it called Borea's aggression against Ondria.")).toEqual(["condemns what it calls Borea's aggression against Ondria"]);
  });
});
