import { describe, expect, test } from 'vitest';
import type { Article } from '../src/lib/parseArticle.ts';
import { sourceEntries } from '../src/lib/sourceEntries.ts';

const article = (name: string, meta: Article['meta'] = {}): Article => ({ name, meta, body: `Text of ${name}.`, bodyLine: 1 });

describe('sourceEntries', () => {
  test('lists every article in file-name order, with its body', () => {
    expect(sourceEntries([], [article('b.txt'), article('a.txt')])).toEqual([
      { file: 'a.txt', publishedInferred: false, body: 'Text of a.txt.' },
      { file: 'b.txt', publishedInferred: false, body: 'Text of b.txt.' },
    ]);
  });

  test('fills in from the events file what front matter leaves out, and front matter wins', () => {
    const listed = [{ file: 'a.txt', outlet: 'Listed outlet', title: 'Listed title', published: '2025-07-20', publishedInferred: true }];
    expect(sourceEntries(listed, [article('a.txt', { title: 'Own title' })])).toEqual([
      { file: 'a.txt', outlet: 'Listed outlet', title: 'Own title', published: '2025-07-20', publishedInferred: true, body: 'Text of a.txt.' },
    ]);
  });

  test('a publication day from front matter is never said to be inferred', () => {
    const listed = [{ file: 'a.txt', published: '2025-07-20', publishedInferred: true }];
    expect(sourceEntries(listed, [article('a.txt', { published: '2025-07-21' })])[0]).toMatchObject({ published: '2025-07-21', publishedInferred: false });
  });

  test('takes the first listing of an article listed twice', () => {
    const listed = [{ file: 'a.txt', outlet: 'First', publishedInferred: false }, { file: 'a.txt', outlet: 'Second', publishedInferred: false }];
    expect(sourceEntries(listed, [article('a.txt')])[0]?.outlet).toBe('First');
  });
});
