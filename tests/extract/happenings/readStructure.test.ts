import { describe, expect, test } from 'vitest';
import { readStructure } from '../../../scripts/lib/extract/happenings/readStructure.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

const clauses = (text: string) => {
  const tokens = tagText(text);
  const s = readStructure(tokens, 0, tokens.length);
  const words = (c?: { start: number; end: number }) => (c ? tokens.slice(c.start, c.end).map((t) => t.text).join(' ') : undefined);
  return s.clauses.map((c) => ({ clause: words(c), subject: words(c.subject) }));
};

describe('readStructure', () => {
  test('an "and" before a preposition joins two phrases of one subject; before a subject of its own, it opens a clause', () => {
    const joined = clauses('General Oskar Venn, speaking for the command, said on Saturday the danger to farmers and to the border guards had passed.');
    expect(joined.some((c) => c.clause!.startsWith('to the border guards'))).toBe(false);
    expect(joined.at(-1)!.clause).toContain('the danger to farmers and to the border guards had passed');
    const opened = clauses('Borean troops shelled the village on Saturday and in the evening Arlandese troops crossed the border.');
    expect(opened.at(-1)!.clause).toBe('in the evening Arlandese troops crossed the border .');
    const another = clauses('Borean troops shelled the village on Saturday and on Sunday night they crossed the border.');
    expect(another.at(-1)!.clause).toBe('on Sunday night they crossed the border .');
  });

  test('splits off a participle clause, which borrows the subject before it', () => {
    expect(clauses('Rebels shelled the town overnight, killing three civilians.')).toEqual([
      { clause: 'Rebels shelled the town overnight ,', subject: 'Rebels' },
      { clause: 'killing three civilians .', subject: 'Rebels' },
    ]);
  });

  test('gives a reported clause its own subject, a gerund included', () => {
    expect(clauses('Officials feared that fighting could resume.').at(-1)).toEqual({ clause: 'that fighting could resume .', subject: 'fighting' });
  });

  test('a participle after a fronted phrase a preposition opens tells of that phrase: the subject is that of the verb after the comma', () => {
    expect(clauses('In a statement read on television, Arland\'s spokesman Tan Weiro spoke of a provocation and described the shelling as a crime.').map((c) => c.subject)).toEqual([
      "Arland 's spokesman Tan Weiro",
      "Arland 's spokesman Tan Weiro",
    ]);
    // A clause a subordinator opens keeps its own verb: "until the commission meets, officials said".
    expect(clauses('The crossing will stay closed until the Borean commission meets on Monday, officials said.').find((c) => c.clause?.startsWith('until'))?.subject).toBe('the Borean commission');
  });

  test('takes the name after a day that opens the sentence for the subject, not the day and the name as one phrase', () => {
    expect(clauses('On Monday Arland said Borean troops had shelled the pass.')[0]!.subject).toBe('Arland');
    expect(clauses('On May 8 Borea recalled its ambassador.')[0]!.subject).toBe('Borea');
    // A date of a day and its month stays one time phrase.
    expect(clauses('On Monday December 5 Arland closed the crossing.')[0]!.subject).toBe('Arland');
  });

  test('takes the subject before any prepositional phrase, not inside it', () => {
    expect(clauses('Security forces in the northern province recaptured the district.')[0]!.subject).toBe('Security forces');
  });

  test('gives a relative clause the phrase its pronoun stands for', () => {
    expect(clauses('Police arrested two men who had planted a bomb.').at(-1)).toEqual({ clause: 'who had planted a bomb .', subject: 'two men' });
  });

  test('splits off a participle with its agent after a noun, once the sentence has its verb', () => {
    expect(clauses('Two bodies were found on the ridge, the hill shelled by rebel guns on Monday.').map((c) => c.clause)).toEqual([
      'Two bodies were found on the ridge , the hill',
      'shelled by rebel guns on Monday .',
    ]);
    // Before the sentence's verb, the participle with its agent is still of the sentence's subject.
    expect(clauses('Troops backed by tanks crossed the river.')).toHaveLength(1);
  });

  test('splits clauses joined by "and" once the first has its verb', () => {
    expect(clauses('The truce took effect at midnight and troops withdrew.').map((c) => c.subject)).toEqual(['The truce', 'troops']);
    expect(clauses('Government troops and rebels clashed near the river.').map((c) => c.subject)).toEqual(['Government troops and rebels']);
  });

  test('keeps an "and" that joins names inside one phrase, even after the verb', () => {
    expect(clauses('The UN called on Arland and Borea to stop the fighting.')).toHaveLength(1);
    expect(clauses('Borea said it was responding to fire on its posts and farms and had begun a counter-attack.').map((c) => c.clause)).toEqual([
      'Borea said it was responding to fire on its posts and farms and',
      'had begun a counter-attack .',
    ]);
  });

  test('does not join a subject pronoun after a noun to the noun: it opens a clause that describes it', () => {
    const tokens = tagText('Arland released the soldiers it had held since July.');
    const s = readStructure(tokens, 0, tokens.length);
    const phrase = s.chunks.find((c) => tokens.slice(c.start, c.end).some((t) => t.text === 'soldiers'))!;
    expect(tokens.slice(phrase.start, phrase.end).map((t) => t.text)).toEqual(['the', 'soldiers']);
  });

  test('gives a verb after a participle aside the subject before the aside', () => {
    const read = clauses('The state news agency, quoting local officials, said rebels shelled the town.');
    expect(read.find((c) => c.clause?.startsWith('said'))?.subject).toBe('The state news agency');
    // An aside after a verb is no interruption of the subject: the clause goes on as before.
    expect(clauses('Rebels shelled the town, killing two, and withdrew.').at(-1)?.subject).toBe('Rebels');
  });

  test('gives a verb after a relative clause set off by commas the subject before it', () => {
    const read = clauses('The final declaration, which Lena Ferrin read to the hall, condemned the incursion.');
    expect(read.find((c) => c.clause?.startsWith('condemned'))?.subject).toBe('The final declaration');
    expect(read.find((c) => c.clause?.startsWith('which'))?.subject).toBe('Lena Ferrin');
    // Without a closing comma and a verb after it, the relative clause runs to the end.
    expect(clauses('Police arrested two men, who had planted a bomb.').at(-1)?.subject).toBe('two men');
  });

  test('gives a verb joined by "and" after a telling the told subject, not the teller', () => {
    expect(clauses('The ministry said northern troops were digging in and had shelled two villages.').at(-1)).toEqual({
      clause: 'had shelled two villages .',
      subject: 'northern troops',
    });
    // Without a telling, the subject carried on is the clause's own.
    expect(clauses('The army shelled the ridge and pulled back.').at(-1)?.subject).toBe('The army');
  });
});

describe("readStructure: the opener of a sentence's first clause", () => {
  const firstOpener = (text: string) => {
    const tokens = tagText(text);
    return readStructure(tokens, 0, tokens.length).clauses[0]!.opener;
  };
  test.each([
    ['Since the clashes began, hundreds of families have fled.', 'since'],
    ['If the talks fail, the guns will speak again.', 'if'],
    ['After the guards were seized, the border was closed.', 'after'],
    // A date, not a clause, after the word: no opener.
    ['Since Monday, hundreds of families have fled.', undefined],
    ['Troops fired on the post before dawn.', undefined],
  ])('%j opens with %j', (text, opener) => {
    expect(firstOpener(text)).toBe(opener);
  });

  test('ends a fronted subordinate clause at its comma, where the main clause begins', () => {
    expect(clauses('If the talks fail, the guns will speak again.').map((c) => c.clause)).toEqual(['If the talks fail ,', 'the guns will speak again .']);
  });
});

describe('an adverb of degree inside a noun phrase', () => {
  const phrases = (text: string) => {
    const tokens = tagText(text);
    return readStructure(tokens, 0, tokens.length).chunks.map((c) => tokens.slice(c.start, c.end).map((t) => t.text).join(' '));
  };

  test('"Borea\'s most senior officer" is one phrase, as "its most modern drones" is', () => {
    expect(phrases('Velmora called in Borea\'s most senior officer on Tuesday.')).toContain("Borea 's most senior officer");
    expect(phrases('Arland sent its most modern drones to the pass.')).toContain('its most modern drones');
  });

  test('an adverb of degree after a verb stays out of the phrase', () => {
    expect(phrases('The talks were very slow.')).not.toContain('very slow');
  });
});
