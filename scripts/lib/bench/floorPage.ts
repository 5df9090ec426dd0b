import type { Event } from '../../../src/lib/eventSchema.ts';
import { escapeHtml } from '../../../src/lib/escapeHtml.ts';
import { sortEvents } from '../../../src/lib/serializeEventsFile.ts';
import { passagePath } from '../../../src/lib/urls.ts';

/**
 * The benchmark's floor: the least a page can be and still do the product's job without script —
 * the same events as a plain HTML list, each with its date, title and summary and, as every event
 * on the site must, its verbatim quotes linked to their sources. No script, no style sheet.
 * Passage links point at the source page without offsets: the floor does not find quotes.
 * @example floorPage(events).includes('<script') // false
 */
export function floorPage(events: readonly Event[]): string {
  const items = sortEvents(events).map((e) => {
    const quotes = e.citations.map((c) =>
      `<blockquote>${escapeHtml(c.quote)}</blockquote><a href="${escapeHtml(passagePath(c.source, 0, 0).replace(/#.*$/, ''))}">${escapeHtml(c.source)}</a>`);
    return `<li><time datetime="${e.date}">${e.date}</time> <strong>${escapeHtml(e.title)}</strong><p>${escapeHtml(e.summary)}</p>${quotes.join('')}</li>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${events.length} events</title>
<link rel="icon" href="data:,">
</head>
<body>
<h1>${events.length} events</h1>
<ol>
${items.join('\n')}
</ol>
</body>
</html>
`;
}
