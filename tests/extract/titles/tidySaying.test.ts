import { describe, expect, test } from 'vitest';
import { tidySaying } from '../../../scripts/lib/extract/titles/tidySaying.ts';

describe('tidySaying', () => {
  test('keeps a saying that reads whole', () => {
    expect(tidySaying('The council', { says: 'urges', about: 'restraint' })).toEqual({ says: 'urges', about: 'restraint' });
    expect(tidySaying('Ruritania', { says: 'accuses', addressee: 'Borduria', about: 'of shelling a village' })).toEqual({ says: 'accuses', addressee: 'Borduria', about: 'of shelling a village' });
  });

  test('names the addressee once when the words about it begin with it', () => {
    expect(tidySaying('The council', { says: 'condemns', addressee: 'Borduria', about: 'Borduria over the raids' })).toEqual({ says: 'condemns', addressee: 'Borduria', about: 'over the raids' });
    expect(tidySaying('The council', { says: 'asks', addressee: 'League', about: 'the League to send observers' })).toEqual({ says: 'asks', addressee: 'League', about: 'to send observers' });
    expect(tidySaying('The council', { says: 'calls', addressee: 'Borduria', about: "Borduria's raid an outrage" })).toEqual({ says: 'calls', about: "Borduria's raid an outrage" });
  });

  test('drops an addressee that is the speaker again', () => {
    expect(tidySaying('Ruritania', { says: 'warns', addressee: 'ruritania' })).toEqual({ says: 'warns' });
  });

  test('cuts the dangling end of words cut short', () => {
    expect(tidySaying('Ruritania', { says: 'accuses', addressee: 'Borduria', about: 'of firing on' })).toEqual({ says: 'accuses', addressee: 'Borduria', about: 'of firing' });
    expect(tidySaying('Ruritania', { says: 'accuses', addressee: 'Borduria', about: 'of' })).toEqual({ says: 'accuses', addressee: 'Borduria' });
  });

  test('leaves the title to the kind when nothing fit to print is left', () => {
    // a reported clause, a setting, a clause cut at "that", a verb made from a noun, a bare "says"
    expect(tidySaying('The minister', { says: 'says', about: 'the talks would resume' })).toBeUndefined();
    expect(tidySaying('The minister', { says: 'says', about: 'it was sure the talks would resume' })).toEqual({ says: 'says', about: 'it was sure the talks would resume' });
    expect(tidySaying('The ministry', { says: 'says', about: 'in a joint statement' })).toBeUndefined();
    expect(tidySaying('The ministry', { says: 'announces', about: 'that the operations' })).toBeUndefined();
    expect(tidySaying('Ruritania', { says: 'accusationses' })).toBeUndefined();
    expect(tidySaying('Ruritania', { says: 'says' })).toBeUndefined();
    // "accuses of failing": an accusation needs whom before what of
    expect(tidySaying('Ruritania', { says: 'accuses', about: 'of failing' })).toBeUndefined();
  });

  test('lets a verb that needs nothing after it stand alone', () => {
    expect(tidySaying('Ruritania', { says: 'denies' })).toEqual({ says: 'denies' });
  });
});

describe('tidySaying: whole clauses from the sentence’s own complement', () => {
  test('a claim keeps its "that", and names no addressee its verb names already', () => {
    expect(tidySaying('Arland', { says: "rejects Borea's claim", addressee: 'Borea', about: 'that jets bombed a school' })).toEqual({ says: "rejects Borea's claim", about: 'that jets bombed a school' });
  });

  test('a future ending on its verb is a whole thought', () => {
    expect(tidySaying('Arland', { says: 'warns', about: 'it will respond' })).toEqual({ says: 'warns', about: 'it will respond' });
  });

  test('an answer with its object stands alone, with no addressee after it', () => {
    expect(tidySaying('Arland', { says: 'rejects the accusations', addressee: 'Borea' })).toEqual({ says: 'rejects the accusations' });
  });
});

describe('tidySaying: a verb given with its object', () => {
  test('names no addressee after its object, and may say what for without one', () => {
    expect(tidySaying('Arland', { says: 'holds Borea responsible', addressee: 'Arland', about: 'for the offensive' })).toEqual({ says: 'holds Borea responsible', about: 'for the offensive' });
    expect(tidySaying('Arland', { says: 'holds Borea responsible', addressee: 'Ondria', about: 'for the offensive' })).toEqual({ says: 'holds Borea responsible', about: 'for the offensive' });
    // a verb with its particle keeps whom it is said to
    expect(tidySaying('ASEAN', { says: 'calls on', addressee: 'Arland', about: 'to return to talks' })).toEqual({ says: 'calls on', addressee: 'Arland', about: 'to return to talks' });
  });

  test('prints no day told from the article’s own ("yesterday")', () => {
    expect(tidySaying('Arland', { says: 'sets yesterday as the deadline', addressee: 'Borea' })).toBeUndefined();
    expect(tidySaying('Arland', { says: 'says', about: 'talks begin tomorrow' })).toBeUndefined();
  });
});
