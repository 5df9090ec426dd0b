/**
 * Marks every run of the passage named by `hash`, since `:target` reaches only the run that
 * carries the anchor and a passage that overlaps another or crosses a paragraph is several runs.
 * @example highlightPassage(document, '#p-12-40') // sets data-target on each mark[data-passages~="p-12-40"]
 */
export function highlightPassage(root: ParentNode, hash: string): void {
  for (const run of root.querySelectorAll('mark[data-target]')) run.removeAttribute('data-target');
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!/^p-\d+-\d+$/.test(id)) return;
  for (const run of root.querySelectorAll(`mark[data-passages~="${id}"]`)) run.setAttribute('data-target', '');
}
