import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

/** The happenings a timeline takes from a sentence, as `trigger:kind`, with `!` for those told as background. */
const taken = (text: string) =>
  analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers.map((t) => `${t.text}:${t.value}${t.happening.background ? '!' : ''}`);

describe('triggersOf: the happenings of a sentence a timeline takes', () => {
  test.each([
    ['Troops clashed near the pass.', ['clashed:fighting']],
    ['No clashes were reported near the pass.', []],
    ['Diplomats fear the fighting could resume.', []],
    ['Several ceasefires had failed within hours.', []],
    ['Clashes over the border are frequent.', []],
    ['He called for Sudan to stop bombing.', ['called for:statement']],
    ['Villagers fled after a battle with rockets and rifles.', ['fled:humanitarian', 'battle:fighting!']],
    ['Fighting has killed dozens and displaced hundreds of thousands.', ['Fighting:fighting']],
    ['They hoped to revive a months-old truce.', []],
    ['The truce, months-old now, held.', ['truce:ceasefire']],
  ])('"%s" → %j', (sentence, expected) => {
    expect(taken(sentence)).toEqual(expected);
  });

  test('a toll without its cause is fighting of no known type, a toll whose killer is named is that attack', () => {
    const [toll] = analyseSentence({ start: 0, end: 33, text: 'Two soldiers were killed on Sunday.' }, 0, compiled).triggers;
    expect([toll?.value, toll?.type]).toEqual(['fighting', undefined]);
    const text = 'Gunmen killed 26 tourists on Sunday.';
    const [attack] = analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers;
    expect([attack?.value, attack?.type]).toEqual(['civilians', 'attack-on-civilians']);
  });

  test('keeps a purpose as only possible: it dates nothing unless a date ahead is its own', () => {
    const text = 'Khartoum was using it to launch attacks.';
    const [purpose] = analyseSentence({ start: 0, end: text.length, text }, 0, compiled).triggers;
    expect([purpose?.value, purpose?.happening.modality]).toEqual(['fighting', 'possible']);
  });

  test('what a recap led to is of the recap', () => {
    expect(taken('Talks began after clashes reignited, leading to mass displacement.')).toEqual(['Talks:talks', 'clashes:fighting!', 'displacement:humanitarian!']);
  });
});
