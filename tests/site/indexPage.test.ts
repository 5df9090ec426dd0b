import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EventsFile, type Kind } from '../../src/lib/eventSchema.ts';
import { kindSymbolPaths } from '../../src/lib/kindSymbolPaths.ts';
import { builtFile } from '../helpers/builtSites.ts';

const { document } = parseHTML(await readFile(builtFile('index.html'), 'utf8'));
const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));

describe('the built index page, as HTML', () => {
  test('lists every event of data/events.json, in order, with its title and each of its quotes', () => {
    const items = [...document.querySelectorAll('#event-list li[data-id]')];
    expect(new Set(items.map((li) => li.getAttribute('data-id')))).toEqual(new Set(data.events.map((e) => e.id)));
    expect(items).toHaveLength(data.events.length);
    for (const event of data.events) {
      const item = document.getElementById(`event-${event.id}`)!;
      expect(item.querySelector('.event-title')!.textContent!.trim()).toBe(event.title);
      const quotes = [...item.querySelectorAll('.citation blockquote')].map((q) => q.textContent!.trim());
      expect(quotes).toEqual(event.citations.map((c) => c.quote));
    }
  });

  test('orders events by date, grouped under month headings', () => {
    const dates = [...document.querySelectorAll('#event-list li[data-id]')].map((li) => li.getAttribute('data-date')!);
    expect(dates).toEqual([...dates].sort());
    expect([...document.querySelectorAll('#event-list .month-heading')].map((h) => h.textContent)).toContain('December 2025');
  });

  // The list's markup is most of what the page costs beyond the plain floor of `npm run bench`
  // (issue 12 §3): its parse grows with every event. Bytes of tags and attributes, not of text.
  test('an event costs the list at most 1,500 bytes of markup beyond its words, and each quote and reported figure at most 200 more', () => {
    const markup = (el: Element) => Buffer.byteLength(el.outerHTML) - Buffer.byteLength(el.textContent ?? '');
    const items = [...document.querySelectorAll('#event-list li[data-id]')];
    expect(items.length).toBeGreaterThan(0);
    const over: string[] = [];
    for (const item of items) {
      const parts = [...item.querySelectorAll('.citation, .figures dt, .figures dd')];
      const own = markup(item) - parts.reduce((n, part) => n + markup(part), 0);
      if (own > 1_500) over.push(`${item.getAttribute('data-id')}: ${own} bytes`);
      for (const part of parts) if (markup(part) > 200) over.push(`${item.getAttribute('data-id')}, ${part.className || part.tagName}: ${markup(part)} bytes`);
    }
    expect(over).toEqual([]);
  });

  // Chromium copies a <use>d symbol into every <use>: at 2,000 events that cost more than the paths.
  test('draws every kind icon with its own kind\'s shape, referring to nothing else in the page', () => {
    const icons = [...document.querySelectorAll('svg.kind-icon')];
    expect(icons.length).toBeGreaterThan(data.events.length);
    expect(document.querySelectorAll('use, symbol')).toHaveLength(0);
    for (const icon of icons) {
      const kind = [...icon.classList].find((c) => c.startsWith('kind-') && c !== 'kind-icon')!.slice('kind-'.length);
      // The shape is drawn 2 units inside the icon's square, so that its outline fits.
      const size = Number(icon.getAttribute('viewBox')!.split(' ')[2]);
      expect(icon.querySelector('path')!.getAttribute('d')).toBe(new Map(kindSymbolPaths(size / 2 - 2)).get(kind as Kind));
    }
  });

  test('opens with a lede written from the data', () => {
    expect(document.querySelector('.lede')!.textContent).toMatch(new RegExp(`^${data.events.length} events from `));
  });
});
