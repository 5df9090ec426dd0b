import { expect, test } from 'vitest';
import type { ArticleAnalysis } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { placesOf } from '../../../scripts/lib/extract/time/placesOf.ts';

type Sentence = ArticleAnalysis['sentences'][number];
const naming = (...places: { name: string; kind: string }[]) => ({ places }) as unknown as Sentence;

test('a sentence shares the places it names below a province, not its country or province', () => {
  const sentence = naming({ name: 'Borea', kind: 'country' }, { name: 'Velmora', kind: 'province' }, { name: 'Halvane crossing', kind: 'checkpoint' }, { name: 'Kelvask Pass', kind: 'village' });
  expect([...placesOf(sentence)]).toEqual(['Halvane crossing', 'Kelvask Pass']);
  expect(placesOf(naming({ name: 'Borea', kind: 'country' })).size).toBe(0);
});
