import { idleTask } from './idleTask.ts';

/** Writes a node's text out of the frame's way; see idleText. */
export interface IdleText {
  /** Writes `text()` in the next idle time, or now when `now`; the last call before the write wins. */
  write(text: () => string, now?: boolean): void;
  /** Drops a write not done yet. */
  stop(): void;
}

/**
 * A writer of `node`'s text that writes in idle time, after the frame, and only a text that
 * differs. The timeline's visible-range line changes with every zoom or pan frame, and writing it
 * in the frame made the browser lay the page out and check its list's visibility again (some 5 ms
 * of a pan step's frame at 10,000 events); during a drag the line now follows once the hand rests,
 * which a live region should anyway. The scheduling is idleTask's; `timeout` bounds the wait.
 * @example const range = idleText(node); range.write(() => '1 Jun 2025 – 31 Dec 2025');
 */
export function idleText(node: Node | null, timeout = 100): IdleText {
  const task = idleTask(timeout);
  const put = (text: () => string) => () => {
    const value = text();
    if (node && node.textContent !== value) node.textContent = value;
  };
  return {
    write: (text, now = false) => (now ? task.now(put(text)) : task.later(put(text))),
    stop: task.stop,
  };
}
