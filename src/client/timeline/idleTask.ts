import { cancelIdle, whenIdle } from './whenIdle.ts';

/** One kind of work done out of the frame's way; see idleTask. */
export interface IdleTask {
  /** Runs `task` in the next idle time, replacing one asked for before and not run yet. */
  later(task: () => void): void;
  /** Runs `task` now; one waiting is dropped, as this one supersedes it. */
  now(task: () => void): void;
  /** Drops a task not run yet. */
  stop(): void;
}

/**
 * Work that must be done but need not be in the next frame: a filter change shows the marks
 * and the count at once, and hides the list's entries after that frame (rewriting 2,000 entries
 * made the browser restyle, lay out and rasterise the list before the canvas could show the
 * change). Only the last task asked for runs: each writes the whole state, so an earlier one
 * would be written over. `timeout` bounds the wait on a busy page.
 * @example const list = idleTask(); list.later(() => writer.write(items, events, shown));
 */
export function idleTask(timeout = 100): IdleTask {
  let pending = 0;
  let next: (() => void) | undefined;
  const run = () => {
    pending = 0;
    const task = next;
    next = undefined;
    task?.();
  };
  const stop = () => {
    cancelIdle(pending);
    pending = 0;
    next = undefined;
  };
  return {
    later(task) {
      next = task;
      if (!pending) pending = whenIdle(run, timeout);
    },
    now(task) {
      stop();
      task();
    },
    stop,
  };
}
