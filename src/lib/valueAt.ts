/**
 * The JSON value at `path`, found as jsonc-parser's findNodeAtLocation finds a node: a name only
 * in an object, an index only in a list.
 * @example valueAt({ events: [{ id: 'a' }] }, ['events', 0, 'id']) // 'a'
 */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let here = value;
  for (const segment of path) {
    if (typeof segment === 'string') {
      if (typeof here !== 'object' || here === null || Array.isArray(here) || !Object.hasOwn(here, segment)) return undefined;
      here = (here as Record<string, unknown>)[segment];
    } else {
      if (!Array.isArray(here) || segment >= here.length) return undefined;
      here = here[segment];
    }
  }
  return here;
}
