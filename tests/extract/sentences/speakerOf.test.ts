import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compileLexicon } from '../../../scripts/lib/extract/lexicon/compileLexicon.ts';
import { compiled, invented, lexicon } from '../../helpers/lexicon.ts';
import { nameIn, wholeName } from '../../../scripts/lib/extract/sentences/speakerOf.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { bodiesNamed } from '../../../scripts/lib/extract/sentences/bodiesNamed.ts';
import { article } from '../../helpers/article.ts';
import { findEntities } from '../../../scripts/lib/extract/sentences/findEntities.ts';

/** Who spoke and to whom, for each statement or accusation of a sentence. */
const speakers = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, compiled).about]
    .filter(([t]) => t.value === 'statement' || t.value === 'accusation')
    .map(([, f]) => [f.speaker, f.addressee]);

describe('speakerOf: who spoke and to whom', () => {
  test.each([
    ['Thailand accused Cambodia of firing rockets.', [['Thailand', 'Cambodia']]],
    // A charge one party lays on another is an accusation; told by someone it does not name, it
    // stays the subject's, and the party it charges is the accused.
    ['Thailand on Sunday charged its neighbour Cambodia with shelling a school, in a statement its spokesman read out.', [['Thailand', 'Cambodia']]],
    // An apposition and a title: the gazetteer's party the subject names.
    ["Malaysia's foreign minister, Mohamad Hasan, urged both sides to hold fire.", [['Malaysia', undefined]]],
    // A relative clause between the subject and the verb is not the subject.
    ['Anwar Ibrahim, whose country chairs ASEAN, urged calm.', [['Anwar Ibrahim', undefined]]],
    // A speaker that ends a list speaks with it.
    ['The United States, ASEAN and China have called for restraint.', [['United States, ASEAN and China', undefined]]],
    // What qualifies a speaker after it names the party.
    ['A spokesman for the Thai foreign ministry condemned the shelling.', [['Thailand', undefined]]],
    // A seat of government speaks for its country.
    ['The White House on Sunday urged both sides to hold fire.', [['United States', undefined]]],
    // A wire dateline's place is where the story was filed, not who spoke.
    ["PHNOM PENH, May 3 (Wire) - Malaysia's foreign minister urged both sides to hold fire.", [['Malaysia', undefined]]],
    ["BANGKOK - Malaysia's foreign minister urged both sides to hold fire.", [['Malaysia', undefined]]],
    // A capital after "in" is where, not who; a force speaks for its country.
    ['In Bangkok, Cambodian troops denied the attack.', [['Cambodia', undefined]]],
    // "it" names nobody by itself: the article's previous speaker does (resolveSpeakers).
    ['It accused Thailand of shelling.', [[undefined, 'Thailand']]],
    // The speaker of a second clause is its own subject, not the first clause's.
    ['Cambodia closed the crossing, and Thailand called for talks.', [['Thailand', undefined]]],
    ['Cambodia shelled the post on Monday, but Thailand urged restraint.', [['Thailand', undefined]]],
    // A denial is the denier's, named after the accusation it answers.
    ["Thailand's army said Cambodian troops had fired rockets, an accusation Phnom Penh denied.", [['Cambodia', undefined]]],
    // … and so is a denial told in a relative clause, whose own subject denies.
    ['Thailand accused Cambodia of shelling a school, which Cambodia denied.', [['Thailand', 'Cambodia'], ['Cambodia', undefined]]],
    // A source a statement is told "according to" reports it: the statement's own subject speaks.
    ['Later Thailand gave Cambodia two days to withdraw, according to Laotian officials.', [['Thailand', undefined]]],
    ['According to Thai officials, Cambodia urged restraint on Monday.', [['Cambodia', undefined]]],
    ['According to Thai officials, Cambodia and Laos urged restraint on Monday.', [['Cambodia and Laos', undefined]]],
    // … and "it", for the article's previous speaker to name, is not the source either.
    ['In a second letter, it gave Thailand two days to pull back, according to Cambodian officials.', [[undefined, undefined]]],
    // With no subject of its own, the statement is the source's.
    ['A halt to the shelling was urged on Monday, according to Thai officials.', [['Thailand', undefined]]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(speakers(sentence)).toEqual(expected);
  });
});

/** Each statement or accusation of a sentence about the invented parties, with who spoke and to whom. */
const spoken = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
    .filter(([t]) => t.value === 'statement' || t.value === 'accusation')
    .map(([t, f]) => [t.value, f.speaker, f.addressee]);

describe('speakerOf: the speaker is the whole subject phrase of a verb of saying or accusing', () => {
  test.each([
    // The place after the head qualifies it: officials of that capital's government, telling of the other side's act.
    ['Officials in Arlandia City said on Tuesday that Borean troops had shelled the pass.', [['accusation', 'Arland', 'Borea']]],
    // A title in apposition before a name names the party the name speaks for.
    ["Arland's foreign minister, Jana Rolle, said on Tuesday that the talks would resume.", [['statement', 'Arland', undefined]]],
    // Verbs of accusing with their own complements: whom they blame is the accused.
    ['Velmora charged on Tuesday that Arlandese officers had handed weapons to the crowd.', [['accusation', 'Borea', 'Arland']]],
    ["Arland's defence ministry put the attack down to Borean troops on Tuesday.", [['accusation', 'Arland', 'Borea']]],
    ['Borea attributed the blast to Arlandese saboteurs on Tuesday.', [['accusation', 'Borea', 'Arland']]],
    ['Borea charged Arland with shelling the pass.', [['accusation', 'Borea', 'Arland']]],
    // Whom a demand is made of: the party after its "from"; a place after it is none.
    ["Borea's foreign ministry demanded an apology from Arland on Tuesday.", [['statement', 'Borea', 'Arland']]],
    ['Borea demanded the withdrawal of troops from the Kelvask Pass.', [['statement', 'Borea', undefined]]],
    // A setting fronted before the subject is no list the subject ends: the body written to is not the writer.
    ['In a letter to the UN on Tuesday, Borea accused Arland of seizing the Vel Amar temple.', [['accusation', 'Borea', 'Arland']]],
    // A document speaks for whoever issued it; a setting fronted before the speaker leaves it the subject.
    ['A statement issued by the Borean foreign ministry on Tuesday said Arlandese troops had shelled the pass.', [['accusation', 'Borea', 'Arland']]],
    ["In a statement posted on its website on Tuesday, Borea's army said Arlandese troops had shelled the pass.", [['accusation', 'Borea', 'Arland']]],
    // Conceding is saying; the outlet that reported it is the channel, not the speaker.
    ["Arland's envoy on the border, Jana Rolle, acknowledged on Tuesday that Arlandese workers had set up pylons on Borean land, a news agency reported.", [['statement', 'Arland', undefined]]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(spoken(sentence)).toEqual(expected);
  });

  test("the other side's people turning violent, told by one side, are its accusation", () => {
    expect(spoken("Borea's border police said on Tuesday that Arlandese villagers had thrown stones at its guards.")).toEqual([['accusation', 'Borea', 'Arland']]);
    // … but one's own people rioting accuse nobody.
    expect(spoken("Arland's police said on Tuesday that Arlandese protesters had thrown stones at the governor's office.")).toEqual([]);
  });

  test('police charging a crowd accuse nobody', () => {
    expect(spoken('Police charged the crowd that had gathered at the Halvane crossing.')).toEqual([]);
  });
});

describe('speakerOf reads a name with "of" in it whole', () => {
  // A fork's gazetteer with a body whose name ends on a country's adjective.
  const forked = compileLexicon({ ...lexicon, actors: [...lexicon.actors, { name: 'League of American Ports', type: 'organisation', aliases: ['League of American Ports'], metonyms: [] }] });
  const speakerIn = (text: string) =>
    [...analyseSentence({ start: 0, end: text.length, text }, 0, forked).about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker);

  test('the body speaks, not the country its last words name', () => {
    expect(speakerIn('The League of American Ports condemned the blockade.')).toEqual(['League of American Ports']);
  });
});

describe('wholeName: a name the parser cut at its "of"', () => {
  test.each([
    ['Members of the Union of Island Republics voted.', 'Island Republics', 'Union of Island Republics'],
    ['A spokesman for the Ministry of Defence said so.', 'Defence', 'Ministry of Defence'],
    // Only capitalised words before the "of": "most of the soldiers" names no body.
    ['He said most of the soldiers left.', 'soldiers', 'soldiers'],
  ])('%s: "%s" is read as "%s"', (text, part, whole) => {
    expect(wholeName(text, { start: text.indexOf(part), text: part })).toBe(whole);
  });
});

describe('speakerOf: an envoy speaking for a body is the body speaking', () => {
  test.each([
    // A body the gazetteer knows, named in the words that say whom the envoy speaks for.
    ['Speaking for the European Union, the French ambassador urged both sides to hold fire.', [['European Union', undefined]]],
    ['The French ambassador, on behalf of the European Union, urged both sides to hold fire.', [['European Union', undefined]]],
    ['Speaking on behalf of ASEAN, the Malaysian foreign minister called for restraint.', [['ASEAN', undefined]]],
    // Without such words, the envoy's own country speaks.
    ['The French ambassador urged both sides to hold fire.', [['France', undefined]]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test('"the Council" an envoy speaks for is the body the article named in full', () => {
    const read = analyseArticle(
      article('a.txt', 'The UN Security Council met behind closed doors on Tuesday. Speaking for the Council, the British ambassador told reporters that members urged restraint.'),
      compiled,
    );
    const [, second] = read.sentences;
    // The gazetteer's body in full: not the envoy's country, nor the "UN" inside its name.
    expect(nameIn('UN Security Council', compiled, false)).toBe('UN Security Council');
    expect([...second!.about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker)).toEqual(['UN Security Council']);
  });

  test('bodiesNamed: a body named in full, by the word that names what it is', () => {
    const bodies = bodiesNamed('On Tuesday the African Union Commission and the UN Security Council met. The Council said little.');
    expect(bodies.get('Council')).toBe('UN Security Council');
    expect(bodies.get('Commission')).toBe('African Union Commission');
    // "The Council" alone is no name in full.
    expect(bodiesNamed('The Council said little.').size).toBe(0);
  });
});

describe('findEntities: the gazetteer name that holds a shorter one is the actor named', () => {
  test.each([
    ['The UN Security Council will meet on Saturday.', ['UN Security Council']],
    ['The United Nations Security Council will meet on Saturday.', ['UN Security Council']],
    ['The UN chief urged restraint.', ['United Nations']],
    ['The UN chief asked the Security Council to meet.', ['United Nations', 'UN Security Council']],
  ])('%s', (text, expected) => {
    expect(findEntities(text, compiled).actors).toEqual(expected);
  });
});
