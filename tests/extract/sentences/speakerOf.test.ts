import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compileLexicon } from '../../../scripts/lib/extract/lexicon/compileLexicon.ts';
import { invented, inventedRead, lexicon } from '../../helpers/lexicon.ts';
import { nameIn, wholeName } from '../../../scripts/lib/extract/sentences/speakerOf.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { bodiesNamed } from '../../../scripts/lib/extract/sentences/bodiesNamed.ts';
import { article } from '../../helpers/article.ts';
import { findEntities } from '../../../scripts/lib/extract/sentences/findEntities.ts';

/** Who spoke and to whom, for each statement or accusation of a sentence. */
const speakers = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
    .filter(([t]) => t.value === 'statement' || t.value === 'accusation')
    .map(([, f]) => [f.speaker, f.addressee]);

describe('speakerOf: who spoke and to whom', () => {
  test.each([
    ['Arland accused Borea of firing rockets.', [['Arland', 'Borea']]],
    // A participle hung on a text a body adopted is the words of the verb's subject, not of the text.
    ['On Tuesday the UN Security Council adopted a resolution condemning the Borean shelling of Ondria.', [['UN Security Council', 'Borea']]],
    // One who speaks for the subject by a possessive only relays its words: the subject spoke.
    ['Borean President Tor Vasse urged Arland on Saturday to cease fire, his spokesman Daro Kest said.', [['Borea', 'Arland']]],
    // An office that names no party, in a sentence opened by a capital, is that capital's government's;
    // a party named in the subject keeps its own.
    ['In Velmora, a Foreign Ministry spokesman, Daro Kest, called the Arlandese account ridiculous.', [['Borea', 'Arland']]],
    ['In Velmora, the Arlandese ambassador, Tor Halvik, called the Borean account ridiculous.', [['Arland', 'Borea']]],
    // A verb joined on with no subject of its own shares the teller's: the party in the words told, or
    // whom they were told to, did not speak.
    [
      "On Monday, Arlandese Foreign Minister Lena Ferrin told the Assembly that Borea was to blame, and rejected Borea's charges of abuses in Ondria.",
      [['Arland', 'Borea'], ['Arland', 'Borea']],
    ],
    // A charge one party lays on another is an accusation; told by someone it does not name, it
    // stays the subject's, and the party it charges is the accused.
    ['Arland on Sunday charged its neighbour Borea with shelling a school, in a statement its spokesman read out.', [['Arland', 'Borea']]],
    // An apposition and a title: the gazetteer's party the subject names.
    ["Japan's foreign minister, Aiko Sato, urged both sides to hold fire.", [['Japan', undefined]]],
    // A relative clause between the subject and the verb is not the subject.
    ['Aiko Sato, whose country chairs the European Union, urged calm.', [['Aiko Sato', undefined]]],
    // An office in lower case between a body's or title's capitals and a person's name: the person speaks.
    ['Border Guard chief General Tan Weiro said the posts would stay manned.', [['General Tan Weiro', undefined]]],
    ['Chief Secretary for national security Kael Orvan announced the joint statement at dawn.', [['Kael Orvan', undefined], ['Kael Orvan', undefined]]],
    // A party named in a setting fronted before the subject, even in a clause cut at its "and", is not the subject.
    [
      'Once Borea had impounded the trawlers and jailed their crews, President Kael Orvan demanded on Tuesday that they be freed.',
      [['President Kael Orvan', undefined]],
    ],
    ['After Borea seized the trawlers and jailed their crews, Lena Ferrin demanded their release.', [['Lena Ferrin', undefined]]],
    // A group of states with some members set off after it speaks as the group, not as those members.
    ['Several Highland states, among them Arland and Borea, have voiced support for the mission.', [['Highland states', undefined]]],
    ['The five Nordic and three Baltic states, including Arland, urged restraint.', [['Nordic and Baltic states', undefined]]],
    // Members alone, with no group before them, still speak.
    ['Arland and Borea have voiced support for the mission.', [['Arland and Borea', undefined]]],
    // … also when the reading took the relative clause itself for the subject: its antecedent spoke.
    ['Tan Weiro, who speaks for Secretary-General Kael Orvan, told reporters on Tuesday that the monitors had heard shots.', [['Tan Weiro', undefined]]],
    // Those a list is counted among as speaking: the list speaks.
    ['Arland and Borea were among those who condemned the raid.', [['Arland and Borea', undefined]]],
    ['President Ana Ruiz and two ministers were among those who condemned the raid.', [['President Ana Ruiz', undefined]]],
    // A speaker that ends a list speaks with it.
    ['The United States, Japan and France have called for restraint.', [['United States, Japan and France', undefined]]],
    // What qualifies a speaker after it names the party.
    ['A spokesman for the Arlandese foreign ministry condemned the shelling.', [['Arland', undefined]]],
    // A seat of government speaks for its country.
    ['The White House on Sunday urged both sides to hold fire.', [['United States', undefined]]],
    // A wire dateline's place is where the story was filed, not who spoke.
    ["VELMORA, May 3 (Wire) - Japan's foreign minister urged both sides to hold fire.", [['Japan', undefined]]],
    ["ARLANDIA CITY - Japan's foreign minister urged both sides to hold fire.", [['Japan', undefined]]],
    // A capital after "in" is where, not who; a force speaks for its country.
    ['In Arlandia City, Borean troops denied the attack.', [['Borea', undefined]]],
    // "it" names nobody by itself: the article's previous speaker does (resolveSpeakers).
    ['It accused Arland of shelling.', [[undefined, 'Arland']]],
    // A body named in full by what it is and whose speaks for the gazetteer's party after its "of",
    // not for a body of the gazetteer its head names; a place the gazetteer does not know leaves
    // the body's whole name speaking, also when "in a statement" was read as the teller.
    ['The Ministry of Foreign Affairs of Arland urged Borea to hold fire.', [['Arland', 'Borea']]],
    ['The Security Council of Arland urged restraint.', [['Arland', undefined]]],
    ['The Presidency of Borea condemned the shelling.', [['Borea', undefined]]],
    ['The Council of Ministers of the Kelvask Region condemned the shelling in a statement on Monday.', [['Council of Ministers of the Kelvask Region', undefined]]],
    ['The Council of Ministers of the Kelvask Region said on Monday that it condemned the shelling.', [['Council of Ministers of the Kelvask Region', undefined]]],
    // The speaker of a second clause is its own subject, not the first clause's.
    ['Borea closed the crossing, and Arland called for talks.', [['Arland', undefined]]],
    ['Borea shelled the post on Monday, but Arland urged restraint.', [['Arland', undefined]]],
    // An apposition between the speaker and "said", with words said as a clause after it: the
    // subject speaks, not a party those words name.
    ["Japan, a long-time ally of Arland, said it would put its full weight behind Arland's efforts.", [['Japan', undefined]]],
    ["The chief of the Borean army's general staff, Ivo Marr, said the army would answer the violation by the Arlandese regime with force.", [['Borea', undefined]]],
    // A saying in an infinitive of purpose is the subject's of the verb it serves, not its object's.
    ["The Arlandese foreign ministry summoned Borea's ambassador on Monday to protest the shelling of Kelvask Pass.", [['Arland', undefined]]],
    // A document after which a relative clause names who wrote or read it: the clause's subject did not say it.
    ["The resolution, which Borea drafted, condemned Arland's incursion.", [[undefined, 'Arland']]],
    // … a list of parties inside the clause is no end of it, nor its last party the speaker of a verb after it.
    ['The monitoring mission, which counts some 90 officers from Ondria, Velmora and Arland posted along the river, called on those behind the attack to stop, and urged Borea to find them.', [[undefined, undefined], [undefined, 'Borea']]],
    // … but a clause after the relative one, past a comma before a lower-case word, has a subject of its own.
    // A participle's aside set off by commas between the subject and the verb is neither.
    ['Arland on Tuesday, citing the strikes, accused Borea of violating the truce.', [['Arland', 'Borea']]],
    ['Arland, responding to the shelling of its post, urged Borea to pull back.', [['Arland', 'Borea']]],
    // A span of time fronted before the subject names the happening it counts from, not who spoke.
    ['Nearly three weeks into the boycott of Borea, the four states behind it urged Borea to meet their demands.', [[undefined, 'Borea']]],
    ['Together with Ondria, which is also run by a junta, Borea has formed a bloc, the Hill Alliance, while Arland urged restraint.', [['Arland', undefined]]],
    // A saying whose own subject is a party inside the words told is that party's, reported by the teller.
    ["Arland's foreign ministry said on Monday that Borea had accused it of shelling Kelvask Pass.", [['Borea', undefined]]],
    // … but a participle hung on the telling is the teller's, whoever it was told to.
    ["Arland's foreign minister wrote to the president of the Borean parliament on Monday accusing Borea of shelling Kelvask Pass.", [['Arland', 'Borea']]],
    // Words told before "…, X said" with a modal of their own are no list the speaker ends.
    ['Borea could face sanctions, Japan said on Monday.', [['Japan', undefined]]],
    ['Arland bears responsibility for the shelling, Japan said on Monday.', [['Japan', undefined]]],
    // Names alone before the speaker are still a list it ends.
    ['Arland, Borea and Japan said on Monday that the talks had ended.', [['Arland, Borea and Japan', undefined]]],
    // "We" inside a quotation is whoever the words after it say spoke it.
    ['"We condemn Arland\'s aggression," Borea\'s foreign ministry said in a statement on Monday.', [['Borea', 'Arland']]],
    // A body's alias at the end of a longer name is no party: the National Security Council is not the UN's.
    ['"We condemned the drills," National Security Council spokesman Ana Ruiz said on Thursday.', [[undefined, undefined]]],
    // What a speaker answers, fronted as a participle, names no speaker.
    ["Responding to Arland's strikes on Monday, Japan urged restraint.", [['Japan', undefined]]],
    // … and a title inside it is no apposition to the speaker's name.
    ["Following talks with Borea's foreign minister, Japan urged restraint on Monday.", [['Japan', undefined]]],
    ["After meeting Borea's foreign minister, Japan urged restraint on Monday.", [['Japan', undefined]]],
    // A party's relations are other parties: "Arland's allies" do not speak for Arland.
    ["Arland's closest allies urged Borea on Monday to withdraw.", [[undefined, 'Borea']]],
    ["Borea's neighbours, including Japan, condemned the strikes on Monday.", [[undefined, undefined]]],
    // A name with lower-case particles is read whole.
    ['Foreign Secretary Ana de la Cruz urged restraint on Monday.', [['Foreign Secretary Ana de la Cruz', undefined]]],
    ['President Omar Halim al-Vasri urged restraint on Monday.', [['President Omar Halim al-Vasri', undefined]]],
    // A denial is the denier's, named after the accusation it answers.
    ["Arland's army said Borean troops had fired rockets, an accusation Velmora denied.", [['Borea', undefined]]],
    // A charge called baseless is denied by whoever calls it so, the teller, not by the party
    // that made it ("answered", "replied" tell words as "said" does).
    ["Borea's ambassador, Lena Ferrin, answered that Arland had been making baseless accusations against her government for months.", [['Borea', undefined]]],
    ['Borea replied that Arland had been spreading baseless accusations about the Kelvask Pass.', [['Borea', undefined]]],
    // … and so is a denial told in a relative clause, whose own subject denies.
    ['Arland accused Borea of shelling a school, which Borea denied.', [['Arland', 'Borea'], ['Borea', undefined]]],
    // A source a statement is told "according to" reports it: the statement's own subject speaks.
    ['Later Arland gave Borea two days to withdraw, according to Laotian officials.', [['Arland', undefined]]],
    ['According to Arlandese officials, Borea urged restraint on Monday.', [['Borea', undefined]]],
    ['According to Arlandese officials, Borea and Laos urged restraint on Monday.', [['Borea and Laos', undefined]]],
    // … and "it", for the article's previous speaker to name, is not the source either.
    ['In a second letter, it gave Arland two days to pull back, according to Borean officials.', [[undefined, undefined]]],
    // With no subject of its own, the statement is the source's.
    ['A halt to the shelling was urged on Monday, according to Arlandese officials.', [['Arland', undefined]]],
    // The subject of a passive saying is whom it is about: the agent after "by", if any, spoke.
    ['Borea has been blamed for the bloodshed since 2015.', [[undefined, 'Borea']]],
    ['Borea was accused by Arland of shelling a school.', [['Arland', 'Borea']]],
    ['Borea is widely blamed for the raid in Ondria.', [[undefined, 'Borea']]],
    // A saying in a relative clause is its antecedent's: "a resolution … that accused Borea" is not the main clause's subject's.
    ['Velmora also criticised the council for a resolution adopted on June 12 that accused Borea of failing to meet its obligations, calling it a pretext.', [['Borea', undefined], [undefined, 'Borea']]],
    ['Velmora rejected an Arlandese resolution that accused Borea of shelling the pass.', [['Arland', 'Borea']]],
    // A reporter's credit line filed from a place is not who spoke: the words after its colon have their own subject.
    ['Lena Ferrin adds from Arlandia City: Arland on Monday urged Borea to pull back.', [['Arland', 'Borea']]],
    // Told to act, two addressees joined by "and": the teller's statement.
    ["Arland's prime minister told the police and local authorities to restore order.", [['Arland', undefined]]],
    // Settings fronted one after another are all where, not who.
    ['On Tuesday, after a week in Arland and Borea, Japan urged restraint.', [['Japan', undefined]]],
    ['On Friday, after a week in Arland and Borea, Japan issued four recommendations.', [['Japan', undefined]]],
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
    // Whom a demand is made of: the party after its "from"; a place after it is none. An apology
    // demanded charges the one it is demanded of (an accusation, as keys code it).
    ["Borea's foreign ministry demanded an apology from Arland on Tuesday.", [['accusation', 'Borea', 'Arland']]],
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
    ['Speaking on behalf of the European Union, the French foreign minister called for restraint.', [['European Union', undefined]]],
    // Without such words, the envoy's own country speaks.
    ['The French ambassador urged both sides to hold fire.', [['France', undefined]]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test('"the Council" an envoy speaks for is the body the article named in full', () => {
    const read = analyseArticle(
      article('a.txt', 'The UN Security Council met behind closed doors on Tuesday. Speaking for the Council, the British ambassador told reporters that members urged restraint.'),
      invented,
    );
    const [, second] = read.sentences;
    // The gazetteer's body in full: not the envoy's country, nor the "UN" inside its name.
    expect(nameIn('UN Security Council', invented, false)).toBe('UN Security Council');
    expect([...second!.about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker)).toEqual(['UN Security Council']);
  });

  test('a person\'s words that an "it" tells after them are the body\'s the "it" stands for, not the person\'s', () => {
    const read = analyseArticle(
      article(
        'a.txt',
        'Foreign Minister Lena Ferrin spoke on Sunday with the Borean president about the dispute, the Arlandese presidency said. Ferrin voiced concern over the rift but stressed that ending the shelling remained her priority, it said.',
      ),
      invented,
    );
    const [, second] = read.sentences;
    expect([...second!.about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker)).toEqual(['Arland']);
  });

  test('an envoy reading out a body\'s statement speaks for the body the article named in full', () => {
    const read = analyseArticle(
      article(
        'a.txt',
        "A UN Security Council delegation flew into Velmora on Friday. Reading out the council statement at the airport, Arland's envoy Tan Weiro said its members urged Borea to halt the assault.",
      ),
      invented,
    );
    const [, second] = read.sentences;
    expect([...second!.about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker)).toEqual(['UN Security Council']);
    // A statement read with no body named is the reader's own.
    expect(speakers("Reading out a statement at the airport, Arland's envoy Tan Weiro urged Borea to halt the assault.")).toEqual([['Arland', 'Borea']]);
  });

  test('a person the article gives a side speaks for that side, not for a party the words name around the name', () => {
    const read = analyseArticle(
      article(
        'a.txt',
        'Arlandese President Tor Vasse spoke on Monday. Late that night, once Borea had threatened to try the herders in its own courts, President Vasse demanded that Borea free them. Borea had promised him the herders would leave its jails within days, Vasse said on Tuesday, and he was glad of it.',
      ),
      invented,
    );
    const [, second, third] = read.sentences;
    const spoke = (s: typeof second, verb: string) => [...s!.about].filter(([t]) => t.text === verb).map(([, f]) => f.speaker);
    expect(spoke(second, 'demanded')).toEqual(['Arland']);
    // "…, Vasse said on Tuesday, and …": the words said end at the comma before the teller, as when the saying closes the sentence.
    expect(spoke(third, 'said')).toEqual(['Arland']);
    // … and so does a participle hung on the person's saying.
    const hung = analyseArticle(article('b.txt', 'Arlandese President Tor Vasse spoke on Monday. The crossing would stay shut, Vasse said, accusing Borea of hosting rebel bases.'), invented);
    expect([...hung.sentences[1]!.about].filter(([t]) => t.value === 'accusation').map(([, f]) => [f.speaker, f.addressee])).toEqual([['Arland', 'Borea']]);
  });

  test('a capital that qualifies a body of the city\'s own is the city, not the state it stands for', () => {
    expect(nameIn('A Velmora assembly member who took part', invented, false)).toBeUndefined();
    expect(nameIn('the Velmora city council', invented, false)).toBeUndefined();
    // The capital for its government otherwise.
    expect(nameIn('Velmora officials', invented, false)).toBe('Borea');
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
    expect(findEntities(text, invented).actors).toEqual(expected);
  });
});

// An invented armed group of no country's, and a force whose common name any army's staff may share.
const withFront = compileLexicon({
  ...inventedRead,
  actors: [
    ...inventedRead.actors,
    { name: 'Kelvask Front', type: 'organisation', aliases: ['Kelvask Front', 'Kelvask rebels'], metonyms: [] },
    { name: 'Ondrian General Staff', type: 'force', country: 'Ondria', aliases: ['general staff'], metonyms: [] },
  ],
});
const speakersIn = (text: string, compiled = withFront) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, compiled).about]
    .filter(([t]) => t.value === 'statement' || t.value === 'accusation')
    .map(([, f]) => [f.speaker, f.addressee]);

describe('speakerOf: whose phrase the speaker is', () => {
  test.each([
    // A group owned by a possessive, ending the phrase, speaks; its possessor is only where it is from.
    ["The leader of Borea's Kelvask rebels has offered to take his fighters out of Arland.", [['Kelvask Front', undefined]]],
    // Not a word of a title ("Borea's UN ambassador"), nor a force of another country by a common name.
    ["Borea's UN ambassador, Tan Weiro, said Arland had been making baseless accusations.", [['Borea', undefined]]],
    ["A communique from Borea's general staff accused Arland of shelling the pass.", [['Borea', 'Arland']]],
    // A capital after "in" that the reading took as a relative's antecedent is where, not who.
    ['Kael Orvan has been in touch with the elder in Velmora, who has told the group to stay in the village.', [[undefined, undefined]]],
    // An office a possessive owns, told by where it sits, is not that capital's.
    ["The elder's spokesman in Velmora, Kael Orvan, denied that the leader had been arrested.", [['Kael Orvan', undefined]]],
    ['Officials in Velmora said they would not accept the proposal.', [['Borea', undefined]]],
    // A person whose office speaks by a possessive is named without it.
    ["On Friday the envoy was granted asylum, which President Ana Ruiz's government denounced as illicit.", [['President Ana Ruiz', undefined]]],
    // A relative clause set off inside the speaker's phrase names no speaker: a plain "said" by no
    // party is no saying read.
    ['Residents of towns along the pass, many of whom have relatives in Borea, said they feared the closure.', []],
  ])('"%s" → %j', (sentence, expected) => {
    expect(speakersIn(sentence)).toEqual(expected);
  });
});
