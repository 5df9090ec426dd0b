/** Frames after which the entry is left where it is, whether or not the page around it still moves. */
const MOST_FRAMES = 30;

/**
 * Brings `element` to the top of the window, and again after each frame until it stays there (at
 * most MOST_FRAMES). Entries of a long list are sized by guess until drawn (content-visibility),
 * so those the scroll brings into view take their size in the frames after it and push the
 * element away; the browser's own scrolling to a link's target follows it in the same way, but
 * only for a target that was in the page as it loaded. A reader's own scroll, key or touch ends it.
 */
export function scrollUntilStill(element: HTMLElement): void {
  const stop = new AbortController();
  for (const type of ['wheel', 'keydown', 'touchstart', 'pointerdown']) addEventListener(type, () => stop.abort(), { once: true, passive: true, signal: stop.signal });
  let frames = 0;
  let last = Number.NaN;
  const step = () => {
    if (stop.signal.aborted) return;
    // Still, or at the top, or as near it as the end of the page lets it come.
    const top = element.getBoundingClientRect().top;
    if (Math.abs(top) < 1 || top === last || ++frames > MOST_FRAMES) {
      stop.abort();
      return;
    }
    last = top;
    element.scrollIntoView();
    requestAnimationFrame(step);
  };
  element.scrollIntoView();
  requestAnimationFrame(step);
}
