import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/lib/parseArticle.ts';
import { formatProblem } from '../src/lib/problem.ts';

const problemsOf = (text: string) => parseArticle('seeds/a.txt', text).problems.map(formatProblem);

describe('parseArticle', () => {
  test('takes an article without front matter as all body', () => {
    expect(parseArticle('seeds/a.txt', 'Shelling resumed at dawn.').article).toEqual({
      name: 'a.txt',
      meta: {},
      body: 'Shelling resumed at dawn.',
      bodyLine: 1,
    });
  });

  test('reads front matter and starts the body after it', () => {
    const text = '---\ntitle: Shelling resumes\noutlet: Example News\nurl: https://example.org/a\npublished: 2024-05-02\nlanguage: en\n---\nShelling resumed.\n';
    expect(parseArticle('seeds/a.txt', text).article).toEqual({
      name: 'a.txt',
      meta: { title: 'Shelling resumes', outlet: 'Example News', url: 'https://example.org/a', published: '2024-05-02', language: 'en' },
      body: 'Shelling resumed.\n',
      bodyLine: 8,
    });
  });

  test('accepts Windows line endings in front matter', () => {
    expect(parseArticle('seeds/a.txt', '---\r\npublished: 2024-05-02\r\n---\r\nBody').article?.body).toBe('Body');
  });

  test('a horizontal rule later in the body is not front matter', () => {
    expect(parseArticle('seeds/a.txt', 'Intro\n---\nMore').article?.body).toBe('Intro\n---\nMore');
  });

  test.each([
    ['unclosed front matter', '---\npublished: 2024-05-02\nBody', [
      'seeds/a.txt:1:1  expected front matter to end with a line "---", found none (close the block, or remove the first line if the article has no front matter) [front-matter-unclosed]',
    ]],
    ['a YAML syntax error', '---\ntitle: [unclosed\n---\nBody', [
      'seeds/a.txt:3:1  expected YAML front matter, found a syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] [front-matter-syntax]',
    ]],
    ['an impossible publication date', '---\npublished: 2025-02-30\n---\nBody', [
      'seeds/a.txt:2:12  published: expected a date that exists on the calendar, found "2025-02-30" [front-matter-field]',
    ]],
    ['a publication month instead of a day', '---\npublished: 2025-02\n---\nBody', [
      'seeds/a.txt:2:12  published: expected a day as YYYY-MM-DD, found "2025-02" [front-matter-field]',
    ]],
    ['an unknown field', '---\npublised: 2025-02-03\n---\nBody', [
      'seeds/a.txt:2:1  publised: expected one of the fields title, outlet, url, published, language; found unknown field "publised" [front-matter-field]',
    ]],
  ])('reports %s with its line', (_, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });
});
