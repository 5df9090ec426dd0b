import { escapeHtml } from '../../../src/lib/escapeHtml.ts';

/**
 * A page that shows `itemsUrl` (items as vis-timeline takes them: id, content, start, end) in
 * vis-timeline's standalone build, served from `libraryUrl` (its `standalone/umd/` and
 * `styles/` folders under one folder ending in "/"), with its default options, as the
 * benchmark's second peer. It sets `window.__bench.markAt` (under the benchmark) and
 * `data-ready` on its body at the first `changed` event, when every item has been drawn after
 * the timeline first fitted them, and keeps the timeline in `window.timeline`.
 * @example visTimelinePage('/vis/', '/vis-items.json')
 */
export function visTimelinePage(libraryUrl: string, itemsUrl: string): string {
  if (!libraryUrl.endsWith('/')) throw new Error(`visTimelinePage: expected a folder URL ending in "/", got ${libraryUrl}`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>vis-timeline</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${escapeHtml(`${libraryUrl}styles/vis-timeline-graph2d.min.css`)}">
  <script src="${escapeHtml(`${libraryUrl}standalone/umd/vis-timeline-graph2d.min.js`)}"></script>
</head>
<body>
  <div id="timeline"></div>
  <script>
    fetch(${JSON.stringify(itemsUrl)}).then((response) => response.json()).then((items) => {
      window.timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), {});
      window.timeline.once('changed', () => {
        document.body.setAttribute('data-ready', '');
        if (window.__bench) window.__bench.markAt = performance.now();
      });
    });
  </script>
</body>
</html>
`;
}
