// Safari has no requestIdleCallback: a short timeout stands in, after the next frame as a rule.
/** Runs `callback` when the main thread is next idle, or after `timeout` ms at the latest; returns an id for cancelIdle. */
export const whenIdle = (callback: () => void, timeout = 500): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout }) : window.setTimeout(callback, 50);

export const cancelIdle = (id: number): void => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : clearTimeout(id));
