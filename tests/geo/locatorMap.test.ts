import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readBaseMap, type BaseMapTopology } from '../../src/lib/geo/baseMap.ts';
import { locatorMap } from '../../src/lib/geo/locatorMap.ts';
import type { MapPlace } from '../../src/lib/geo/mapPlaces.ts';

const base = readBaseMap(JSON.parse(await readFile('data/basemap.json', 'utf8')) as BaseMapTopology);
const place = (name: string, latitude: number, longitude: number, count: number): MapPlace => ({
  name, latitude, longitude, kind0: 'fighting',
  events: Array.from({ length: count }, (_, i) => ({ id: `${name}-${i}`, title: `${name} ${i}`, kind: 'fighting', date: '2025-12-08' })),
});
const places = [place('Ta Kwai temple', 14.353, 103.373, 3), place('Poipet', 13.658, 102.564, 1), place('Kuala Lumpur', 3.141, 101.687, 1), place('Shanghai', 31.222, 121.458, 1)];
const draw = (width: number) => locatorMap(base, places, { width, label: 'Map', href: (p) => `#${p.name}`, describe: (p) => `${p.name}: ${p.events.length}` });
const svg = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document.querySelector('svg')!;

describe('locatorMap', () => {
  test('draws one link per place in the frame, and the places beyond it in the inset or, beyond that, in neither', () => {
    const map = draw(640);
    expect([...svg(map.main).querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#Ta Kwai temple', '#Poipet']);
    expect([...svg(map.inset!).querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#Kuala Lumpur']);
    expect(map.outside.map((p) => p.name)).toEqual(['Shanghai']);
  });

  test('names each link for a screen reader, hides every other mark from it, and is a named group', () => {
    const main = svg(draw(340).main);
    expect(main.getAttribute('role')).toBe('group');
    expect(main.getAttribute('aria-label')).toBe('Map');
    expect([...main.querySelectorAll('a')].map((a) => a.getAttribute('aria-label'))).toEqual(['Ta Kwai temple: 3', 'Poipet: 1']);
    for (const group of main.children) expect(group.getAttribute('aria-hidden') === 'true').toBe(!group.querySelector('a'));
  });

  test('sizes a place’s mark by its events: more events, a larger mark', () => {
    const radii = [...svg(draw(640).main).querySelectorAll('circle')].filter((c) => c.getAttribute('class')?.includes('fill-kind-fighting')).map((c) => Number(c.getAttribute('r')));
    expect(radii).toHaveLength(2);
    expect(radii[0]).toBeGreaterThan(radii[1]!);
  });

  test('leaves no inline style or colour for the Content Security Policy to block or the theme to miss', () => {
    const markup = draw(640).main + draw(640).inset;
    expect(markup).not.toMatch(/\sstyle=|<style|fill="var\(|stroke="var\(/);
    expect(markup).toContain('class="fill-map-sea"');
  });

  test('names the border provinces, one label per name, none twice', () => {
    const texts = [...svg(draw(640).main).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Oddar Meanchey');
    expect(texts).toContain('THAILAND');
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('locatorMap of the wider region', () => {
  test('draws a place beyond the frame on the coarse countries, light enough for an event page', async () => {
    const { gzipSync } = await import('node:zlib');
    const map = locatorMap(base, [places[2]!], { width: 340, label: 'Map', href: () => '#', describe: (p) => p.name, wide: true });
    expect([...svg(map.main).querySelectorAll('a')]).toHaveLength(1);
    expect(map.inset).toBeUndefined();
    expect(gzipSync(map.main).length).toBeLessThan(8 * 1024);
  });
});
