// How the reader pages load their script (src/components/ReaderScript.astro): one module file
// named by its content's hash, from the head, so that it is fetched and compiled while the page's
// HTML parses; beginning with V8's compile hint (compileOnLoadVite), so that its functions are
// compiled then too, not on the main thread at their first call. The embed's script (a classic
// one: see src/loaders/embedScript.ts) begins with the hint too.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { COMPILE_ALL_ON_LOAD } from '../../src/integrations/browserBundle.ts';
import { builtSites } from '../helpers/builtSites.ts';

const DIST = builtSites.site;

describe.each(['/', '/th/', '/km/'])('the reader page %s', (path) => {
  test('loads one module script, from its head, by a hashed name, and has no inline script', async () => {
    const { document } = parseHTML(await readFile(join(DIST, path, 'index.html'), 'utf8'));
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => [s.parentElement?.tagName.toLowerCase(), s.getAttribute('type')])).toEqual([['head', 'module']]);
    expect(scripts[0]!.getAttribute('src')).toMatch(/^\/_astro\/ReaderScript\.[\w.-]+\.[\w-]{8}\.js$/);
  });

  test('whose script begins with the compile hint, and is otherwise minified code', async () => {
    const { document } = parseHTML(await readFile(join(DIST, path, 'index.html'), 'utf8'));
    const code = await readFile(join(DIST, document.querySelector('script')!.getAttribute('src')!), 'utf8');
    expect(code.startsWith(COMPILE_ALL_ON_LOAD)).toBe(true);
    expect(code.slice(COMPILE_ALL_ON_LOAD.length)).not.toContain('allFunctionsCalledOnLoad');
    expect(code.length).toBeGreaterThan(20_000);
  });
});

test('the embed\'s script begins with the compile hint, once', async () => {
  const { document } = parseHTML(await readFile(join(DIST, 'embed/index.html'), 'utf8'));
  const code = await readFile(join(DIST, document.querySelector('script')!.getAttribute('src')!), 'utf8');
  expect(code.startsWith(COMPILE_ALL_ON_LOAD)).toBe(true);
  expect(code.split('allFunctionsCalledOnLoad')).toHaveLength(2);
});
