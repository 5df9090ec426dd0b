import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, compiled);

describe('speechActsOf: what the words framing a told happening say besides it', () => {
  test('an announcement is a statement of its own, about what it announced', () => {
    const sentence = read('US President Donald Trump announced the ceasefire on social media.');
    const statement = [...sentence.about].find(([t]) => t.value === 'statement');
    expect(statement?.[1]).toMatchObject({ speaker: 'United States', says: 'announces', saysAbout: 'ceasefire' });
    expect(sentence.triggers.map((t) => t.value)).toEqual(['statement', 'ceasefire']);
  });

  test('an attack one party tells of another rests on its word, a report of its own side does not', () => {
    const claimed = (text: string) => [...read(text).about].filter(([t]) => t.value === 'fighting').map(([, f]) => f.claimed);
    expect(claimed('Cambodian officials said Thai troops fired on a checkpoint.')).toEqual([true]);
    expect(claimed('Thai officials said Thai troops fired on a checkpoint.')).toEqual([false]);
  });
});
