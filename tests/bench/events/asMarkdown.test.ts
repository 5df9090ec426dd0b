import { describe, expect, test } from 'vitest';
import { asMarkdown } from '../../../scripts/lib/bench/events/asMarkdown.ts';
import { markdownText } from '../../../src/lib/markdownText.ts';

const body = ['Arland and Borea trade fire', 'Soldiers of Arland Province fired across the river on Tuesday.', 'Port Vella said Mira Quell had been hurt.', 'Talks are due next week.'].join('\n\n');
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('asMarkdown saves an article as a web clipper would', () => {
  test('marks up the headline, names, a photo and a quoted last paragraph', () => {
    const md = asMarkdown(body);
    expect(md).toMatch(/^# Arland and Borea/);
    expect(md).toMatch(/\*\*[A-Z]\w+ [A-Z]\w+\*\*/);
    expect(md).toMatch(/\[[A-Z]\w+ [A-Z]\w+\]\(https:/);
    expect(md).toMatch(/!\[[^\]]+\]\(https:/);
    expect(md).toMatch(/\n> Talks are due next week\.$/);
  });

  test('reads back, as a .md article is read, to the article’s own words', () => {
    expect(words(markdownText(asMarkdown(body)))).toEqual(words(body));
  });
});
