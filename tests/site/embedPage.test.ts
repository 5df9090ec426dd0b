import { createHash } from 'node:crypto';
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
  test('the embed page loads one classic script under a name that changes with its content (a module would need CORS from a sandboxed frame)', async () => {
    const document = await html('embed/index.html');
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual([null]);
    const src = scripts[0]!.getAttribute('src')!;
    const [, hash] = /^\/embed\/app\.([\w-]{10})\.js$/.exec(src) ?? [];
    expect(hash, src).toBeDefined();
    const code = await readFile(builtFile(src), 'utf8');
    expect(createHash('sha256').update(code).digest('base64url').slice(0, 10)).toBe(hash);
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(document.querySelectorAll('#embed-list li[data-id]')).toHaveLength(data.events.length);
  });

  test('the embed opens links one way: its <base> sends every link to a new tab, none sets its own but the in-page story links, and no referrer goes with them', async () => {
    const document = await html('embed/index.html');
    expect(document.querySelector('base')!.getAttribute('target')).toBe('_blank');
    expect(document.querySelector('meta[name="referrer"]')!.getAttribute('content')).toBe('no-referrer');
    const own = [...document.querySelectorAll('a[target]')].map((a) => [a.getAttribute('target'), a.getAttribute('href')!.startsWith('#')]);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map(([target, inPage]) => `${target} ${inPage}`))).toEqual(new Set(['_self true']));
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
