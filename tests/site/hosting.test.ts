// What the build gives a host: the Content-Security-Policy first in every page's <head>, the
// headers in `_headers` and in an nginx example (read back from the built files), and a pinned
// copy of TimelineJS3 for the /data/ page's snippet.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { hostingRules } from '../../src/lib/hostingHeaders.ts';
import { TIMELINEJS_FILES, TIMELINEJS_VERSION } from '../../src/lib/timelineJsLibrary.ts';
import { builtPages } from '../helpers/builtPages.ts';
import { builtSites } from '../helpers/builtSites.ts';
import { headersFor, parseHeadersFile } from '../helpers/headersFile.ts';

const DIST = builtSites.site;
const pages = builtPages(DIST);
const html = new Map(await Promise.all(pages.map(async (path) => [path, await readFile(join(DIST, path, 'index.html'), 'utf8')] as const)));
const DATA_FILES = ['/events.json', '/events.schema.json', '/events.csv', '/events.geojson', '/events.ics', '/feed.xml', '/timelinejs.json'];

describe('the Content-Security-Policy', () => {
  test.each(pages)('is the first element of the head of %s after the charset, before any tag made from data', (path) => {
    const page = html.get(path)!;
    const { document } = parseHTML(page);
    const [charset, policy] = [...document.head.children];
    expect(charset!.outerHTML).toBe('<meta charset="utf-8">');
    expect(policy!.getAttribute('http-equiv')).toBe('content-security-policy');
    // The charset must stand in the first 1,024 bytes for the browser to use it.
    expect(Buffer.byteLength(page.slice(0, page.indexOf('<meta charset="utf-8">')))).toBeLessThan(1024 - 22);
  });
});

describe('_headers, as Netlify and Cloudflare Pages read it', async () => {
  const rules = parseHeadersFile(await readFile(join(DIST, '_headers'), 'utf8'));

  test('is written from the same rules the build computes', () => {
    expect(rules).toEqual(hostingRules({ base: '/', pages: pages.map((p) => p.slice(1)), shared: DATA_FILES.map((f) => f.slice(1)), sharedFolders: ['oembed/', `timelinejs/${TIMELINEJS_VERSION}/`] }));
  });

  test.each([...pages, ...DATA_FILES])('gives %s no-sniffing and the referrer policy, and sets no header from two rules', (path) => {
    const headers = headersFor(rules, path);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    // Hosts join values of one header from several rules with commas: two policies would both apply.
    for (const [name, value] of headers) expect(value, name).not.toContain(', ');
  });

  test.each(pages)('lets other sites frame %s only if it is the embed', (path) => {
    const headers = headersFor(rules, path);
    if (path.startsWith('/embed/')) {
      expect(headers.get('content-security-policy')).toBe('frame-ancestors *');
      expect(headers.has('x-frame-options')).toBe(false);
    } else {
      expect(headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  test('lets pages on other sites fetch the open data and the TimelineJS3 copy, and nothing else', () => {
    for (const path of [...DATA_FILES, `/timelinejs/${TIMELINEJS_VERSION}/js/timeline.js`, '/oembed/timeline.json']) {
      expect(headersFor(rules, path).get('access-control-allow-origin'), path).toBe('*');
    }
    for (const path of pages) expect(headersFor(rules, path).has('access-control-allow-origin'), path).toBe(false);
  });
});

describe('nginx.conf.example', async () => {
  const text = await readFile(join(DIST, 'nginx.conf.example'), 'utf8');
  const rules = parseHeadersFile(await readFile(join(DIST, '_headers'), 'utf8'));
  /** The example's locations: `= /x`, `^~ /x/` or `/x`, with the headers each adds. */
  const locations = [...text.matchAll(/location (=|\^~)? ?(\S+) \{([^}]*)\}/g)].map(([, kind, path, body]) => ({
    kind: kind ?? '',
    path: path!,
    headers: new Map([...body!.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map(([, name, value]) => [name!.toLowerCase(), value!])),
  }));

  /** The location nginx picks for a path: an exact match, else the longest prefix. */
  const locationFor = (path: string) =>
    locations.find((l) => l.kind === '=' && l.path === path) ??
    locations.filter((l) => l.kind !== '=' && path.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length)[0];

  test('is one server block whose locations each list every header they need', () => {
    expect(text).toMatch(/^server \{$/m);
    expect(locations.length).toBeGreaterThan(5);
  });

  test.each([...pages, ...DATA_FILES, `/timelinejs/${TIMELINEJS_VERSION}/css/timeline.css`])('sends for %s the headers _headers gives it', (path) => {
    expect(locationFor(path)!.headers).toEqual(headersFor(rules, path));
  });
});

describe('the TimelineJS3 snippet on /data/', () => {
  const { document } = parseHTML(html.get('/data/')!);
  const snippet = document.querySelector('pre[aria-label="TimelineJS3 snippet"] code')!.textContent!;
  const urls = [...snippet.matchAll(/(?:href|src)="([^"]+)"|'(https?:[^']+)'/g)].map((m) => new URL(m[1] ?? m[2]!));

  test('loads no moving "latest" script and nothing from another site', () => {
    expect(snippet).not.toMatch(/latest/);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(url.origin).toBe('http://127.0.0.1:4321');
  });

  test(`loads the release the tests run (${TIMELINEJS_VERSION}), copied into the build`, async () => {
    const installed = JSON.parse(await readFile('node_modules/@knight-lab/timelinejs/package.json', 'utf8')).version;
    expect(TIMELINEJS_VERSION).toBe(installed);
    for (const url of urls.filter((u) => u.pathname.startsWith('/timelinejs/'))) {
      expect(url.pathname.startsWith(`/timelinejs/${installed}/`)).toBe(true);
      expect(existsSync(join(DIST, url.pathname)), url.pathname).toBe(true);
    }
    for (const file of TIMELINEJS_FILES) {
      expect(await readFile(join(DIST, 'timelinejs', installed, file))).toEqual(await readFile(join('node_modules/@knight-lab/timelinejs/dist', file)));
    }
  });
});
