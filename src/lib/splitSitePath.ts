/** A path's extension as a file name ends: a dot and letters or digits. */
const EXTENSION = /\.[a-z0-9]+$/i;

/**
 * A path split into its folder part, its file name (a last segment with a name and an
 * extension, else empty) and its query and fragment, each kept as written. Found by scanning,
 * not by one regular expression: the lazy pattern this replaces retried every split point, a
 * percent of a large archive's build.
 * @example splitSitePath('events/a/data.json?x=1') // { dir: 'events/a/', file: 'data.json', tail: '?x=1' }
 */
export function splitSitePath(path: string): { dir: string; file: string; tail: string } {
  const query = path.search(/[?#]/);
  const head = query < 0 ? path : path.slice(0, query);
  const tail = query < 0 ? '' : path.slice(query);
  const last = head.slice(head.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  const file = dot > 0 && EXTENSION.test(last) ? last : '';
  return { dir: head.slice(0, head.length - file.length), file, tail };
}
