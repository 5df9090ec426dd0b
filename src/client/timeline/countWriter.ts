import { clientText, say } from '../i18n/clientText.ts';

/**
 * Returns a writer of the counts in `root`: how many events each kind would show under the other
 * filters, how many are shown of all, and the note when none is. Finds its nodes once and writes
 * only text that changed.
 */
export function countWriter(root: HTMLElement): (perKind: ReadonlyMap<string, number>, shown: number, total: number) => void {
  const perKindNodes = [...root.querySelectorAll<HTMLElement>('[data-count-for]')];
  const status = root.querySelector('[data-role="count"]');
  const empty = root.querySelector<HTMLElement>('[data-role="empty"]');
  const write = (node: Node | null, text: string) => {
    if (node && node.textContent !== text) node.textContent = text;
  };
  return (perKind, shown, total) => {
    for (const node of perKindNodes) write(node, String(perKind.get(node.dataset.countFor!) ?? 0));
    write(status, shown === total ? say(clientText().showingAll, { n: total }) : say(clientText().showing, { shown, total }));
    empty?.toggleAttribute('hidden', shown > 0);
  };
}
