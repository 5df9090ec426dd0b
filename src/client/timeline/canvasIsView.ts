/**
 * Whether a timeline element's canvas is what the reader sees of it: its mode is the horizontal
 * timeline (`data-mode="timeline"`, which the element writes), and no embed's list or map view
 * (`data-view` on an ancestor) hides the canvas. Otherwise its list is the view.
 * @example canvasIsView(document.querySelector('conflict-timeline')) // true on a wide reader page
 */
export function canvasIsView(root: HTMLElement): boolean {
  return root.dataset.mode === 'timeline' && !root.closest('[data-view="list"], [data-view="map"]');
}
