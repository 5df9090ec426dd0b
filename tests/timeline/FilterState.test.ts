import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DAY_MS } from '../../src/lib/dayMs.ts';
import { NO_FILTERS } from '../../src/client/timeline/filterEvents.ts';
import { FilterState } from '../../src/client/timeline/FilterState.ts';
import type { TimelineData } from '../../src/client/timeline/TimelineData.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const JULY = Date.UTC(2025, 6, 1);
const event = (id: string, day: number, kind: TimelineEvent['kind']): TimelineEvent => ({
  id, start: JULY + day * DAY_MS, end: JULY + (day + 1) * DAY_MS, point: true, approximate: false, kind, status: 'occurred', actors: [], sources: [], title: id, text: id, index: day,
});
const EVENTS = [event('a', 0, 'fighting'), event('b', 1, 'talks'), event('c', 2, 'fighting')];

/**
 * An element with its counts and list, as the reader page renders them. No form: linkedom has
 * none of a form's `elements`; the browser tests check that the form follows a view.
 */
function page() {
  const { document } = parseHTML(`<div id="root">
    <span data-count-for="fighting"></span><span data-count-for="talks"></span><span data-role="count"></span>
    <ol id="list"><li class="month"><ul><li data-id="a" data-gap="0"></li><li data-id="b" data-gap="1"></li><li data-id="c" data-gap="1"></li></ul></li></ol>
  </div>`);
  const root = document.getElementById('root') as unknown as HTMLElement;
  const list = document.getElementById('list') as unknown as HTMLElement;
  const items = new Map([...list.querySelectorAll('li[data-id]')].map((li) => [li.getAttribute('data-id')!, li as unknown as HTMLElement]));
  const data = { events: EVENTS, items, pendingCount: () => 0 } as unknown as TimelineData;
  return { root, list, data, count: (kind: string) => root.querySelector(`[data-count-for="${kind}"]`)!.textContent };
}

describe('FilterState', () => {
  test('shows a view’s filters: the events they leave, in time order, and the counts follow', () => {
    const { root, list, data, count } = page();
    const state = new FilterState(root, list, data);
    const visible = state.show({ ...NO_FILTERS, kinds: new Set(['fighting']) });
    expect(visible.map((e) => e.id)).toEqual(['a', 'c']);
    expect(state.visible).toBe(visible);
    expect([count('fighting'), count('talks')]).toEqual(['2', '1']);
  });

  test('applies the filters in force again to the events held now, as after a piece of the archive came in', () => {
    const { root, list, data, count } = page();
    const held = { ...data, events: EVENTS.slice(0, 2) } as unknown as TimelineData;
    const state = new FilterState(root, list, held);
    expect(state.show({ ...NO_FILTERS, kinds: new Set(['fighting']) }).map((e) => e.id)).toEqual(['a']);
    held.events = EVENTS;
    expect(state.apply().map((e) => e.id)).toEqual(['a', 'c']);
    expect(count('fighting')).toBe('2');
  });

  test('writes the counts at once and leaves the list for idle time when asked, as a reader’s change on the canvas view is', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const { root, list, data, count } = page();
    const state = new FilterState(root, list, data);
    state.filters = { ...NO_FILTERS, kinds: new Set(['talks']) };
    const hidden = () => [...list.querySelectorAll('li[data-id][hidden]')].map((li) => li.getAttribute('data-id'));
    expect(state.apply(true).map((e) => e.id)).toEqual(['b']);
    expect(root.querySelector('[data-role="count"]')!.textContent).toBe('Showing 1 of 3 events.');
    expect(hidden()).toEqual([]);
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(hidden()).toEqual(['a', 'c']);
    expect([count('fighting'), count('talks')]).toEqual(['2', '1']);
  });

  test('a list write asked for now supersedes one left for idle time', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => idle.splice(0));
    const { root, list, data } = page();
    const state = new FilterState(root, list, data);
    state.filters = { ...NO_FILTERS, kinds: new Set(['talks']) };
    state.apply(true);
    state.show({ ...NO_FILTERS, kinds: new Set(['fighting']) });
    for (const callback of idle) callback();
    expect([...list.querySelectorAll('li[data-id][hidden]')].map((li) => li.getAttribute('data-id'))).toEqual(['b']);
  });

  test('a first view that shows every event leaves the list as served until idle time; one that hides some writes it at once', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => idle.splice(0));
    const hidden = (list: HTMLElement) => [...list.querySelectorAll('li[data-id][hidden]')].map((li) => li.getAttribute('data-id'));
    const everything = page();
    // Served out of step with the view (a real page's list shows every event), so that a write shows.
    everything.list.querySelector('li[data-id="b"]')!.setAttribute('hidden', '');
    expect(new FilterState(everything.root, everything.list, everything.data).show(NO_FILTERS)).toHaveLength(3);
    expect(everything.root.querySelector('[data-role="count"]')!.textContent).toBe('Showing all 3 events.');
    expect(hidden(everything.list)).toEqual(['b']);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(hidden(everything.list)).toEqual([]);
    const some = page();
    new FilterState(some.root, some.list, some.data).show({ ...NO_FILTERS, kinds: new Set(['talks']) });
    expect(hidden(some.list)).toEqual(['a', 'c']);
    expect(idle).toEqual([]);
  });
});

afterEach(() => vi.unstubAllGlobals());
