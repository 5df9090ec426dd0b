import { describe, expect, test } from 'vitest';
import { parseEmbedLook } from '../src/lib/embedOptions.ts';

describe('parseEmbedLook', () => {
  test.each([
    ['', { theme: 'auto', view: 'auto' }, []],
    ['theme=dark&view=list&height=480', { theme: 'dark', view: 'list', height: 480 }, []],
    ['theme=light', { theme: 'light', view: 'auto' }, []],
    ['view=vertical', { theme: 'auto', view: 'vertical' }, []],
    ['view=timeline', { theme: 'auto', view: 'timeline' }, []],
    ['kinds=talks&from=2025-12-01&to=2025-12-31&event=x&q=a&actors=b&sources=c', { theme: 'auto', view: 'auto' }, []],
    ['theme=purple', { theme: 'auto', view: 'auto' }, ['invalid theme: "purple" (expected one of light, dark, auto)']],
    ['view=grid', { theme: 'auto', view: 'auto' }, ['invalid view: "grid" (expected one of auto, timeline, vertical, list, map)']],
    ['height=50', { theme: 'auto', view: 'auto' }, ['invalid height: "50" (expected a whole number of pixels from 160 to 4000)']],
    ['height=12.5', { theme: 'auto', view: 'auto' }, ['invalid height: "12.5" (expected a whole number of pixels from 160 to 4000)']],
    ['height=99999', { theme: 'auto', view: 'auto' }, ['invalid height: "99999" (expected a whole number of pixels from 160 to 4000)']],
  ])('%s', (query, look, warnings) => {
    expect(parseEmbedLook(new URLSearchParams(query))).toEqual({ look, warnings });
  });

  test('names an unknown option once, quoted and cut short, so markup in it stays inert text', () => {
    const name = `<script>${'x'.repeat(100)}</script>`;
    const { warnings } = parseEmbedLook(new URLSearchParams([[name, '1'], [name, '2']]));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toBe(`unknown option: ${JSON.stringify(name.slice(0, 40))} (expected one of from, to, kinds, actors, sources, places, q, event, theme, view, height, lang)`);
  });
});

describe('the embed’s lang option', () => {
  test('takes one of the editions', () => {
    expect(parseEmbedLook(new URLSearchParams('lang=km'))).toEqual({ look: { theme: 'auto', view: 'auto', lang: 'km' }, warnings: [] });
  });
  test('names an unknown locale and the editions it expected, as the other options do', () => {
    expect(parseEmbedLook(new URLSearchParams('lang=fr')).warnings).toEqual(['invalid lang: "fr" (expected one of en, th, km)']);
  });
});
