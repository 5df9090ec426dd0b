import type { Event } from '../../../src/lib/eventSchema.ts';
import { escapeHtml } from '../../../src/lib/escapeHtml.ts';
import { sortEvents } from '../../../src/lib/serializeEventsFile.ts';

/**
 * The benchmark's floor: the same events as a plain HTML list (date, title, summary), with no
 * script and no style sheet. Nothing that shows the events can be cheaper.
 * @example floorPage(events).includes('<script') // false
 */
export function floorPage(events: readonly Event[]): string {
  const items = sortEvents(events).map((e) =>
    `<li><time datetime="${e.date}">${e.date}</time> <strong>${escapeHtml(e.title)}</strong><p>${escapeHtml(e.summary)}</p></li>`);
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
