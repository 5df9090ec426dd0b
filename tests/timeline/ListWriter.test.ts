import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DAY_MS } from '../../src/lib/dayMs.ts';
import { ListWriter } from '../../src/client/timeline/ListWriter.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const JULY = Date.UTC(2025, 6, 1);
const event = (id: string, day: number): TimelineEvent => ({
  id, start: JULY + day * DAY_MS, end: JULY + (day + 1) * DAY_MS, point: true, approximate: false, kind: 'fighting', status: 'occurred', actors: [], sources: [], title: id, text: id, index: 0,
});
// Three events in July (days 0, 1 and 30, so 1 and 30 days apart), one in August.
const EVENTS = [event('a', 0), event('b', 1), event('c', 30), event('d', 31)];
/** The events with these ids, in time order, as the filters leave them. */
const shown = (...ids: string[]) => EVENTS.filter((e) => ids.includes(e.id));

function list() {
  const { document } = parseHTML(`<ol id="list">
    <li class="month"><h3>July</h3><ul><li data-id="a" data-gap="0"></li><li data-id="b" data-gap="1"></li><li data-id="c" data-gap="5"></li></ul></li>
    <li class="month"><h3>August</h3><ul><li data-id="d" data-gap="1"></li></ul></li>
  </ol>`);
  const root = document.getElementById('list') as unknown as HTMLElement;
  const items = new Map([...root.querySelectorAll('li[data-id]')].map((li) => [li.getAttribute('data-id')!, li as unknown as HTMLElement]));
  const months = [...root.children] as unknown as HTMLElement[];
  const state = () => ({
    hidden: [...items.values()].filter((li) => li.hasAttribute('hidden')).map((li) => li.dataset.id),
    gaps: Object.fromEntries([...items.values()].filter((li) => !li.hasAttribute('hidden')).map((li) => [li.dataset.id, li.dataset.gap])),
    months: months.map((m) => m.hasAttribute('hidden')),
  });
  return { root, items, state };
}

describe('ListWriter', () => {
  test('hides the entries left out and the months left empty, and shows them again', () => {
    const { root, items, state } = list();
    const writer = new ListWriter(root);
    writer.write(items, EVENTS, shown('b', 'c'));
    expect(state()).toMatchObject({ hidden: ['a', 'd'], months: [false, true] });
    writer.write(items, EVENTS, shown('a', 'b', 'c', 'd'));
    expect(state()).toMatchObject({ hidden: [], months: [false, false] });
  });

  test('spaces each entry by the time since the one before it among those shown', () => {
    const { root, items, state } = list();
    const writer = new ListWriter(root);
    // Without b, c follows a after 30 days (step 5); without c, d follows b after 30 days.
    writer.write(items, EVENTS, shown('a', 'c', 'd'));
    expect(state().gaps).toEqual({ a: '0', c: '5', d: '1' });
    writer.write(items, EVENTS, shown('b', 'd'));
    expect(state().gaps).toEqual({ b: '0', d: '5' });
  });

  test('follows a longer list of events once a piece of the archive has come', () => {
    const { root, items, state } = list();
    const writer = new ListWriter(root);
    const before = EVENTS.slice(0, 3);
    writer.write(items, before, before.filter((e) => e.id !== 'b'));
    expect(state()).toMatchObject({ hidden: ['b'], gaps: { a: '0', c: '5' } });
    writer.write(items, EVENTS, shown('b', 'd'));
    expect(state()).toMatchObject({ hidden: ['a', 'c'], gaps: { b: '0', d: '5' }, months: [false, false] });
  });

  test('writes an entry that comes into the list after the events it belongs to (the rest of a long list)', () => {
    const { root, items, state } = list();
    const d = items.get('d')!;
    items.delete('d');
    const writer = new ListWriter(root);
    // d is not in the list yet: the others are written.
    writer.write(items, EVENTS, shown('a', 'c'));
    expect(state()).toMatchObject({ hidden: ['b'], gaps: { a: '0', c: '5' } });
    expect(d.hasAttribute('hidden')).toBe(false);
    items.set('d', d);
    writer.write(items, EVENTS, shown('a', 'c'));
    expect(state()).toMatchObject({ hidden: ['b', 'd'] });
  });

  test('starts from what the server wrote: an entry the server hid is shown when it passes', () => {
    const { root, items, state } = list();
    items.get('a')!.setAttribute('hidden', '');
    new ListWriter(root).write(items, EVENTS, shown('a', 'b', 'c', 'd'));
    expect(state()).toMatchObject({ hidden: [], gaps: { a: '0', b: '1', c: '5', d: '1' } });
  });
});
