let last: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` once every earlier call's work has settled, whether it succeeded or not. The
 * exports take turns with it: a build renders four routes at once, and at 25,000 events each
 * export builds some 15-50 MB of text and the objects behind it, which, held four at a time, were
 * the build's highest memory.
 * @example GET = ({ site }) => oneAtATime(async () => new Response(await render(site)))
 */
export function oneAtATime<T>(work: () => T | Promise<T>): Promise<T> {
  const turn = last.then(work, work);
  last = turn.catch(() => undefined);
  return turn;
}
