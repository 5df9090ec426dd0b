/**
 * Shows that the script has taken over: the list is marked enhanced (its filtered entries then
 * collapse, see EventList.css), the note for readers without JavaScript goes and the controls
 * appear.
 */
export function writeEnhanced(root: HTMLElement, list: HTMLElement): void {
  list.dataset.enhanced = '';
  root.querySelector('.timeline-fallback')?.setAttribute('hidden', '');
  root.querySelector('.timeline-ui')?.removeAttribute('hidden');
}
