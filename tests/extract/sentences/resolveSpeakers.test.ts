import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

describe('resolveSpeakers: a speaker named by a capitalised acronym', () => {
  test('"US" before a title is the United States, not the pronoun "us"', () => {
    const body = 'Arland and Borea traded fire at the Kelvask Pass on Monday. Speaking beside Arlandese Prime Minister Lena Ferrin, US President John Carver said on Monday that Borea had the right to defend its border. He urged both sides to talk.';
    const last = analyseArticle(article('a.txt', body), invented).sentences.at(-1)!;
    expect([...last.about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker)).toEqual(['United States']);
  });
});

describe('resolveSpeakers: officials named by no country', () => {
  test('officials of no named capital who tell of one side\'s attack are the other side accusing it', () => {
    const body = 'Borea and Arland have quarrelled over the Kelvask Pass for years. Officials in the capital said on Tuesday that Borean troops had shelled the pass.';
    const [, second] = analyseArticle(article('a.txt', body), invented).sentences;
    const accusation = [...second!.about].find(([t]) => t.value === 'accusation');
    expect(accusation?.[1]).toMatchObject({ speaker: 'Arland', addressee: 'Borea' });
  });
});

describe('resolveSpeakers: who an "it" or "he" that speaks is', () => {
  test('the party the sentence before named last as speaking', () => {
    const body = 'Borea says the temple belongs to it. On Sunday it accused Arland of shelling the area.';
    const [, second] = analyseArticle(article('a.txt', body), invented).sentences;
    const accusation = [...second!.about].find(([t]) => t.value === 'accusation')!;
    expect(accusation[1]).toMatchObject({ speaker: 'Borea', addressee: 'Arland' });
  });

  test('a "he" is a person: never a party the sentence before named bare as telling', () => {
    const body = 'Borea said on Monday that it would free the herders. He urged Arland to send a ship for them.';
    const [, second] = analyseArticle(article('a.txt', body), invented).sentences;
    expect([...second!.about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker)).toEqual([undefined]);
  });

  test('a "she" naming something in a relative clause is the teller her own sentence named, not a speaker before it', () => {
    const body =
      'Borean President Tan Weiro said on Friday that the raid was unlawful. According to Arlandese Foreign Minister Ana Ruiz, writing on social media, several Arlandese diplomats were hurt in the raid, which she called a violation of the Vienna Convention.';
    const [, second] = analyseArticle(article('a.txt', body), invented).sentences;
    expect([...second!.about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker)).toEqual(['Arland']);
  });

  test('"the minister" is the minister the sentence before named as speaking, though a nickname stands between the name and "said"', () => {
    // Invented, in the shape of a wire report quoting a minister by his nickname.
    const body = 'Borea\'s information minister, Sok Dara "the Tiger", said its troops had beaten off the attack. The minister blamed Arland for starting the fight.';
    const [, second] = analyseArticle(article('a.txt', body), invented).sentences;
    const accusation = [...second!.about].find(([t]) => t.value === 'accusation')!;
    expect(accusation[1]).toMatchObject({ speaker: 'Borea', addressee: 'Arland' });
  });

  test('an "it" that tells of the other side\'s attack accuses it; one that tells of its own side\'s is not made its accuser, the charge keeping no speaker', () => {
    const accusations = (body: string) =>
      analyseArticle(article('a.txt', body), invented).sentences.at(-1)!.about.entries().filter(([t]) => t.value === 'accusation').map(([, f]) => [f.speaker, f.addressee]).toArray();
    expect(accusations('Borea said on Tuesday that it was holding 12 prisoners. It said Arlandese troops had begun the fighting with night raids on its outposts.')).toEqual([['Borea', 'Arland']]);
    expect(accusations('Arland said on Tuesday that it was holding 12 prisoners. It said Arlandese troops had begun the fighting with night raids on the outposts.')).toEqual([[undefined, 'Arland']]);
  });

  test('a charge hung on a saying by a participle is the sayer\'s, not the first party the sentence names', () => {
    const charges = (body: string) =>
      analyseArticle(article('a.txt', body), invented).sentences[0]!.about.entries().filter(([t]) => t.value === 'accusation').map(([, f]) => f.speaker).toArray();
    expect(charges('Arlandese shelling wounded two Borean herders near the Halvane crossing, the Borean army said, accusing Arland of tearing up the truce.')).toEqual(['Borea']);
    expect(charges('Arlandese shelling wounded two Borean herders near the Halvane crossing, the Borean army said, charging Arland with flouting the truce.')).toEqual(['Borea']);
  });

  test('a setting fronted before the speaker is not who spoke', () => {
    const speakers = (body: string) => analyseArticle(article('a.txt', body), invented).sentences[0]!.about.entries().filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker).toArray();
    expect(speakers('Speaking on Tuesday to reporters at a regional forum in Velmora, the Arlandese foreign minister said he thought the worst was over.')).toEqual(['Arland']);
    expect(speakers('At a press conference in Velmora on Friday, the Arlandese foreign minister said he thought trade would resume soon.')).toEqual(['Arland']);
  });

  test('a "he" that tells words whose subject is a party ("Arland demanded …, he said") is the one who spoke before', () => {
    const speakers = (body: string) =>
      analyseArticle(article('a.txt', body), invented).sentences.at(-1)!.about.entries().filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker).toArray();
    const before = 'Arland\'s foreign minister said on Tuesday that he had called in the Borean envoy.';
    expect(speakers(`${before} Arland demanded that Borea pull its troops back from the Kelvask Pass, he said.`)).toEqual(['Arland']);
    // With nobody before to be the "he", the words keep no speaker.
    expect(speakers('Arland demanded that Borea pull its troops back from the Kelvask Pass, he said.')).toEqual([undefined]);
  });

  test('a quote\'s own "we" is the "he" that closes it, found as any "he" is', () => {
    const speakers = (body: string) =>
      analyseArticle(article('a.txt', body), invented).sentences.at(-1)!.about.entries().filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker).toArray();
    const before = 'Arland\'s foreign minister said on Tuesday that he had called in the Borean envoy.';
    expect(speakers(`${before} "We demand that Borea pull its troops back from the Kelvask Pass," he said.`)).toEqual(['Arland']);
    expect(speakers('"We demand that Borea pull its troops back from the Kelvask Pass," he said.')).toEqual([undefined]);
  });

  test('the verbs that close a quote on its teller are the same for a "he" as for a name', () => {
    const speakers = (body: string) =>
      analyseArticle(article('a.txt', body), invented).sentences.at(-1)!.about.entries().filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker).toArray();
    const before = 'Arland\'s foreign minister said on Tuesday that he had called in the Borean envoy.';
    expect(speakers(`${before} "We demand that Borea pull its troops back from the Kelvask Pass," he declared.`)).toEqual(['Arland']);
    expect(speakers(`${before} "We demand that Borea pull its troops back from the Kelvask Pass," Arland's foreign minister declared.`)).toEqual(['Arland']);
  });

  test('leaves a speaker the sentence names, and a pronoun with nobody before it', () => {
    const [first] = analyseArticle(article('a.txt', 'It accused Arland of shelling the area.'), invented).sentences;
    expect([...first!.about].map(([, f]) => f.speaker)).toEqual([undefined, undefined]);
  });

  test.each([
    ['Arlandese troops and Borean troops fought near the temple, and each side accused the other of firing first.'],
    ['Arland and Borea traded fire near the temple. Both sides accused each other of starting the clash.'],
    ['Arland and Borea traded fire near the temple. The two countries accused each other of shelling villages.'],
  ])('"each side", "both sides", "the two countries" that speak are the two countries the article names most: %s', (body) => {
    const sentences = analyseArticle(article('a.txt', body), invented).sentences;
    const speakers = sentences.flatMap((s) => [...s.about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.speaker));
    expect(speakers).toEqual(['Arland and Borea']);
  });

  test('"the army" that tells of one side\'s attack speaks for the other side', () => {
    const body = 'Arland and Borea traded fire near the temple on Monday. The army said Arlandese troops had shelled its positions near the temple.';
    const sentences = analyseArticle(article('a.txt', body), invented).sentences;
    const accusations = sentences.flatMap((s) => [...s.about].filter(([t]) => t.value === 'accusation').map(([, f]) => [f.speaker, f.addressee]));
    expect(accusations).toEqual([['Borea', 'Arland']]);
  });
});

describe('resolveSpeakers: a "he" or "she" after a sentence where no one speaks', () => {
  const speakers = (body: string) =>
    analyseArticle(article('a.txt', body), invented).sentences.at(-1)!.about.entries().filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker).toArray();

  test('is the person named first in the nearest of the two sentences before, speaking for their side', () => {
    expect(
      speakers('Arlandese Prime Minister Lena Ferrin did not speak of closing the Halvane crossing. Security begins at the border, she said in Arlandia City. She again demanded that Borea free the fishermen.'),
    ).toEqual(['Arland']);
    // Named first, as the subject is: not the person the subject thanked.
    expect(speakers('In Velmora on Monday, Arlandese Prime Minister Lena Ferrin thanked the Borean envoy, Tomas Vell. She again demanded that Borea free the fishermen.')).toEqual(['Arland']);
  });

  test('is not the person a setting fronted before the subject names: whom the subject stood beside', () => {
    expect(
      speakers('Borean President Tor Halvik and Arlandese Prime Minister Lena Ferrin met in Velmora. Speaking beside Halvik after the talks, Ferrin praised the hosts. She urged both sides to keep the Halvane crossing open.'),
    ).toEqual(['Arland']);
  });

  test('is no one when the person is named further back, or, of no side the article says, tells words with a subject of their own', () => {
    expect(speakers('Arlandese Prime Minister Lena Ferrin did not speak of the crossing. The pass was quiet. Trade stopped. She again demanded that Borea free the fishermen.')).toEqual([undefined]);
    expect(speakers('Lena Ferrin did not speak of closing the Halvane crossing. She again demanded that Borea free the fishermen.')).toEqual([undefined]);
  });

  test('is the person by name when the article gives them no side, as the subject of a verb that does more than say', () => {
    const before = 'The accord was brokered by President Kael Orvan at a summit in Velmora. Orvan said the signing mattered for the whole region.';
    expect(speakers(`${before} He urged both leaders to honour what they had signed.`)).toEqual(['Kael Orvan']);
    expect(speakers('Envoy Tan Weiro met the two delegations at the Halvane crossing on Monday. He warned that the truce would not hold without monitors.')).toEqual(['Tan Weiro']);
  });

  test('is no one new when it goes on with the quote the person was named speaking in: those words are that saying\'s', () => {
    expect(speakers('Arlandese Prime Minister Lena Ferrin went to the Halvane crossing on Monday. "The pass is ours," Ferrin said. She said the day would be remembered.')).toEqual([undefined]);
  });

  test('is the person when it does something else by speaking after the quote: thanking, demanding, urging are acts of their own', () => {
    const before = 'Arlandese Prime Minister Lena Ferrin went to the Halvane crossing on Monday. Speaking at the crossing, Ferrin said the road would be rebuilt.';
    expect(speakers(`${before} She thanked Ondria and Velmora for their help.`)).toEqual(['Arland']);
    // More words of the same saying stay that saying's.
    expect(speakers(`${before} She said the day would be remembered.`)).toEqual([undefined]);
  });
});

describe('resolveSpeakers: an "it" after a sentence told only by a pronoun', () => {
  const accusers = (body: string) =>
    analyseArticle(article('a.txt', body), invented).sentences.at(-1)!.about.entries().filter(([t]) => t.value === 'accusation').map(([, f]) => f.speaker).toArray();

  test('is the party that called something what it is two sentences before, when the sentence between is "It said …"', () => {
    const before = "Borea's foreign office called Arland's decision unfortunate. It said Borea remained committed to peace.";
    expect(accusers(`${before} In its statement it accused Arland of meddling in Borea's affairs.`)).toEqual(['Borea']);
    // With a sentence between told by nobody, the "it" is no one's.
    expect(accusers("Borea's foreign office called Arland's decision unfortunate. The crossing stayed shut. In its statement it accused Arland of meddling in Borea's affairs.")).toEqual([undefined]);
  });

  test('is not the party a relative clause gives a name for a thing: "which Borea calls …" tells nothing', () => {
    const before = 'The Arlandese embassy said in a statement that the shoal, which Borea calls Kelvask Reef, was Arlandese territory.';
    expect(
      analyseArticle(article('a.txt', `${before} It urged Borea to pull its ship out.`), invented)
        .sentences.at(-1)!
        .about.entries()
        .filter(([t]) => t.value === 'statement')
        .map(([, f]) => f.speaker)
        .toArray(),
    ).toEqual(['Arland']);
  });
});

describe('resolveSpeakers: an "it" after a speaker who spoke somewhere', () => {
  test('is the speaker, not the place or company a setting set off before the verb names', () => {
    const body = 'The Arlandese foreign ministry, speaking in Velmora, said on Monday that the pass was calm. It urged Borea to keep its troops back.';
    const last = analyseArticle(article('a.txt', body), invented).sentences.at(-1)!;
    expect([...last.about].filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker)).toEqual(['Arland']);
  });
});

describe('resolveSpeakers: an "it" after a teller in its own sentence', () => {
  test('is that teller, though the sentence before has nobody speak', () => {
    const body = 'The border was quiet on Tuesday. Three Arlandese villagers died when their trucks were hit by a strike, the office of Arland\'s president said on Wednesday, and it blamed Borean forces.';
    const last = analyseArticle(article('a.txt', body), invented).sentences.at(-1)!;
    expect([...last.about].filter(([t]) => t.value === 'accusation').map(([, f]) => [f.speaker, f.addressee])).toEqual([['Arland', 'Borea']]);
  });
});
