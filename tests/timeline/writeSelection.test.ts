import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { writeSelection } from '../../src/client/timeline/writeSelection.ts';

function page() {
  const { document } = parseHTML(`<html><body><div id="root">
    <section class="details" hidden><div class="details-body"></div></section>
    <div data-role="announcer"></div>
  </div><ol>
    <li data-id="a"><a class="story-line" href="#event-a">A</a><article><h4 class="event-title"><a href="/events/a/">A</a></h4><div class="sources"><blockquote>Q</blockquote></div></article></li>
    <li data-id="b"><a class="story-line" href="#event-b">B</a><article><h4 class="event-title"><a href="/events/b/">B</a></h4></article></li>
  </ol></body></html>`);
  const root = document.getElementById('root') as unknown as HTMLElement;
  const items = new Map([...document.querySelectorAll('li[data-id]')].map((li) => [li.getAttribute('data-id')!, li as unknown as HTMLElement]));
  return { document, root, items };
}

describe('writeSelection', () => {
  test('fills the panel with a copy of the card, its sources included, named by its title, without repeating the list’s ids', () => {
    const { root, items } = page();
    writeSelection({ root, items }, undefined, 'a', { vertical: false, announcement: 'A. Event 1 of 2.' });
    const panel = root.querySelector<HTMLElement>('.details')!;
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector('.event-title')!.id).toBe('details-title-a');
    expect(panel.querySelector('article')!.getAttribute('aria-labelledby')).toBe('details-title-a');
    expect(panel.querySelector('.sources blockquote')!.textContent).toBe('Q');
    expect(root.querySelector('[data-role="announcer"]')!.textContent).toBe('A. Event 1 of 2.');
    expect(items.get('a')!.classList.contains('selected')).toBe(true);
  });

  test('opens the story in place in the vertical view, and closes the one before', () => {
    const { root, items } = page();
    writeSelection({ root, items }, undefined, 'a', { vertical: true });
    writeSelection({ root, items }, 'a', 'b', { vertical: true });
    expect(items.get('a')!.className).toBe('');
    expect(items.get('a')!.querySelector('.story-line')!.getAttribute('aria-expanded')).toBe('false');
    expect(items.get('b')!.classList.contains('open')).toBe(true);
    expect(items.get('b')!.querySelector('.story-line')!.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector<HTMLElement>('.details')!.hidden).toBe(true);
  });

  test('hides the panel when nothing is selected', () => {
    const { root, items } = page();
    writeSelection({ root, items }, undefined, 'a', { vertical: false });
    writeSelection({ root, items }, 'a', undefined, { vertical: false });
    expect(root.querySelector<HTMLElement>('.details')!.hidden).toBe(true);
    expect(items.get('a')!.classList.contains('selected')).toBe(false);
  });
});
