/*
 * Makes every timeline embed on a page as tall as its content. Include it once, anywhere:
 *   <script src="https://…/embed.js" async></script>
 * Each embed posts its height with a namespaced postMessage; this script only listens to
 * messages from the page's own iframes, and only changes their height.
 */
(() => {
  if (window.conflictTimelineLoader) return;
  window.conflictTimelineLoader = true;
  const HEIGHT = 'conflict-timeline:height';
  const HELLO = 'conflict-timeline:hello';
  const MIN = 160;
  const MAX = 4000;

  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const height = Math.round(Math.min(MAX, Math.max(MIN, data.height)));
      frame.style.height = `${height}px`;
      frame.setAttribute('height', String(height));
    }
  });

  // Embeds that finished loading before this script ran report again when asked.
  const hello = () => {
    for (const frame of document.querySelectorAll('iframe[data-conflict-timeline]')) {
      frame.contentWindow?.postMessage({ type: HELLO }, '*');
    }
  };
  hello();
  addEventListener('load', hello);
})();
