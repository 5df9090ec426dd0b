import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled, invented } from '../../helpers/lexicon.ts';

const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, compiled);

describe('speechActsOf: what the words framing a told happening say besides it', () => {
  test('an announcement is a statement of its own, about what it announced', () => {
    const sentence = read('US President Donald Trump announced the ceasefire on social media.');
    const statement = [...sentence.about].find(([t]) => t.value === 'statement');
    expect(statement?.[1]).toMatchObject({ speaker: 'United States', says: 'announces', saysAbout: 'ceasefire' });
    expect(sentence.triggers.map((t) => t.value)).toEqual(['statement', 'ceasefire']);
  });

  test('a party announcing its own diplomatic step takes the step; a third party announcing a truce makes a statement', () => {
    expect(read('The Thai foreign ministry announced on Saturday that it was recalling its ambassador.').triggers.map((t) => t.value)).toEqual(['diplomacy']);
    expect(read('US President Donald Trump announced the ceasefire on social media.').triggers.map((t) => t.value)).toEqual(['statement', 'ceasefire']);
  });

  test('an attack one party tells of another is reported as it happened, its telling an accusation of its own', () => {
    const claimed = (text: string) => [...read(text).about].filter(([t]) => t.value === 'fighting').map(([, f]) => f.claimed);
    const kinds = (text: string) => read(text).triggers.map((t) => t.value);
    expect(claimed('Cambodian officials said Thai troops fired on a checkpoint.')).toEqual([false]);
    expect(kinds('Cambodian officials said Thai troops fired on a checkpoint.')).toEqual(['accusation', 'fighting']);
    expect(claimed('Thai officials said Thai troops fired on a checkpoint.')).toEqual([false]);
    // Said as a claim, it stays one.
    expect(claimed('Cambodian officials claimed Thai troops fired on a checkpoint.')).toEqual([true]);
  });

  test('acts told as bare nouns after the doer the told words name are charges too; named as known, they are not', () => {
    const accusation = (text: string) =>
      [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.addressee);
    expect(accusation('Borea said Arlandese troops had begun the fighting with night raids on its outposts.')).toEqual(['Arland']);
    expect(accusation('Borea said the shelling had stopped.')).toEqual([]);
  });

  test('a body that tells of a named side\'s forces and others attacking is accusing that side, though the doer read is the others', () => {
    // Invented, in the shape of a wire report of a border ambush: "militias" is the doer the roles
    // give; "Thai troops" before it is whom the army accuses.
    const accusation = (text: string) => [...read(text).about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.addressee);
    expect(accusation('The army said on Wednesday that Thai troops and militias had attacked the unit on Tuesday evening.')).toEqual(['Thailand']);
    // Gunmen no gazetteer knows, joined to nobody named: no side to accuse.
    expect(accusation('The army said on Wednesday that gunmen and militias had attacked the unit on Tuesday evening.')).toEqual([]);
  });

  test('forces one party tells the other moved up or in are that party\'s accusation too', () => {
    const kinds = (text: string) => read(text).triggers.map((t) => t.value);
    expect(kinds('Cambodian officials said Thai troops were moving tanks up to the border.')).toContain('accusation');
    // Its own forces moved are no accusation.
    expect(kinds('Thai officials said Thai troops were moving tanks up to the border.')).not.toContain('accusation');
  });

  test('a person the gazetteer does not know speaks for the party named with their title, of the party the told words name before the act', () => {
    // Invented, in the shape of a ministry's statement; "predawn" is no doer.
    const body = "In a statement from his office, Cambodia's Minister of Information, Sok Dara, said the armed forces of Thailand had launched a predawn offensive on its troops.";
    const accusation = [...read(body).about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.addressee);
    expect(accusation).toEqual(['Thailand']);
    // With no title before the name, the person is no party's voice.
    expect([...read('Sok Dara said the armed forces of Thailand had launched a predawn offensive.').about].filter(([t]) => t.value === 'accusation')).toEqual([]);
  });

  test('an accusation of starting a clash makes who began it one side\'s word, not the clash', () => {
    const claimed = (text: string) => [...read(text).about].filter(([t]) => t.value === 'fighting').map(([, f]) => f.claimed);
    expect(claimed('Thailand and Cambodia accused each other of starting the clash, which killed 12 people on Thursday.')).toEqual([false]);
    expect(claimed('Thailand accused Cambodia of provoking the clash.')).toEqual([false]);
    expect(claimed('Thailand accused Cambodia of attacking a checkpoint.')).toEqual([true]);
  });

  test('an attack reported first and sourced after is reported as it happened, on the source named', () => {
    const claimed = (text: string) => [...read(text).about].filter(([t]) => t.value === 'fighting').map(([, f]) => f.claimed);
    expect(claimed('Thai troops fired on a checkpoint on Monday, Cambodian officials said.')).toEqual([false]);
  });

  /** Each statement or accusation of a sentence: its kind, who spoke, to whom, and how a title says it. */
  const said = (text: string) =>
    [...read(text).about].filter(([t]) => t.value === 'statement' || t.value === 'accusation').map(([t, f]) => [t.value, f.speaker, f.addressee, f.says, f.saysAbout]);

  test.each([
    // What a speaker tells the press of what had been done before is a comment: their statement.
    ['On Monday, General Anan Sukprasert told reporters that the two armies had agreed on a truce the week before.', [['statement', 'General Anan Sukprasert', undefined, 'says', 'the two armies had agreed']]],
    // Of what the other side had done, an accusation of it.
    ['On Monday, the Thai army\'s spokesman told reporters that Cambodian troops had broken the truce with firing across the border.', [['accusation', 'Thailand', 'Cambodia', 'accuses', 'of breaking the truce']]],
    // News told to the press is the news, not a statement about it.
    ['A Thai general told reporters that Cambodian troops fired on a checkpoint on Monday.', []],
    // Said to someone who is not the press, it is no statement to the press.
    ['The general told his officers that the truce had held.', []],
    // Telling of the other side's attack is accusing it, whatever the verb of telling.
    ['Cambodian officials said Thai troops fired on a checkpoint.', [['accusation', 'Cambodia', 'Thailand', 'accuses', 'of firing on']]],
    ['Cambodian officials said on Monday that Thai troops had shelled two villages.', [['accusation', 'Cambodia', 'Thailand', 'accuses', 'of shelling']]],
    ['The Cambodian army said its soldiers died in an attack by Thai troops.', [['accusation', 'Cambodia', 'Thailand', 'accuses', 'of attack']]],
    // An act reported first and sourced after ("…, officials said") is the news on their word, no charge of its own.
    ['Thai troops fired on a checkpoint, Cambodian officials said, and two soldiers were wounded.', []],
    ['Thai troops fired on a checkpoint on Monday, Cambodian officials said.', []],
    // Its own side's act, a running toll, a known happening, a condition or a source accuse nobody.
    ['Thai officials said Thai troops fired on a checkpoint.', []],
    ['Cambodian officials said Thai shelling has killed 40 people since July.', []],
    ['Cambodian officials said the Thai strikes on Monday killed three civilians.', []],
    ['According to Cambodian officials, Thai troops fired on a checkpoint.', []],
    // Telling of an attack by a group tied to the other side, or of soldiers the other side took, accuses it.
    ['The Thai army said Cambodian troops captured three of its soldiers.', [['accusation', 'Thailand', 'Cambodia', 'accuses', 'of capturing']]],
    // Letting captives go is no charge.
    ['The Thai army said Cambodian troops released three soldiers.', []],
  ])('"%s" → %j', (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  test('telling of an attack by a group tied to the other side accuses the teller\'s enemy (tiedParty)', () => {
    const kinds = (text: string) => said(text).map(([kind, speaker]) => [kind, speaker]);
    expect(kinds('The Thai army said two of its soldiers died in an attack by gunmen tied to the Cambodian army.')).toEqual([['accusation', 'Thailand']]);
    expect(kinds('The Thai army said two of its soldiers died in an attack by gunmen tied to the Thai army.')).toEqual([]);
  });

  test('a condition accuses nobody: what a party says it will do is its statement (sayingsOf)', () => {
    expect(said('Cambodia said it would hold talks if Thai troops stopped firing.').map(([kind, speaker]) => [kind, speaker])).toEqual([['statement', 'Cambodia']]);
  });
});
