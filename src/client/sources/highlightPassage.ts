/** A fragment as a passage anchor, or undefined: any URL may arrive, `#p-%` included. */
function passageOf(hash: string): { id: string; start: number; end: number } | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const match = /^p-(\d{1,9})-(\d{1,9})$/.exec(id);
  return match ? { id, start: Number(match[1]), end: Number(match[2]) } : undefined;
}

/**
 * Marks every run of the passage named by `hash`, since `:target` reaches only the run that
 * carries the anchor and a passage that overlaps another or crosses a paragraph is several runs:
 * the runs whose offsets (`data-start`, `data-end`) lie inside the passage's. A hash that names
 * no passage of the page clears the highlight; a malformed one never throws.
 * @example highlightPassage(document, '#p-12-40') // sets data-target on each mark from offset 12 to 40
 */
export function highlightPassage(root: Document, hash: string): void {
  for (const run of root.querySelectorAll('mark[data-target]')) run.removeAttribute('data-target');
  const passage = passageOf(hash);
  if (!passage || !root.getElementById(passage.id)) return;
  for (const run of root.querySelectorAll<HTMLElement>('mark[data-start]')) {
    if (Number(run.dataset.start) >= passage.start && Number(run.dataset.end) <= passage.end) run.setAttribute('data-target', '');
  }
}
