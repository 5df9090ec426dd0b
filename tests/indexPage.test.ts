import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

const { document } = parseHTML(await readFile('dist/index.html', 'utf8'));
const data = JSON.parse(await readFile('data/events.json', 'utf8'));

describe('the built index page', () => {
  test('lists every event of data/events.json with each of its quotes', () => {
    expect(data.events.length).toBeGreaterThan(0);
    for (const event of data.events) {
      const item = document.getElementById(event.id);
      expect(item, event.id).not.toBeNull();
      expect(item!.querySelector('h2')!.textContent).toBe(event.title);
      const quotes = [...item!.querySelectorAll('blockquote')].map((q) => q.textContent);
      expect(quotes).toEqual(event.citations.map((c: { quote: string }) => c.quote));
    }
  });
});
