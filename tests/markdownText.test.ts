import { describe, expect, test } from 'vitest';
import { markdownText } from '../src/lib/markdownText.ts';
import { parseArticle } from '../src/lib/parseArticle.ts';

const words = (text: string) => text.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();

describe('markdownText reads a Markdown article as its reader sees it', () => {
  test.each([
    ['a heading', '## Arland and Borea trade fire', 'Arland and Borea trade fire'],
    ['emphasis', 'Troops **crossed** the river _at night_.', 'Troops crossed the river at night.'],
    ['a link keeps its words, not its target', 'Talks opened in [Velmora](https://example.org/velmora "the capital") on Monday.', 'Talks opened in Velmora on Monday.'],
    ['an image and its caption go', 'Shelling went on.\n\n![Smoke over the hills after shelling](https://example.org/a.jpg)\n\nTalks were called off.', 'Shelling went on.\n\n\n\nTalks were called off.'],
    ['quote and list markers go', '> Both sides agreed to talk.\n\n- Arland recalled its envoy.\n- Borea shut the crossing.', 'Both sides agreed to talk.\n\nArland recalled its envoy.\nBorea shut the crossing.'],
    ['raw HTML and code go', 'The army said <b>two</b> soldiers died.\n\n```\nshare-widget();\n```', 'The army said two soldiers died.\n\n\n\n'],
  ])('%s', (_, markdown, text) => {
    const read = markdownText(markdown);
    expect(read.length).toBe(markdown.length);
    expect(words(read)).toBe(words(text));
  });

  test('keeps every line break and every kept character at its offset, but punctuation closing up to markup', () => {
    const markdown = '# Head\n\nArland **shelled** [Ondria](https://x.org) on *Tuesday*.\n';
    const read = markdownText(markdown);
    expect(read).toContain('on  Tuesday. ');
    for (let i = 0; i < read.length; i++) expect(read[i] === ' ' || read[i] === markdown[i] || (read[i] === '.' && markdown[i] === '*')).toBe(true);
    expect(read.split('\n').length).toBe(markdown.split('\n').length);
    expect(read.slice(markdown.indexOf('Ondria'), markdown.indexOf('Ondria') + 6)).toBe('Ondria');
  });
});

describe('parseArticle reads .md articles as Markdown and .txt articles as they are', () => {
  const text = '---\npublished: 2024-03-14\n---\nTroops **crossed** the river.\n';
  test('.md: markup as spaces, after the front matter', () => {
    expect(parseArticle('seeds/a.md', text).article!.body).toBe('Troops   crossed   the river.\n');
  });
  test('.txt: the text untouched', () => {
    expect(parseArticle('seeds/a.txt', text).article!.body).toBe('Troops **crossed** the river.\n');
  });
});
