import { escapeHtml } from '../../../src/lib/escapeHtml.ts';

/**
 * A page that shows `dataUrl` (a TimelineJS3 JSON file) in Knight Lab's TimelineJS3, as a reader
 * embedding it would, but with the library served from `libraryUrl` (its `dist/` folder, ending
 * in "/") instead of Knight Lab's CDN, `script_path` pointing there too, and the Georgia/Helvetica
 * theme of system fonts: the default theme fetches web fonts from Google. The page sets
 * `data-ready` on its body (and `window.__bench.markAt` under the benchmark) when TimelineJS3
 * reports it is ready, and keeps the timeline in `window.timeline`.
 * @example timelineJsPage('/timelinejs/', '/timelinejs.json')
 */
export function timelineJsPage(libraryUrl: string, dataUrl: string): string {
  if (!libraryUrl.endsWith('/')) throw new Error(`timelineJsPage: expected a folder URL ending in "/", got ${libraryUrl}`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>TimelineJS3</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${escapeHtml(`${libraryUrl}css/timeline.css`)}">
  <script src="${escapeHtml(`${libraryUrl}js/timeline.js`)}"></script>
</head>
<body>
  <div id="timeline-embed" style="width: 1000px; height: 650px"></div>
  <script>
    fetch(${JSON.stringify(dataUrl)}).then((response) => response.json()).then((data) => {
      window.timeline = new TL.Timeline('timeline-embed', data, {
        script_path: new URL(${JSON.stringify(`${libraryUrl}js/`)}, location.href).href,
        font: 'georgia-helvetica',
        language: 'en',
      });
      window.timeline.on('ready', () => {
        document.body.setAttribute('data-ready', '');
        if (window.__bench) window.__bench.markAt = performance.now();
      });
    });
  </script>
</body>
</html>
`;
}
