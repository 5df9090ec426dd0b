import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { idleTask } from '../../src/client/timeline/idleTask.ts';

/** An idle queue run by hand. */
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

describe('idleTask', () => {
  test('runs nothing until the main thread is idle, then only the last task asked for', () => {
    const ran: string[] = [];
    const list = idleTask();
    for (const name of ['talks hidden', 'fighting hidden too', 'talks back']) list.later(() => ran.push(name));
    expect(ran).toEqual([]);
    expect(idle.size).toBe(1);
    runIdle();
    expect(ran).toEqual(['talks back']);
    runIdle();
    expect(ran).toEqual(['talks back']);
  });

  test('runs a task asked for now at once, and drops the one waiting, which it supersedes', () => {
    const ran: string[] = [];
    const list = idleTask();
    list.later(() => ran.push('older'));
    list.now(() => ran.push('newer'));
    expect(ran).toEqual(['newer']);
    expect(idle.size).toBe(0);
    runIdle();
    expect(ran).toEqual(['newer']);
  });

  test('asks for idle time again once the task waiting has run', () => {
    const ran: string[] = [];
    const list = idleTask();
    list.later(() => ran.push('first'));
    runIdle();
    list.later(() => ran.push('second'));
    expect(idle.size).toBe(1);
    runIdle();
    expect(ran).toEqual(['first', 'second']);
  });

  test('runs nothing after stop, as when the element has left the page', () => {
    const ran: string[] = [];
    const list = idleTask();
    list.later(() => ran.push('never'));
    list.stop();
    runIdle();
    expect(ran).toEqual([]);
  });
});
