import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { embedSnippet } from '../src/lib/embedSnippet.ts';

const base = { embedUrl: 'https://news.example/timeline/embed/', loaderUrl: 'https://news.example/timeline/embed.js', title: 'Timeline', height: 480 };

describe('embedSnippet', () => {
  test('is a sandboxed iframe with the view in its URL, followed by the loader', () => {
    const html = embedSnippet({ ...base, query: new URLSearchParams('kinds=talks,fighting&from=2025-12-01') });
    const { document } = parseHTML(`<div>${html}</div>`);
    const frame = document.querySelector('iframe')!;
    expect(new URL(frame.getAttribute('src')!).searchParams.get('kinds')).toBe('talks,fighting');
    expect(frame.getAttribute('sandbox')!.split(' ')).toEqual(expect.arrayContaining(['allow-scripts', 'allow-popups']));
    expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
    expect(frame.getAttribute('height')).toBe('480');
    expect(frame.hasAttribute('data-conflict-timeline')).toBe(true);
    expect(document.querySelector('script')!.getAttribute('src')).toBe(base.loaderUrl);
  });

  test('escapes what it puts in attributes', () => {
    const html = embedSnippet({ ...base, title: 'A "quoted" <title> & more', query: new URLSearchParams({ q: '"><script>alert(1)</script>' }) });
    const { document } = parseHTML(`<div>${html}</div>`);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelector('iframe')!.getAttribute('title')).toBe('A "quoted" <title> & more');
    expect(new URL(document.querySelector('iframe')!.getAttribute('src')!).searchParams.get('q')).toBe('"><script>alert(1)</script>');
  });

  test.each([[10, '160'], [520.4, '520'], [100_000, '4000']])('keeps a height of %s within bounds: %s', (height, expected) => {
    expect(embedSnippet({ ...base, height, query: new URLSearchParams() })).toContain(`height="${expected}"`);
  });
});
