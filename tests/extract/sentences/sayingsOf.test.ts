import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';
import { peopleNamed } from '../../../scripts/lib/extract/sentences/peopleNamed.ts';

/** The statements a sentence makes of what someone said, with who said it and how a title says it. */
const sayings = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
    .filter(([t]) => t.happening.rule === 'saying')
    .map(([, f]) => [f.speaker, f.says, f.saysAbout]);

// Sentences written for these tests, of no real report.
describe('sayingsOf: what a sentence tells as someone\'s words on a day it gives, or of what will be', () => {
  test.each([
    ['The Arlandese prime minister said on Wednesday night that relations had reached a turning point.', [['Arland', 'says', 'relations reached a turning point']]],
    ['Relations had reached a low, the Borean foreign minister said on Monday.', [['Borea', 'says', 'Relations reached a low']]],
    ['On Sunday, Borea\'s defence minister told reporters the border was calm.', [['Borea', 'says', 'the border is calm']]],
    // A saying in the present perfect with no day, told as lasting or set against another side's
    // habit, is a standing position; with its day it is that day's.
    ["Borea has repeatedly threatened to take the valley by force, while Arland has said it would defend the valley's people.", []],
    ['Arland has long said it would never give up the Kelvask Pass.', []],
    ['Arland has said on Monday that it would defend the Kelvask Pass.', [['Arland', 'says', 'it will defend the Kelvask Pass']]],
    // Words said in a clause that sets the time of the news ("since X said …") are the point it is counted from.
    ['It was the first such boarding since Borea said it would begin patrolling the waters around the Kelvask Pass.', []],
    ['Arland has kept its posts manned since the Borean ministry said it would send more troops.', []],
    // A person by title and name speaks for themselves.
    ['Interior Minister Anan Sukprasert said on Friday that the patrols were routine.', [['Interior Minister Anan Sukprasert', 'says', 'the patrols are routine']]],
    // A fronted phrase that dates the saying: where or to whom it was said, then the day.
    ['Speaking on Thursday at a news conference in the capital, the Arlandese prime minister said the border was calm.', [['Arland', 'says', 'the border is calm']]],
    ['In an interview on Tuesday with a radio station, Borea\'s foreign minister said the claims were baseless.', [['Borea', 'says', 'the claims are baseless']]],
    // Undated, a sentence of nothing but the words of a person named by national office, name and side is that day's statement.
    ['Arlandese President Omar Dunne, speaking in Velmora, said Arland had every right to defend its borders.', [['Arland', 'says', 'Arland had every right to defend its borders']]],
    // … and so is one named first, with a title qualified after it in apposition; by title alone, a source.
    ['Lena Ferrin, the Arlandese under-secretary for peacekeeping, told reporters in Velmora that nothing showed any part played by Borea.', [['Arland', 'says', 'nothing showed any part played']]],
    ['The Arlandese under-secretary for peacekeeping told reporters in Velmora that nothing showed any part played by Borea.', []],
    // … and so is one by a title below the state's: a commander, a chief, a governor.
    ['Borean Border Guard chief Kael Orvan said the posts along the Kelvask Pass were manned day and night.', [['Borea', 'says', 'the posts']]],
    // A state's head, foreign or defence minister by capitalised office and name speaks for a state,
    // though the article leaves its side unsaid; another minister so named is a source.
    ['Defence Minister Tan Weiro said the posts along the Kelvask Pass were manned day and night.', [['Defence Minister Tan Weiro', 'says', 'the posts']]],
    ['Interior Minister Tan Weiro said the posts along the Kelvask Pass were manned day and night.', []],
    // "Defence" or "foreign" alone qualify an official, whose words are a source, no statement.
    ['Borean defence official Tan Weiro said the posts along the Kelvask Pass were manned day and night.', []],
    // Words given as a point of one's own ("stressed", "noted", "insisted", "pointed out", "repeated")
    // are said as "said" words are: a side's body or a person by office and name makes its statement.
    ["Arland's foreign ministry stressed on Tuesday that the ferry crossings would stay open.", [['Arland', 'says', 'the ferry crossings will stay open']]],
    ["Borea's defence ministry noted that the new radar posts had been built well back from the river.", [['Borea', 'says', 'the new radar posts had been built well back']]],
    ['Borean Border Guard chief Kael Orvan insisted the posts along the Kelvask Pass had never been abandoned.', [['Borea', 'says', 'the posts']]],
    // An aside set off after the verb ("pointed out, though, that") leaves the speaker before it.
    ["Borean Border Guard chief Kael Orvan pointed out, however, that the posts along the Kelvask Pass had been manned all winter.", [['Borea', 'says', undefined]]],
    // "repeated", "noted", "maintained" and "asserted" give words only with their "that": posts kept are no saying.
    ["Arland's army maintained its posts along the Kelvask Pass through the winter.", []],
    // A day inside the aside between the speaker and the verb dates the saying.
    ["Borea's foreign minister, speaking at a reception for diplomats on Thursday, said the border would stay calm.", [['Borea', 'says', 'the border will stay calm']]],
    // Where or how someone spoke, set off between the speaker and the verb, is neither who spoke nor what was said.
    ['Arlandese President Omar Dunne, speaking in Velmora, said on Monday that Borea must respect the border.', [['Arland', 'says', 'Borea must respect the border']]],
    ['Arlandese President Omar Dunne, in a televised speech in Velmora, said on Monday that Borea must respect the border.', [['Arland', 'says', 'Borea must respect the border']]],
    // … and so is the source an aside quotes.
    ["Borea's envoy, quoting Arland's president, said on Monday that the troops would withdraw.", [['Borea', 'says', 'the troops will withdraw']]],
    // A name in apposition before "told": whom it was told, and the party the words name, are not who told it.
    ["On Sunday, Borea's foreign minister, Tor Halvik, told The Wire Agency that Arland had acted alone.", [['Borea', 'says', 'Arland acted alone']]],
    ["On Monday, Tor Halvik, Borea's foreign minister, told reporters that Arland had acted alone.", [['Borea', 'says', 'Arland acted alone']]],
    // Whom it was told, then the day; a quotation its saying dates is that day's statement.
    ['Borea\'s defence minister told reporters on Monday that the border was calm.', [['Borea', 'says', 'the border is calm']]],
    ['"The border is calm," Interior Minister Anan Sukprasert told reporters late on Friday.', [['Interior Minister Anan Sukprasert', 'says', undefined]]],
    // The quotation before the speaker is no part of the speaker, though the sentence goes on after the day:
    // the other side named in the quoted words is not who spoke.
    ['"Borean soldiers have been seen on our bank," Interior Minister Anan Sukprasert told reporters on Thursday night, adding that police would go to see.', [['Interior Minister Anan Sukprasert', 'says', 'police will go to see']]],
    ['"Borean patrols crossed the river," the Arlandese defence minister said on Monday, adding that the army was ready.', [['Arland', 'says', undefined]]],
    // A sayer after the words, with a participle hung on the saying: the words' party did not speak,
    // and a sayer naming nobody makes no statement.
    ['Relations had reached a low, the Borean foreign minister said on Monday, adding that talks would go on.', [['Borea', 'says', 'Relations reached a low']]],
    ['Troops were strengthening the fence facing Borea, the army said on Sunday, describing the work as routine.', []],
    // How it was said between the verb and its day: a reply, a written statement.
    ['The charges were baseless, Borea said in response on Monday.', [['Borea', 'says', 'The charges are baseless']]],
    ["Borea's spokesman said in a statement late on Friday that the charges were baseless.", [['Borea', 'says', 'the charges are baseless']]],
    // Said after a meeting of that day: the meeting's day is the saying's.
    ['The border would stay shut for a month, the Arlandese prime minister said after a cabinet meeting on Tuesday.', [['Arland', 'says', 'The border will stay shut']]],
    // Undated, what a speaker says someone will do is that day's statement.
    ['The Arlandese prime minister said the army would guard every crossing.', [['Arland', 'says', 'the army will guard every crossing']]],
    ['Borea\'s defence minister said his country will answer any incursion.', [['Borea', 'says', 'his country will answer any incursion']]],
    // A long thought is cut before its first long tail, not after six words ("… would keep").
    ['Borea\'s defence minister said on Monday that he was sure the rivals would keep their promise of calm along the frontier.', [['Borea', 'says', 'he is sure the rivals will keep their promise']]],
    // A happening the words name as known is what the speaker speaks of, no news the saying only tells.
    ['Speaking to students on Saturday, the Arlandese prime minister said the peace deal had taken a seven-hour meeting.', [['Arland', 'says', 'the peace deal had taken a seven-hour meeting']]],
    // The day set between the speaker and the verb dates the saying as one after the verb does.
    ["Arland's prime minister on Thursday said that the remarks were reckless.", [['Arland', 'says', 'the remarks are reckless']]],
    // Words given in answer, in reply or in objection are said too, and a title words them so.
    ["On Wednesday, Borea's interior minister answered that Borea would not be frightened by threats.", [['Borea', 'answers', 'Borea will not be frightened by threats']]],
    ['On Monday, the Borean foreign minister replied that the charges were baseless.', [['Borea', 'replies', 'the charges are baseless']]],
    // The "to" of an objection is what it is to, no hearsay's "said to".
    ["Arland's prime minister on Thursday objected to what she called reckless remarks by Borean leaders.", [['Arland', 'objects', 'to what she called reckless remarks by Borean leaders']]],
    // A fronted day with no comma dates the saying when only the speaker stands between them.
    ['On Wednesday Prime Minister Omar Dunne told parliament that Arland would extend its territorial waters.', [['Prime Minister Omar Dunne', 'says', 'Arland will extend its territorial waters']]],
    ["On Saturday the Borean prime minister's office said the border would stay shut.", [['Borea', 'says', 'the border will stay shut']]],
    // A few words quoted inside the words given leave a saying a fronted day dates that day's statement.
    ['On Saturday, the Borean army chief said Arland was trying to "change the line on the ground" by force.', [['Borea', 'says', 'Arland is trying']]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(sayings(sentence)).toEqual(expected);
  });

  test('a happening the words name as known ("the abduction") leaves the saying a statement; one told as news does not', () => {
    expect(sayings("Borea's foreign minister said on Monday that the abduction of its guards was a grave mistake.").map(([speaker, says]) => [speaker, says])).toEqual([['Borea', 'says']]);
    expect(sayings("Borea's foreign minister said on Monday that Arlandese troops abducted its guards.")).toEqual([]);
  });

  test('undated, a state voice\'s words that judge a happening named as known are its own words of the day; a condition is not', () => {
    const kinds = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, invented).triggers.filter((t) => t.happening.rule === 'saying').map((t) => t.value);
    expect(kinds("Arland's foreign ministry said the seizure of the crossing was an occupation of Arlandese land.")).toEqual(['accusation']);
    expect(kinds("Arland's foreign ministry said the shelling of Ondria was an act of aggression.")).toEqual(['accusation']);
    expect(kinds("Arland's foreign ministry said the truce was holding.")).toEqual(['statement']);
    expect(kinds("Arland's foreign ministry said the truce could last if Borea signed the text.")).toEqual([]);
  });

  test('a relative clause set off about the speaker is no part of who spoke, and what it recalls is no part of the words', () => {
    expect(sayings('Arlandese Defence Minister Lena Ferrin, who had called the embargo pointless at the opening session, said Arland had lost patience with its neighbour.')).toEqual([
      ['Arland', 'says', 'Arland lost patience with its neighbour'],
    ]);
    // Words that tell an act as news are that act, whoever the aside says the speaker is.
    expect(sayings('Arlandese Defence Minister Lena Ferrin, who had called the embargo pointless at the opening session, said Borean troops had shelled Velmora.')).toEqual([]);
    // A relative clause that says whom the speaker speaks for is who spoke.
    expect(sayings('Kael Orvan, who speaks for the Borean government, said on Monday that Borea had lost patience with its neighbour.').map(([speaker]) => speaker)).toEqual(['Borea']);
  });

  test('a happening a party\'s possessive owns ("Borea\'s troop deployment") is named as known: the saying about it is a statement', () => {
    expect(sayings("Arland's foreign minister said on Tuesday that Borea's troop deployment was a threat to peace.").map(([speaker, says]) => [speaker, says])).toEqual([['Arland', 'says']]);
    // Told as news, by a verb, it is the happening, and no statement.
    expect(sayings("Arland's foreign minister said on Tuesday that Borea had deployed troops to the border.")).toEqual([]);
  });

  test.each([
    // No day: an article's sources speak in most of its sentences; an office with no party in the phrase speaks for no side.
    'The prime minister said relations had reached a turning point.',
    // Words of what might have been, and a refusal to speak, say nothing ahead.
    'The Arlandese prime minister said the talks would have failed without a mediator.',
    'The Borean army said it would not comment on the report.',
    // A day of what the reply answers is not the day of the reply.
    'Borea said in response to the shelling on Monday that the charges were baseless.',
    // Recalled from a time the sentence gives, words of what will be are no statement of the day.
    'In 2019 the Arlandese prime minister said the army would guard every crossing.',
    // A fronted phrase with a happening of its own is not where the saying was made.
    'After the shelling on Monday ended, the Arlandese prime minister said relations had reached a low.',
    // A happening told as fact is the news, not a statement about it.
    'The Arlandese army said on Monday that Borean troops shelled a village.',
    // Nobody the reader can name.
    'An analyst said on Monday that relations had reached a turning point.',
    // Undated words are a statement only of a person named by national office, name and side, or
    // of a state body or office with its party in the phrase: not of an office below the state's,
    // a body of no party, or a person whose side is not said.
    'The foreign ministry said Arland had every right to defend its borders.',
    'The Arlandese army said Arland had every right to defend its borders.',
    'Ondria Governor Pel Marten said Arland had every right to defend its borders.',
    'Interior Minister Anan Sukprasert said the patrols were routine.',
    // An undated quotation, and what was not said.
    '"Relations have reached a low," the Arlandese prime minister said.',
    'Arland has not said on any day that the patrols were routine.',
    // A measure announced ahead is the news, planned; no statement besides.
    'The Arlandese prime minister said a curfew would come into force at midnight.',
    // Hearsay is nobody's statement.
    'The two sides are said on good authority to have met.',
    // A call answered is no answer said, and a day far from the verb dates no saying.
    'The Arlandese general answered the call on Monday.',
    'On the border on Monday Borean troops were said to have answered with fire.',
    // Told that nothing happened, a sentence reports a quiet day, not a statement.
    'The night passed without clashes, Arlandese officials said on Sunday.',
    'There was no shelling near the temple, the Borean army said on Monday.',
    'The evening went by without incident, Arlandese border officials said on Tuesday.',
    'Borea\'s defence minister said on Friday there had been no further incidents.',
    // A clash named by its article but told as what came next ("the clash that followed") is news, as a clash told bare is.
    'On Thursday, Borea said three gunmen had been killed in the clash that followed.',
    'On Thursday Borea said two of its guards and three intruders had died in the fighting that followed their crossing at Kelvask.',
    // A fronted day with more than the speaker before the verb (a clause of its own) dates no saying.
    'On Monday the talks in Velmora were called off by Borea, which said the Arlandese minister would not attend.',
  ])('"%s" makes no statement', (sentence) => {
    expect(sayings(sentence)).toEqual([]);
  });
});

describe('sayingsOf: written and posted words are said, and a fronted address may be described', () => {
  test.each([
    ['The Borean president wrote on social media on Saturday that Borea would not back down.'],
    ['Borea\'s defence ministry said on Telegram late on Friday that its units had held the crossing.'],
    ['In a televised address on Saturday, the Borean president said the army would defend the border.'],
  ])('"%s" is a statement', (sentence) => {
    expect(sayings(sentence)).toHaveLength(1);
  });
});

describe('sayingsOf: what a speaker says will not be done is a refusal, a statement of its day', () => {
  test.each([
    ['In a statement read on state television on Saturday, the Borean government said it would not negotiate.'],
    ['The Arlandese prime minister said on Monday that Arland would never attend talks in Velmora.'],
  ])('"%s" is a statement', (sentence) => {
    expect(sayings(sentence)).toHaveLength(1);
  });
});

describe('sayingsOf: a state body or an office with its party in the phrase, undated, speaks for its side', () => {
  const said = (text: string) => sayings(text).map(([speaker, says]) => [speaker, says]);
  test.each([
    ["Borea's foreign ministry said the patrols were routine.", 'Borea'],
    ['The Arlandese defence ministry said the patrols were routine.', 'Arland'],
    ["Borea's president said Borea had every right to defend its borders.", 'Borea'],
    ['The Arlandese prime minister said relations had reached a turning point.', 'Arland'],
    ["Borea's foreign ministry spokeswoman said the claims were baseless.", 'Borea'],
    ['The Borean embassy said the patrols were routine.', 'Borea'],
    // A body written with capitals is the same body: its name ends on the office, not on a person's name.
    ["Borea's Foreign Ministry said the patrols were routine.", 'Borea'],
    ['The Arlandese Defence Ministry said the patrols were routine.', 'Arland'],
  ])('"%s" → a statement of %s', (sentence, party) => {
    expect(said(sentence)).toEqual([[party, 'says']]);
  });
});

describe('sayingsOf: a surname alone speaks for the person the article named in full by title', () => {
  const people = peopleNamed('Interior Minister Anan Sukprasert visited the crossing. The army spokesman, Dara Keo, spoke later.');
  const said = (text: string) =>
    [...analyseSentence({ start: 0, end: text.length, text }, 0, invented, people).about].filter(([t]) => t.happening.rule === 'saying').map(([, f]) => f.speaker);

  test.each([
    ['Sukprasert said on Friday that the patrols were routine.', ['Anan Sukprasert']],
    ['In an interview on Tuesday with a radio station, Keo said the claims were baseless.', ['Dara Keo']],
    // A surname the article never gave in full by title names nobody the reader knows.
    ['Somchai said on Friday that the patrols were routine.', []],
  ])('"%s" → %j', (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });
});

describe('sayingsOf: the verbs of saying are a class, and the one quoted speaks', () => {
  const said = (text: string) =>
    [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
      .filter(([t]) => t.happening.rule === 'saying')
      .map(([, f]) => [f.speaker, f.says]);
  test.each([
    // Quoted by an agency as saying: the agency is the channel.
    ['A spokesman for the Borean army was quoted by the state agency as saying on Tuesday that its troops would hold their positions.', [['Borea', 'says']]],
    // An outlet of several words between "told" and its day is the channel; the day still dates the saying.
    ['The Kelvask Pass was calm, the Borean army chief told The Associated Press on Tuesday.', [['Borea', 'says']]],
    // Conceding is saying.
    ["Arland's border envoy conceded on Tuesday that the new pylons stood on Borean land.", [['Arland', 'says']]],
  ])('%s', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  // Sentences written for these tests, of no real report.
  test.each([
    ["Arland's foreign minister said on Monday that relations had reached a low, while Borea's spokesman said the claims were baseless.", ['Arland', 'Borea']],
    ["Arland's foreign minister said on Monday that relations had reached a low; Borea's spokesman, for his part, said the claims were baseless.", ['Arland', 'Borea']],
    ["Relations had reached a low, Arland's foreign minister said on Monday, while Borea's spokesman said on Monday that the claims were baseless.", ['Arland', 'Borea']],
    // One speaker saying more, or "he" going on, is one statement.
    ["Arland's foreign minister said on Monday that relations had reached a low, and he said the claims were baseless.", ['Arland']],
    ["Arland's foreign minister said on Monday that relations had reached a low, while Arland's prime minister said the claims were baseless.", ['Arland']],
    // Joined by ", and" or ", but" as well as by "while".
    ["Arland's foreign minister said on Monday that relations had reached a low, and Borea's spokesman said the claims were baseless.", ['Arland', 'Borea']],
    ["Arland's foreign minister said on Monday that relations had reached a low, but Borea's spokesman said the claims were baseless.", ['Arland', 'Borea']],
  ])('a second speaker\'s saying in the same sentence is a statement of its own: "%s"', (sentence, speakers) => {
    expect(sayings(sentence).map(([speaker]) => speaker)).toEqual(speakers);
  });

  test.each([
    // After a saying read as an act (an appeal, a condemnation, a denial), another speaker's saying joined on is theirs.
    ['Japan urged restraint on Monday, while the United Nations said it was alarmed.', [['United Nations', 'says', 'it was alarmed']]],
    ['Arland condemned the shelling on Monday; Borea\'s foreign ministry said the talks would go ahead.', [['Borea', 'says', 'the talks will go ahead']]],
    ["Borea's defence ministry denied losing any helicopter on Monday, but Arland's president said that his army had suffered losses.", [['Arland', 'says', 'his army suffered losses']]],
    // Joined by ", and", and after a verb of calling that ends its clause before the join.
    ['The United Nations had called on Tuesday for restraint, and the Borean foreign ministry said it wanted talks.', [['Borea', 'says', 'it wanted talks']]],
    // Before the act of speech, in a clause of its own: the first speaker's saying is read as well.
    ['Borea said on Wednesday there was no reason for the strikes on its soil, and Arland accused Borea of arming smugglers.', [['Borea', 'says', 'there is no reason for the strikes']]],
  ])('"%s": a second speaker after an act of speech', (sentence, expected) => {
    expect(sayings(sentence)).toEqual(expected);
  });

  test.each([
    // The same speaker going on, or a saying inside the first one's clause, is no second statement.
    ['Japan urged restraint on Monday and said it was alarmed.'],
    // A verb joined on with no subject of its own goes on with the first speaker's words.
    ['Lena Ferrin, the Arlandese vice-president, said on Monday that Arland would not be intimidated, and offered Borea help.'],
    ["Borea's defence ministry denied on Monday that Arland's army said the pass was calm."],
    // A sentence that tells an act as done is that act's news.
    ['Japan urged restraint on Monday, while Borean troops said they had shelled the pass.'],
  ])('"%s": no second statement', (sentence) => {
    expect(sayings(sentence)).toEqual([]);
  });

  test.each([
    // Undated words given out through a channel (a statement, an interview, a post) are that day's statement.
    ["Borea's defence minister said in a statement that the patrols were routine.", [['Borea', 'says']]],
    ["In an interview with a radio station in Velmora, Arland's foreign minister said the claims were baseless.", [['Arland', 'says']]],
    ['Writing on social media, the Borean president said the border was calm.', [['Borea', 'says']]],
    // A day inside the words dates what they tell, not their giving.
    ["In a morning statement, Borea's foreign ministry said the reef had been Borean territory since March 1952.", [['Borea', 'says']]],
    ["Borea's foreign ministry said in a statement that its survey ships had been at Kelvask Reef on Friday.", [['Borea', 'says']]],
  ])('"%s": words given out through a channel are a statement, though undated', (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  test.each([
    // Undated, plain "said" is how an article sources its facts; a channel told after a date is not the saying's.
    ['The defence ministry said the patrols were routine.'],
    ['An analyst said in an interview that the claims were baseless.'],
    ["Borea's foreign ministry said the reef had been Borean territory since March 1952."],
  ])('"%s": no statement', (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  test('an outlet of four words between "told" and its day is the channel; the day dates the saying', () => {
    expect(said('"There is no reason to worry," Borea\'s defence minister told the public broadcaster ABN on Monday night.')).toEqual([['Borea', 'says']]);
    expect(said('"There is no reason to worry," Borea\'s defence minister told the public broadcaster ABN.')).toEqual([]);
  });

  test('a participle "saying" hung on another verb is no saying of its own', () => {
    expect(said('Borea closed the Halvane crossing, saying on Tuesday that the talks would resume.')).toEqual([]);
  });
});

describe('sayingsOf: a few words in quotation marks are a term, not a quotation at length', () => {
  const speakers = (text: string) => sayings(text).map(([speaker]) => speaker);
  test('undated words of what will be, with a term quoted, are the day\'s statement', () => {
    expect(speakers('Borean Foreign Minister Tor Halvik said the "new line" would stay shut.')).toEqual(['Borea']);
  });
  test('… but a quotation at length leaves the statement to the sentence that sums it up', () => {
    expect(speakers('Borean Foreign Minister Tor Halvik said the border would stay shut until Arland stopped "a campaign of lies and provocations".')).toEqual([]);
  });
});

describe('sayingsOf: a saying inside the words of another is reported, not a statement of its own', () => {
  test('a second "that" goes on with the first speaker\'s words', () => {
    expect(sayings('Borean Foreign Minister Tor Halvik said on Monday that the border would stay shut, and that the Arlandese foreign minister had told him so on Sunday.').map(([speaker]) => speaker)).toEqual(['Borea']);
  });
  test('… but a second speaker in a clause of its own speaks', () => {
    expect(sayings("Borean Foreign Minister Tor Halvik said on Monday that the border would stay shut, and Arland's defence minister said the road would reopen.").map(([speaker]) => speaker)).toEqual(['Borea', 'Arland']);
  });
});

describe('sayingsOf: undated words of what will be, in the second clause of what was said', () => {
  const speakers = (text: string) => sayings(text).map(([speaker]) => speaker);
  test('"said the tests came as no surprise and that Arland would not be provoked" is the day\'s statement', () => {
    expect(speakers("Arland's defence council said the missile tests came as no surprise and that Arland would not be provoked.")).toEqual(['Arland']);
  });
  test('… as the same words would be in its first clause; a second clause of what was, or of a refusal to speak, is no more than the source of facts', () => {
    expect(speakers("Arland's defence council said the missile tests came as no surprise and that Arland had not been provoked.")).toEqual([]);
    expect(speakers("Arland's defence council said the missile tests came as no surprise and that it would not comment further.")).toEqual([]);
  });
});
