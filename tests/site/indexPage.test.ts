import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
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

  // Two icons an event: as an inline SVG each was two elements and a path, 10% of the page at 2,000 events.
  test('draws every kind icon as one empty element of its event\'s kind, beside the kind\'s name', () => {
    const items = [...document.querySelectorAll('#event-list li[data-id]')];
    for (const item of items) {
      const icons = [...item.querySelectorAll('.kind-icon')];
      expect(icons.map((icon) => icon.outerHTML)).toEqual(Array(2).fill(`<span class="kind-icon kind-${item.getAttribute('data-kind')}${item.getAttribute('data-status') === 'scheduled' ? ' status-scheduled' : ''}"></span>`));
      // The icon says nothing itself: the line it stands in names the kind.
      const kindName = item.querySelector('.story-kind')!.textContent!;
      for (const icon of icons) expect(icon.parentElement!.textContent).toContain(kindName);
    }
    expect(document.querySelectorAll('svg.kind-icon, use, symbol')).toHaveLength(0);
  });

  test('opens with a lede written from the data', () => {
    expect(document.querySelector('.lede')!.textContent).toMatch(new RegExp(`^${data.events.length} events from `));
  });
});
