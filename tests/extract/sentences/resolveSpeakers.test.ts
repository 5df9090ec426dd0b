import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { compiled } from '../../helpers/lexicon.ts';

describe('resolveSpeakers: who an "it" or "he" that speaks is', () => {
  test('the party the sentence before named last as speaking', () => {
    const body = 'Cambodia says the temple belongs to it. On Sunday it accused Thailand of shelling the area.';
    const [, second] = analyseArticle(article('a.txt', body), compiled).sentences;
    const accusation = [...second!.about].find(([t]) => t.value === 'accusation')!;
    expect(accusation[1]).toMatchObject({ speaker: 'Cambodia', addressee: 'Thailand' });
  });

  test('"the minister" is the minister the sentence before named as speaking, though a nickname stands between the name and "said"', () => {
    // Invented, in the shape of a wire report quoting a minister by his nickname.
    const body = 'Cambodia\'s information minister, Sok Dara "the Tiger", said its troops had beaten off the attack. The minister blamed Thailand for starting the fight.';
    const [, second] = analyseArticle(article('a.txt', body), compiled).sentences;
    const accusation = [...second!.about].find(([t]) => t.value === 'accusation')!;
    expect(accusation[1]).toMatchObject({ speaker: 'Cambodia', addressee: 'Thailand' });
  });

  test('an "it" that tells of the other side\'s attack accuses it; one that tells of its own side\'s accuses no one', () => {
    const accusations = (body: string) =>
      analyseArticle(article('a.txt', body), compiled).sentences.at(-1)!.about.entries().filter(([t]) => t.value === 'accusation').map(([, f]) => [f.speaker, f.addressee]).toArray();
    expect(accusations('Cambodia said this morning that it held 40 soldiers. It said Thai troops had started the hostilities with raids on its posts.')).toEqual([['Cambodia', 'Thailand']]);
    expect(accusations('Thailand said this morning that it held 40 soldiers. It said Thai troops had started the hostilities with raids on the posts.')).toEqual([[undefined, 'Thailand']]);
  });

  test('a charge hung on a saying by a participle is the sayer\'s, not the first party the sentence names', () => {
    const charges = (body: string) =>
      analyseArticle(article('a.txt', body), compiled).sentences[0]!.about.entries().filter(([t]) => t.value === 'accusation').map(([, f]) => f.speaker).toArray();
    expect(charges('Thai fire killed one Cambodian soldier near the temple, the Cambodian army said, accusing Thailand of breaking the truce.')).toEqual(['Cambodia']);
    expect(charges('Thai fire killed one Cambodian soldier near the temple, the Cambodian army said, charging Thailand with not honouring the ceasefire.')).toEqual(['Cambodia']);
  });

  test('a setting fronted before the speaker is not who spoke', () => {
    const speakers = (body: string) => analyseArticle(article('a.txt', body), compiled).sentences[0]!.about.entries().filter(([t]) => t.value === 'statement').map(([, f]) => f.speaker).toArray();
    expect(speakers('Speaking on Wednesday at a news conference at the ASEAN summit in Jakarta, the Thai prime minister said he believed the war had ended.')).toEqual(['Thailand']);
    expect(speakers('At a news conference in Jakarta on Monday, the Thai prime minister said he believed relations would improve.')).toEqual(['Thailand']);
  });

  test('leaves a speaker the sentence names, and a pronoun with nobody before it', () => {
    const [first] = analyseArticle(article('a.txt', 'It accused Thailand of shelling the area.'), compiled).sentences;
    expect([...first!.about].map(([, f]) => f.speaker)).toEqual([undefined, undefined]);
  });

  test.each([
    ['Thai troops and Cambodian troops fought near the temple, and each side accused the other of firing first.'],
    ['Thailand and Cambodia traded fire near the temple. Both sides accused each other of starting the clash.'],
    ['Thailand and Cambodia traded fire near the temple. The two countries accused each other of shelling villages.'],
  ])('"each side", "both sides", "the two countries" that speak are the two countries the article names most: %s', (body) => {
    const sentences = analyseArticle(article('a.txt', body), compiled).sentences;
    const speakers = sentences.flatMap((s) => [...s.about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.speaker));
    expect(speakers).toEqual(['Cambodia and Thailand']);
  });

  test('"the army" that tells of one side\'s attack speaks for the other side', () => {
    const body = 'Thailand and Cambodia traded fire near the temple on Monday. The army said Thai troops had shelled its positions near the temple.';
    const sentences = analyseArticle(article('a.txt', body), compiled).sentences;
    const accusations = sentences.flatMap((s) => [...s.about].filter(([t]) => t.value === 'accusation').map(([, f]) => [f.speaker, f.addressee]));
    expect(accusations).toEqual([['Cambodia', 'Thailand']]);
  });
});
