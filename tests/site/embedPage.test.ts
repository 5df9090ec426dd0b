import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { builtFile } from '../helpers/builtSites.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const html = async (path: string) => parseHTML(await readFile(builtFile(path), 'utf8')).document;
/** The built file an absolute URL on the site stands for. */
const builtFileAt = (url: string) => builtFile(new URL(url).pathname);

describe('the built embed and its oEmbed answers', () => {
  test('the embed page loads one classic script (a module would need CORS from a sandboxed frame) and opens links in new tabs', async () => {
    const document = await html('embed/index.html');
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => [s.getAttribute('type'), s.getAttribute('src')])).toEqual([[null, '/embed/app.js']]);
    expect(existsSync(builtFile('embed/app.js'))).toBe(true);
    expect(await readFile(builtFile('embed/app.js'), 'utf8')).not.toMatch(/^\s*(import|export)\b/m);
    expect(document.querySelector('base')!.getAttribute('target')).toBe('_blank');
    expect(document.querySelectorAll('#embed-list li[data-id]')).toHaveLength(data.events.length);
  });

  const pages: [string, string | undefined][] = [['index.html', undefined], ...data.events.map((e): [string, string] => [`events/${e.id}/index.html`, e.id])];
  test.each(pages)('%s names an oEmbed answer that embeds its view', async (page, id) => {
    const link = (await html(page)).querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
    const answer = JSON.parse(await readFile(builtFileAt(link.getAttribute('href')!), 'utf8'));
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: expect.any(Number), height: expect.any(Number) });
    const frame = parseHTML(`<div>${answer.html}</div>`).document.querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    expect(src.pathname).toBe('/embed/');
    expect(src.searchParams.get('event') ?? undefined).toBe(id);
    if (id) expect(answer.title).toBe(data.events.find((e) => e.id === id)!.title);
  });

  test('the reader page offers the snippet for the whole timeline without JavaScript', async () => {
    const textarea = (await html('index.html')).querySelector('.embed-snippet textarea')!;
    // linkedom leaves a textarea's character references undecoded; a paragraph decodes them.
    const snippet = parseHTML(`<p>${textarea.textContent}</p>`).document.querySelector('p')!.textContent!;
    const frame = parseHTML(`<div>${snippet}</div>`).document.querySelector('iframe')!;
    expect(new URL(frame.getAttribute('src')!).pathname).toBe('/embed/');
    expect(frame.getAttribute('sandbox')).toContain('allow-scripts');
  });
});
