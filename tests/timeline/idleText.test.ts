import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { idleText } from '../../src/client/timeline/idleText.ts';

/** A node that counts its text writes, and an idle queue run by hand. */
function setup(text = '') {
  const writes: string[] = [];
  const node = {
    get textContent() { return text; },
    set textContent(value: string) { writes.push(value); text = value; },
  } as unknown as Node;
  return { node, writes };
}
let idle: Map<number, () => void>;
const runIdle = () => {
  const callbacks = [...idle.values()];
  idle.clear();
  for (const callback of callbacks) callback();
};

beforeEach(() => {
  idle = new Map();
  let id = 0;
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => (idle.set(++id, callback), id));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
});
afterEach(() => vi.unstubAllGlobals());

describe('idleText', () => {
  test('writes nothing until the main thread is idle, then only the last text asked for', () => {
    const { node, writes } = setup();
    const range = idleText(node);
    const asked: string[] = [];
    for (const text of ['1 Jun – 30 Jun', '8 Jun – 7 Jul', '15 Jun – 14 Jul']) range.write(() => (asked.push(text), text));
    expect(writes).toEqual([]);
    expect(idle.size).toBe(1);
    runIdle();
    expect(writes).toEqual(['15 Jun – 14 Jul']);
    // The text of a frame drawn over is never even made.
    expect(asked).toEqual(['15 Jun – 14 Jul']);
  });

  test('writes at once when asked now, and drops the idle write that was waiting', () => {
    const { node, writes } = setup();
    const range = idleText(node);
    range.write(() => 'later');
    range.write(() => 'first frame', true);
    expect(writes).toEqual(['first frame']);
    runIdle();
    expect(writes).toEqual(['first frame']);
  });

  test('leaves a node alone when its text is already the one asked for', () => {
    const { node, writes } = setup('1 Jun – 30 Jun');
    const range = idleText(node);
    range.write(() => '1 Jun – 30 Jun');
    runIdle();
    expect(writes).toEqual([]);
  });

  test('writes nothing after stop, as when the element has left the page', () => {
    const { node, writes } = setup();
    const range = idleText(node);
    range.write(() => 'never');
    range.stop();
    runIdle();
    expect(writes).toEqual([]);
  });
});
