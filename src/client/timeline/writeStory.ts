/**
 * Marks an entry of the list as the selected event (highlighted) and, in the vertical timeline,
 * as the story open in place; its line says whether it is expanded.
 */
export function writeStory(item: HTMLElement, selected: boolean, open: boolean): void {
  item.classList.toggle('selected', selected);
  item.classList.toggle('open', open);
  item.querySelector('.story-line')?.setAttribute('aria-expanded', String(open));
}
