import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, invented);

describe('speechActsOf: what the words framing a told happening say besides it', () => {
  test('an announcement is a statement of its own, about what it announced', () => {
    const sentence = read('US President Jane Roe announced the ceasefire on social media.');
    const statement = [...sentence.about].find(([t]) => t.value === 'statement');
    expect(statement?.[1]).toMatchObject({ speaker: 'United States', says: 'announces', saysAbout: 'ceasefire' });
    expect(sentence.triggers.map((t) => t.value)).toEqual(['statement', 'ceasefire']);
  });

  test('an announcement in a clause that sets the time of the news is the point it is counted from, no statement', () => {
    expect(read('Relations have soured since Borea announced last week that it would send troops to the pass.').triggers.map((t) => t.value)).not.toContain('statement');
    expect(read('Borea announced last week that it would send troops to the pass.').triggers.map((t) => t.value)).toContain('statement');
  });

  test('a party announcing its own diplomatic step takes the step; a third party announcing a truce makes a statement', () => {
    expect(read('The Arlandese foreign ministry announced on Saturday that it was recalling its ambassador.').triggers.map((t) => t.value)).toEqual(['diplomacy']);
    expect(read('US President Jane Roe announced the ceasefire on social media.').triggers.map((t) => t.value)).toEqual(['statement', 'ceasefire']);
  });

  test('an attack one party tells of another is reported as it happened, its telling an accusation of its own', () => {
    const claimed = (text: string) => [...read(text).about].filter(([t]) => t.value === 'fighting').map(([, f]) => f.claimed);
    const kinds = (text: string) => read(text).triggers.map((t) => t.value);
    expect(claimed('Borean officials said Arlandese troops fired on a checkpoint.')).toEqual([false]);
    expect(kinds('Borean officials said Arlandese troops fired on a checkpoint.')).toEqual(['accusation', 'fighting']);
    expect(claimed('Arlandese officials said Arlandese troops fired on a checkpoint.')).toEqual([false]);
    // Said as a claim, it stays one.
    expect(claimed('Borean officials claimed Arlandese troops fired on a checkpoint.')).toEqual([true]);
  });

  test('a hostile act a party tells of its foe, named only as "the enemy", "the other side" or its half of the land, is its charge', () => {
    const kinds = (text: string) => read(text).triggers.map((t) => t.value);
    expect(kinds('The Borean army said the enemy shelled its posts near Kelvask Pass.')).toEqual(['accusation', 'strike']);
    expect(kinds('Arlandese officials said the other side fired on a patrol near the border.')).toEqual(['accusation', 'fighting']);
    expect(kinds('The Arlandese government said the south bombed two of its villages.')).toEqual(['accusation', 'strike']);
    // Told by no party named, it is no one's charge.
    expect(kinds('Witnesses said the enemy shelled the posts near Kelvask Pass.')).not.toContain('accusation');
  });

  test('forces of the other side told as pulled back are no charge against it: the telling is a statement', () => {
    const kinds = (text: string) => read(text).triggers.map((t) => t.value);
    expect(kinds('Less than an hour later Velmora announced that Arlandese forces had withdrawn.')).toEqual(['statement', 'measure']);
    expect(kinds('Borean officials said Arlandese troops had pulled back from the pass.')).not.toContain('accusation');
    // Forces told as moving in are still charged.
    expect(kinds('Borean officials said Arlandese troops crossed into Ondria.')).toEqual(['accusation', 'measure']);
  });

  test('acts told as bare nouns after the doer the told words name are charges too; named as known, they are not', () => {
    const accusation = (text: string) =>
      [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.addressee);
    expect(accusation('Borea said Arlandese troops had begun the fighting with night raids on its outposts.')).toEqual(['Arland']);
    expect(accusation('Borea said the shelling had stopped.')).toEqual([]);
  });

  test('an act that only describes an attack the words named as known tells it again, no charge of the day', () => {
    const accusation = (text: string) => [...read(text).about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.addressee);
    expect(accusation('Arlandese officials confirmed on Friday that Ondria had carried out a raid against Borea in answer to the barrage of rockets Borea fired at Ondria on Monday.')).toEqual([]);
    // An act after a phrase of its own ("with …") is told as new.
    expect(accusation('Borea said Arlandese troops had begun the fighting with night raids on its outposts.')).toEqual(['Arland']);
  });

  test('a body that tells of a named side\'s forces and others attacking is accusing that side, though the doer read is the others', () => {
    // Invented, in the shape of a wire report of a border ambush: "militias" is the doer the roles
    // give; "Arlandese troops" before it is whom the army accuses.
    const accusation = (text: string) => [...read(text).about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.addressee);
    expect(accusation('The army said on Wednesday that Arlandese troops and militias had attacked the unit on Tuesday evening.')).toEqual(['Arland']);
    // Gunmen no gazetteer knows, joined to nobody named: no side to accuse.
    expect(accusation('The army said on Wednesday that gunmen and militias had attacked the unit on Tuesday evening.')).toEqual([]);
  });

  test('a side telling of what its own forces did with another\'s accuses neither', () => {
    const accusation = (text: string) => [...read(text).about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.addressee);
    expect(accusation('The Borean army, in a statement carried by the state agency, said Borean and Ondrian troops had attacked the post.')).toEqual([]);
    // The other side joined with a third is still accused.
    expect(accusation('The Borean army said Arlandese and Ondrian troops had attacked the post.')).toEqual(['Arland']);
  });

  test('forces one party tells the other moved up or in are that party\'s accusation too', () => {
    const kinds = (text: string) => read(text).triggers.map((t) => t.value);
    expect(kinds('Borean officials said Arlandese troops were moving tanks up to the border.')).toContain('accusation');
    // Its own forces moved are no accusation.
    expect(kinds('Arlandese officials said Arlandese troops were moving tanks up to the border.')).not.toContain('accusation');
  });

  test('a person the gazetteer does not know speaks for the party named with their title, of the party the told words name before the act', () => {
    // Invented, in the shape of a ministry's statement; "predawn" is no doer.
    const body = "In a statement from his office, Borea's Minister of Information, Sok Dara, said the armed forces of Arland had launched a predawn offensive on its troops.";
    const accusation = [...read(body).about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.addressee);
    expect(accusation).toEqual(['Arland']);
    // With no title before the name, the person is no party's voice.
    expect([...read('Sok Dara said the armed forces of Arland had launched a predawn offensive.').about].filter(([t]) => t.value === 'accusation')).toEqual([]);
  });

  test('an accusation of starting a clash makes who began it one side\'s word, not the clash', () => {
    const claimed = (text: string) => [...read(text).about].filter(([t]) => t.value === 'fighting').map(([, f]) => f.claimed);
    expect(claimed('Arland and Borea accused each other of starting the clash, which killed 12 people on Thursday.')).toEqual([false]);
    expect(claimed('Arland accused Borea of provoking the clash.')).toEqual([false]);
    expect(claimed('Arland accused Borea of attacking a checkpoint.')).toEqual([true]);
  });

  test('an attack reported first and sourced after is reported as it happened, on the source named', () => {
    const claimed = (text: string) => [...read(text).about].filter(([t]) => t.value === 'fighting').map(([, f]) => f.claimed);
    expect(claimed('Arlandese troops fired on a checkpoint on Monday, Borean officials said.')).toEqual([false]);
  });

  /** Each statement or accusation of a sentence: its kind, who spoke, to whom, and how a title says it. */
  const said = (text: string) =>
    [...read(text).about].filter(([t]) => t.value === 'statement' || t.value === 'accusation').map(([t, f]) => [t.value, f.speaker, f.addressee, f.says, f.saysAbout]);

  test.each([
    // What a speaker tells the press of what had been done before is a comment: their statement.
    ['On Monday, General Anan Sukprasert told reporters that the two armies had agreed on a truce the week before.', [['statement', 'General Anan Sukprasert', undefined, 'says', 'the two armies agreed']]],
    // Of what the other side had done, an accusation of it.
    ['On Monday, the Arlandese army\'s spokesman told reporters that Borean troops had broken the truce with firing across the border.', [['accusation', 'Arland', 'Borea', 'accuses', 'of breaking the truce']]],
    // News told to the press is the news, not a statement about it.
    ['A Arlandese general told reporters that Borean troops fired on a checkpoint on Monday.', []],
    // Said to someone who is not the press, it is no statement to the press.
    ['The general told his officers that the truce had held.', []],
    // Telling of the other side's attack is accusing it, whatever the verb of telling.
    ['Borean officials said Arlandese troops fired on a checkpoint.', [['accusation', 'Borea', 'Arland', 'accuses', 'of firing on']]],
    ['Borean officials said on Monday that Arlandese troops had shelled two villages.', [['accusation', 'Borea', 'Arland', 'accuses', 'of shelling']]],
    ['The Borean army said its soldiers died in an attack by Arlandese troops.', [['accusation', 'Borea', 'Arland', 'accuses', 'of attack']]],
    // An act reported first and sourced after ("…, officials said") is the news on their word, no charge of its own.
    ['Arlandese troops fired on a checkpoint, Borean officials said, and two soldiers were wounded.', []],
    ['Arlandese troops fired on a checkpoint on Monday, Borean officials said.', []],
    // Its own side's act, a running toll, a known happening, a condition or a source accuse nobody.
    ['Arlandese officials said Arlandese troops fired on a checkpoint.', []],
    ['Borean officials said Arlandese shelling has killed 40 people since July.', []],
    ['Borean officials said the Arlandese strikes on Monday killed three civilians.', []],
    ['According to Borean officials, Arlandese troops fired on a checkpoint.', []],
    // Telling of an attack by a group tied to the other side, or of soldiers the other side took, accuses it.
    ['The Arlandese army said Borean troops captured three of its soldiers.', [['accusation', 'Arland', 'Borea', 'accuses', 'of capturing']]],
    // Letting captives go is no charge.
    ['The Arlandese army said Borean troops released three soldiers.', []],
  ])('"%s" → %j', (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  test('telling of an attack by a group tied to the other side accuses the teller\'s enemy (tiedParty)', () => {
    const kinds = (text: string) => said(text).map(([kind, speaker]) => [kind, speaker]);
    expect(kinds('The Arlandese army said two of its soldiers died in an attack by gunmen tied to the Borean army.')).toEqual([['accusation', 'Arland']]);
    expect(kinds('The Arlandese army said two of its soldiers died in an attack by gunmen tied to the Arlandese army.')).toEqual([]);
  });

  test('a condition accuses nobody: what a party says it will do is its statement (sayingsOf)', () => {
    expect(said('Borea said it would hold talks if Arlandese troops stopped firing.').map(([kind, speaker]) => [kind, speaker])).toEqual([['statement', 'Borea']]);
  });
});
