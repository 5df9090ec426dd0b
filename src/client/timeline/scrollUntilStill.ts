/** Frames the entry must sit in place, one after another, before it is left there. */
const STILL_FRAMES = 20;
/** Time after which the entry is left where it is, whether or not the page around it still moves. */
const MOST_MS = 3_000;

/**
 * Brings `element` to the top of the window, and again after each frame until it has stayed there
 * for STILL_FRAMES frames running (at most MOST_MS). Entries of a long list are sized by guess
 * until drawn (content-visibility), and idle work after the first draw (the rest of the list, its
 * titles) can size them again, so the element is pushed away in frames well after the scroll; the
 * browser's own scrolling to a link's target follows it in the same way, but only for a target
 * that was in the page as it loaded. Counting frames alone ended too soon on a loaded machine (CI
 * on 93d74ef and bcaee8c left a link's entry 10,442 and 3,515 px down). A reader's own scroll, key
 * or touch ends it.
 */
export function scrollUntilStill(element: HTMLElement): void {
  const stop = new AbortController();
  for (const type of ['wheel', 'keydown', 'touchstart', 'pointerdown']) addEventListener(type, () => stop.abort(), { once: true, passive: true, signal: stop.signal });
  const until = performance.now() + MOST_MS;
  let still = 0;
  const step = () => {
    if (stop.signal.aborted) return;
    // At the top, or at the end of the page, as near the top as it can come.
    const top = element.getBoundingClientRect().top;
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
    if (Math.abs(top) < 1 || (atEnd && top > 0)) still++;
    else {
      still = 0;
      element.scrollIntoView();
    }
    if (still >= STILL_FRAMES || performance.now() > until) {
      stop.abort();
      return;
    }
    requestAnimationFrame(step);
  };
  element.scrollIntoView();
  requestAnimationFrame(step);
}
