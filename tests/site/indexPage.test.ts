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

  test('opens with a lede written from the data', () => {
    expect(document.querySelector('.lede')!.textContent).toMatch(new RegExp(`^${data.events.length} events from `));
  });
});
