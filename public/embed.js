/*
 * Makes every timeline embed on a page as tall as its content. Include it once, anywhere:
 *   <script src="https://…/embed.js" async></script>
 * Each embed posts its height with a namespaced postMessage. This script acts only on the page's
 * own widgets: iframes marked data-conflict-timeline whose address is on the origin this script
 * came from, and only on messages sent from inside one of them. Any other frame on the page (an
 * advert, a tracking pixel, another site's widget) can post what it likes and keeps its size.
 */
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const origin = new URL(script.src).origin;
  // The run-once guard is a symbol, which no element's id or name can create on window (an
  // element with id="conflictTimelineLoader" in a reader's comment would otherwise switch this off).
  const GUARD = Symbol.for(`conflict-timeline-loader ${origin}`);
  if (window[GUARD]) return;
  Object.defineProperty(window, GUARD, { value: true });
  const HEIGHT = 'conflict-timeline:height';
  const HELLO = 'conflict-timeline:hello';
  const MIN = 160;
  const MAX = 4000;

  const isWidget = (frame) => {
    if (!frame.hasAttribute('data-conflict-timeline')) return false;
    try {
      return new URL(frame.getAttribute('src') || '', location.href).origin === origin;
    } catch {
      return false;
    }
  };
  const widgets = () => [...document.querySelectorAll('iframe[data-conflict-timeline]')].filter(isWidget);

  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !isFinite(data.height)) return;
    // A sandboxed embed has an opaque origin ("null"); one embedded without a sandbox has ours.
    if (event.origin !== 'null' && event.origin !== origin) return;
    for (const frame of widgets()) {
      if (frame.contentWindow !== event.source) continue;
      const height = Math.round(Math.min(MAX, Math.max(MIN, data.height)));
      frame.style.height = `${height}px`;
      frame.setAttribute('height', String(height));
    }
  });

  // Embeds that finished loading before this script ran report again when asked. The target
  // origin is '*' because a sandboxed embed's origin is opaque; the message carries nothing.
  const hello = () => {
    for (const frame of widgets()) frame.contentWindow?.postMessage({ type: HELLO }, '*');
  };
  hello();
  addEventListener('load', hello);
})();
