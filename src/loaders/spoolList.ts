/** A list a built page leaves out, to be written into its file after the build, part by part. */
export interface SpooledList {
  /** The comment that stands in the page where the list goes. */
  marker: string;
  parts: () => Iterable<string>;
}

// On globalThis, not in this module: the pages' code is bundled apart from the integrations'
// (astro.config.mjs), so each has its own copy of this module.
const REGISTRY = Symbol.for('border-timeline.spooledLists');
type Registry = Map<string, Map<string, SpooledList>>;
const registry = (): Registry => ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= new Map());

/**
 * In a build, leaves a list out of its page and returns the comment that stands for it: the
 * spooledLists integration writes the list's parts into the built file in its place, a little at
 * a time. A 25,000-event list is some 50 MB of HTML, which Astro holds several times over (the
 * string, the page, its bytes) while a page renders, for three editions at once.
 * The marker cannot come from the data: every `<` of the data is escaped.
 * @example spoolList('/th/', 'event-list', () => eventListParts(events, timeline, 'th')) // '<!--spooled-list:event-list-->'
 */
export function spoolList(pathname: string, id: string, parts: () => Iterable<string>): string {
  if (!/^[\w-]+$/.test(id)) throw new Error(`a spooled list's id must be letters, digits, "_" or "-": ${id}`);
  const marker = `<!--spooled-list:${id}-->`;
  const lists = registry();
  let page = lists.get(pathname);
  if (!page) lists.set(pathname, (page = new Map()));
  // A page rendered again registers its list again, under the same marker.
  page.set(marker, { marker, parts });
  return marker;
}

/** The lists left out of each page (by its path), handed over once: the registry lets go of them. */
export function takeSpooledLists(): Map<string, SpooledList[]> {
  const lists = registry();
  const taken = new Map([...lists].map(([pathname, page]) => [pathname, [...page.values()]]));
  lists.clear();
  return taken;
}
