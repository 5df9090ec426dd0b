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
    // At the top, or still at the end of the page, as near the top as it can come. Still alone
    // is no end: a frame in which the scroll has not yet taken (a loaded machine's) leaves it
    // where it was, and stopping there left a link's entry 10,000 px down (CI on 93d74ef).
    const top = element.getBoundingClientRect().top;
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
    if (Math.abs(top) < 1 || (atEnd && top === last) || ++frames > MOST_FRAMES) {
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
