import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { corners, kindIconClip, kindIconClipRules } from '../src/lib/kindIconClip.ts';
import { KIND_STYLES, OKABE_ITO } from '../src/lib/kindStyles.ts';
import { KIND_LABELS, KINDS } from '../src/lib/ontology.ts';
import { shapePath } from '../src/lib/shapePath.ts';

const css = (path: string) => readFile(path, 'utf8');
/** The value a stylesheet's first (light) `:root` block gives a custom property. */
const lightValue = (text: string, name: string) => new RegExp(`^\\s*${name}:\\s*(#[0-9a-f]{6});`, 'mi').exec(text.slice(0, text.indexOf('}')))?.[1];

/** Whether a point lies inside a polygon (even–odd rule). */
function inside([px, py]: [number, number], polygon: [number, number][]): boolean {
  let within = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

describe('KIND_STYLES', () => {
  test('gives every kind of the ontology its label', () => {
    expect(Object.keys(KIND_STYLES)).toEqual([...KINDS]);
    for (const kind of KINDS) expect(KIND_STYLES[kind].label).toBe(KIND_LABELS[kind]);
  });

  test('tells every kind apart by shape alone, so no reader depends on colour', () => {
    const shapes = KINDS.map((k) => KIND_STYLES[k].shape);
    expect(new Set(shapes).size).toBe(KINDS.length);
    expect(new Set(shapes.map((s) => shapePath(s, 6))).size).toBe(KINDS.length);
  });

  test('colours kinds from the Okabe–Ito palette, at most two kinds a colour', () => {
    const uses = new Map<string, number>();
    for (const kind of KINDS) uses.set(KIND_STYLES[kind].colour, (uses.get(KIND_STYLES[kind].colour) ?? 0) + 1);
    expect([...uses.keys()].every((c) => c in OKABE_ITO)).toBe(true);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(2);
  });

  test('is what the stylesheets draw: global.css sets each kind\'s colour, the icons and charts paint with it', async () => {
    const [global, icon, charts] = await Promise.all([css('src/styles/global.css'), css('src/components/KindIcon.css'), css('src/styles/charts.css')]);
    for (const kind of KINDS) {
      expect(lightValue(global, `--kind-${kind}`), kind).toBe(OKABE_ITO[KIND_STYLES[kind].colour]);
      expect(icon).toContain(`.kind-icon.kind-${kind} { --kind-color: var(--kind-${kind}); }`);
      expect(charts).toContain(`.fill-kind-${kind} { fill: var(--kind-${kind}); }`);
    }
  });

  test('gives every kind\'s icon its own shape in KindIcon.css, as kindIconClipRules writes it', async () => {
    const icon = await css('src/components/KindIcon.css');
    const rules = kindIconClipRules();
    expect(rules).toHaveLength(KINDS.length);
    for (const [i, kind] of KINDS.entries()) {
      expect(rules[i]).toMatch(new RegExp(`^\\.kind-icon\\.kind-${kind} \\{ --shape: (polygon|circle)\\(`));
      expect(icon).toContain(rules[i]);
    }
    expect(new Set(rules.map((r) => r.slice(r.indexOf('--shape')))).size).toBe(KINDS.length);
  });
});

describe('kindIconClip', () => {
  test('clips a shape to its box grown by half a stroke, in percentages about the centre', () => {
    // A triangle of radius 5 reaches 5.6 units of the 14-unit box: 10% to 90%.
    expect(kindIconClip('M0,-5L5,5L-5,5Z')).toBe('polygon(50% 10%, 90% 90%, 10% 90%)');
  });

  test('follows relative h and v moves, and draws a circle as a circle', () => {
    expect(kindIconClip('M-5,-5h10v10h-10Z')).toBe('polygon(10% 10%, 90% 10%, 90% 90%, 10% 90%)');
    expect(kindIconClip('M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z')).toBe('circle(40%)');
  });
});

describe('shapePath', () => {
  // d3 and Plot name + "cross" and × "times"; the charts draw Plot's symbols by those names.
  const onAxis: [number, number] = [0, -8];
  const onDiagonal: [number, number] = [6, 6];

  test('draws cross as +, its arms along the axes, as d3 and Plot do', () => {
    const cross = corners(shapePath('cross', 10));
    expect(inside(onAxis, cross)).toBe(true);
    expect(inside(onDiagonal, cross)).toBe(false);
  });

  test('draws times as ×, its arms along the diagonals, as d3 and Plot do', () => {
    const times = corners(shapePath('times', 10));
    expect(inside(onDiagonal, times)).toBe(true);
    expect(inside(onAxis, times)).toBe(false);
  });

  test.each(KINDS.map((k) => KIND_STYLES[k].shape))('draws %s as one closed outline within its box', (shape) => {
    const path = shapePath(shape, 5);
    expect(path).toMatch(/^M[^M]*Z$/);
    const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Math.abs(Number(m[0])));
    expect(Math.max(...numbers)).toBeLessThanOrEqual(5 * 1.25 * 2);
  });
});
