import { describe, expect, test } from 'vitest';
import { checkDevsetKey } from '../../../scripts/lib/bench/events/checkDevsetKey.ts';
import { key } from './fixtures.ts';

const bodies = new Map([
  ['a.txt', 'Officials said it\ncould lead to war.'],
  ['b.txt', 'Text.'],
]);

describe('checkDevsetKey', () => {
  test('finds nothing wrong in a consistent key, reading a trap across a line break', () => {
    expect(checkDevsetKey(key, bodies)).toEqual([]);
  });

  test('reports each broken reference with the path of the offending value', () => {
    const broken = {
      ...key,
      happenings: [...key.happenings, { ...key.happenings[0]!, id: 'clash' }, { ...key.happenings[0]!, id: 'unused' }],
      articles: [
        { ...key.articles[0]!, key: ['clash', 'nowhere'], other: ['clash', 'old-war'], traps: [{ quote: 'not in the text', why: 'fear' as const }] },
        { ...key.articles[1]!, file: 'c.txt' },
      ],
    };
    expect(checkDevsetKey(broken, bodies).map((p) => [p.code, p.path.join('.')])).toEqual([
      ['key-duplicate-id', 'happenings.5.id'],
      ['key-unknown-happening', 'articles.0.key.1'],
      ['key-listed-twice', 'articles.0.other.0'],
      ['key-trap-not-found', 'articles.0.traps.0.quote'],
      ['key-article-missing', 'articles.1.file'],
      ['key-unused-happening', 'happenings.6.id'],
      ['key-article-unlisted', 'articles'],
    ]);
  });
});
