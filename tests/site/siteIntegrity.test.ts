import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/builtPages.ts';
import { builtSites } from '../helpers/builtSites.ts';

const SITE = new URL('http://127.0.0.1:4321/'); // astro.config.mjs's `site` when SITE_URL is unset

/** A build's pages: the raw HTML and the parsed document of each, by URL path. */
async function readSite(dir: string) {
  const fileOf = (path: string) => join(dir, path, path.endsWith('/') ? 'index.html' : '');
  const pages = builtPages(dir);
  const raw = new Map(await Promise.all(pages.map(async (path) => [path, await readFile(fileOf(path), 'utf8')] as const)));
  const docs = new Map([...raw].map(([path, html]) => [path, parseHTML(html).document]));
  /** The built file a path on the site is served from, if any. */
  const fileFor = (pathname: string): string | undefined => {
    const path = join(dir, decodeURIComponent(pathname));
    if (existsSync(path) && statSync(path).isFile()) return path;
    const index = join(path, 'index.html');
    return existsSync(index) ? index : undefined;
  };
  /** The URL path a built file is served at. */
  const urlPathOf = (file: string) => `/${relative(dir, file).replace(/index\.html$/, '')}`;
  return { pages, raw, docs, fileFor, urlPathOf };
}

const SITES = [
  ['data/events.json and seeds/', await readSite(builtSites.site)],
  ['the overlapping, nested and paragraph-crossing citations of tests/fixtures/overlapping', await readSite(builtSites.overlapping)],
] as const;

describe.each(SITES)('the site built from %s', (_name, { pages, raw, docs, fileFor, urlPathOf }) => {
  test('has the pages to check: the index, each list and each event and article', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/data/', '/embed/', '/figures/', '/sources/']));
    expect(pages.some((path) => path.startsWith('/events/'))).toBe(true);
    expect(pages.some((path) => path.startsWith('/sources/') && path !== '/sources/')).toBe(true);
  });

  test('every page carries a Content-Security-Policy whose scripts are only its own files or hashed, never unsafe-inline or unsafe-eval', () => {
    for (const [path, document] of docs) {
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta, path).not.toBeNull();
      const policy = new Map(meta!.getAttribute('content')!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
      const scripts = policy.get('script-src') ?? policy.get('default-src')!;
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(scripts, path).not.toContain("'unsafe-eval'");
      expect(policy.get('default-src'), path).toEqual(["'self'"]);
      expect(policy.get('object-src'), path).toEqual(["'none'"]);
      for (const script of document.querySelectorAll('script:not([src])')) {
        const hash = `'sha256-${createHash('sha256').update(script.textContent ?? '').digest('base64')}'`;
        expect(scripts, `${path}: inline script not hashed`).toContain(hash);
      }
    }
  });

  test('no element carries inline style or event-handler attributes, which the policy would block', () => {
    for (const [path, document] of docs) {
      const offending = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name === 'style' || /^on/.test(a.name)).map((a) => `${el.localName}[${a.name}]`));
      expect(offending, path).toEqual([]);
    }
  });

  test('every internal link, script, stylesheet, image and frame resolves, fragments included', () => {
    const broken: string[] = [];
    for (const [path, document] of docs) {
      const base = new URL(path, SITE);
      for (const el of document.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src]')) {
        const attr = el.hasAttribute('href') ? 'href' : 'src';
        const url = new URL(el.getAttribute(attr)!, base);
        if (url.origin !== SITE.origin) continue;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${path}: ${el.localName} ${attr}=${url.pathname} (no such file)`);
          continue;
        }
        if (url.hash.length > 1 && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!docs.get(urlPathOf(target))?.getElementById(id)) broken.push(`${path}: ${url.pathname}${url.hash} (no element with that id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const messages: string[] = [];
    for (const [path, html] of raw) {
      const report = await validator.validateString(html, path);
      messages.push(...report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)));
    }
    expect(messages).toEqual([]);
  });
});
