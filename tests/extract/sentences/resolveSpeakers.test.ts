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

  test('leaves a speaker the sentence names, and a pronoun with nobody before it', () => {
    const [first] = analyseArticle(article('a.txt', 'It accused Thailand of shelling the area.'), compiled).sentences;
    expect([...first!.about].map(([, f]) => f.speaker)).toEqual([undefined, undefined]);
  });
});
